#include "accountstore.h"

#include "errors.h"
#include "sql.h"

#include <QHash>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <QElapsedTimer>

namespace karvan {

Band parseBand(const QString &key)
{
    if (key == QLatin1String("red"))
        return Band::Red;
    if (key == QLatin1String("yellow"))
        return Band::Yellow;
    if (key == QLatin1String("green"))
        return Band::Green;
    return Band::NoData;
}

QString bandName(Band band)
{
    switch (band) {
    case Band::Red: return QStringLiteral("red");
    case Band::Yellow: return QStringLiteral("yellow");
    case Band::Green: return QStringLiteral("green");
    case Band::NoData: break;
    }
    return QString();
}

Band AccountDetail::band() const
{
    if (overrideBand)
        return *overrideBand;
    return health.empty() ? Band::NoData : health.back().band;
}

std::optional<double> AccountDetail::score() const
{
    return health.empty() ? std::nullopt : health.back().score;
}

namespace {

// 'YYYY-MM-DD' without the general ISO parser (the list parses 200,000 dates).
QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return QDate();
    const QString s = v.toString();
    const QStringView view(s);
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-'))
        return QDate(view.left(4).toInt(), view.mid(5, 2).toInt(), view.mid(8, 2).toInt());
    return QDate::fromString(s, Qt::ISODate);
}

std::optional<double> toScore(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// The list query: accounts with the owner of their current stage (the account's own row,
// else the template's team), MRR in `month`, and the latest interaction.
QString bookStatement(bool oneAccount)
{
    QString s = QStringLiteral(
        "SELECT a.id, a.ext_id, a.name, a.industry, a.segment, a.stage, a.status,"
        " a.renewal_date, p.email, p.name, ot.name, tt.name, tc.name, r.mrr, li.last_date"
        " FROM accounts a"
        " LEFT JOIN ownership o ON o.account_id = a.id AND o.stage = a.stage"
        " LEFT JOIN people p ON p.id = o.person_id"
        " LEFT JOIN teams ot ON ot.id = o.team_id"
        " LEFT JOIN template_stages ts ON ts.stage = a.stage"
        " LEFT JOIN teams tt ON tt.id = ts.owner_team_id"
        " LEFT JOIN teams tc ON tc.id = ts.co_owner_team_id"
        " LEFT JOIN revenue r ON r.account_id = a.id AND r.month = ?"
        " LEFT JOIN (SELECT account_id, MAX(date) AS last_date FROM interactions"
        "%1 GROUP BY account_id) li ON li.account_id = a.id");
    if (oneAccount)
        return s.arg(QStringLiteral(" WHERE account_id = ?")) + QStringLiteral(" WHERE a.id = ?");
    return s.arg(QString()) + QStringLiteral(" ORDER BY a.name, a.id");
}

AccountRow rowFrom(const QSqlQuery &q)
{
    AccountRow row;
    row.id = q.value(0).toLongLong();
    row.extId = q.value(1).toString();
    row.name = q.value(2).toString();
    row.industry = q.value(3).toString();
    row.segment = q.value(4).toString();
    row.stage = stageFromKey(q.value(5).toString()).value_or(Stage::Acquisition);
    row.status = q.value(6).toString();
    row.renewalDate = toDate(q.value(7));
    row.ownerEmail = q.value(8).toString();
    if (!q.value(9).isNull())
        row.ownerName = q.value(9).toString();
    else if (!q.value(10).isNull())
        row.ownerName = q.value(10).toString();
    else if (!q.value(12).isNull())
        row.ownerName = q.value(11).toString() + QStringLiteral(" / ") + q.value(12).toString();
    else
        row.ownerName = q.value(11).toString();
    row.mrr = q.value(13).toLongLong();
    row.lastContact = toDate(q.value(14));
    return row;
}

// Health (latest two snapshots), band overrides and custom values, for all rows or one.
void addHealthAndFields(const QSqlDatabase &db, std::vector<AccountRow> &rows,
                        const QHash<qint64, int> &index, qint64 onlyId, const QDate &today)
{
    const QString where = onlyId ? QStringLiteral(" WHERE account_id = ?") : QString();
    QSqlQuery h = sql::prepare(db, QStringLiteral(
        "SELECT account_id, score, band, rn FROM (SELECT account_id, score, band,"
        " ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY month DESC) AS rn"
        " FROM health_snapshots%1) h WHERE rn <= 2").arg(where));
    if (onlyId)
        h.addBindValue(onlyId);
    h.setForwardOnly(true);
    sql::exec(h);
    while (h.next()) {
        const auto it = index.constFind(h.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        AccountRow &row = rows[*it];
        if (h.value(3).toInt() == 1) {
            row.score = toScore(h.value(1));
            row.band = parseBand(h.value(2).toString());
        } else {
            row.previousScore = toScore(h.value(1));
        }
    }
    for (AccountRow &row : rows) {
        if (!row.score || !row.previousScore)
            row.trend = AccountRow::Trend::None;
        else if (*row.score > *row.previousScore + 0.05)
            row.trend = AccountRow::Trend::Up;
        else if (*row.score < *row.previousScore - 0.05)
            row.trend = AccountRow::Trend::Down;
        else
            row.trend = AccountRow::Trend::Same;
    }

    QSqlQuery o = sql::prepare(db, QStringLiteral(
        "SELECT account_id, band FROM health_overrides WHERE ends_on >= ?%1"
        " ORDER BY account_id, created_at").arg(onlyId ? QStringLiteral(" AND account_id = ?")
                                                        : QString()));
    o.addBindValue(today.toString(Qt::ISODate));
    if (onlyId)
        o.addBindValue(onlyId);
    o.setForwardOnly(true);
    sql::exec(o);
    while (o.next()) {
        const auto it = index.constFind(o.value(0).toLongLong());
        if (it != index.constEnd()) {
            rows[*it].band = parseBand(o.value(1).toString());
            rows[*it].bandOverridden = true;
        }
    }

    QSqlQuery f = sql::prepare(db, QStringLiteral(
        "SELECT account_id, value FROM account_fields%1").arg(where));
    if (onlyId)
        f.addBindValue(onlyId);
    f.setForwardOnly(true);
    sql::exec(f);
    while (f.next()) {
        const auto it = index.constFind(f.value(0).toLongLong());
        if (it != index.constEnd()) {
            QString &text = rows[*it].searchText;
            text += QLatin1Char('\n');
            text += f.value(1).toString().toLower();
        }
    }
}

void fillSearchText(AccountRow &row)
{
    QString text = row.name;
    text += QLatin1Char('\n') + row.industry + QLatin1Char('\n') + row.ownerName
        + QLatin1Char('\n') + row.ownerEmail + QLatin1Char('\n') + row.extId;
    row.searchText = text.toLower() + row.searchText;
}

} // namespace

AccountStore::AccountStore(QSqlDatabase db, QString actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

QString AccountStore::latestRevenueMonth() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT MAX(month) FROM revenue"));
    return q.next() ? q.value(0).toString() : QString();
}

bool AccountStore::hasSnapshotsFor(const QString &month) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT COUNT(*) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM health_snapshots h"
        " WHERE h.account_id = a.id AND h.month = ?)"));
    q.addBindValue(month);
    sql::exec(q);
    return q.next() && q.value(0).toLongLong() == 0;
}

std::vector<AccountRow> AccountStore::loadBook(const QDate &today) const
{
    QElapsedTimer timer;
    timer.start();
    std::vector<AccountRow> rows;
    QHash<qint64, int> index;
    QSqlQuery q = sql::prepare(m_db, bookStatement(false));
    q.addBindValue(latestRevenueMonth());
    q.setForwardOnly(true);
    sql::exec(q);
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(rows.size()));
        rows.push_back(rowFrom(q));
    }
    spdlog::debug("book query: {} accounts in {} ms", rows.size(), timer.elapsed());
    addHealthAndFields(m_db, rows, index, 0, today);
    spdlog::debug("book health and fields: {} ms", timer.elapsed());
    for (AccountRow &row : rows)
        fillSearchText(row);
    spdlog::debug("loaded {} accounts in {} ms", rows.size(), timer.elapsed());
    return rows;
}

std::optional<AccountRow> AccountStore::loadRow(qint64 accountId, const QDate &today) const
{
    QSqlQuery q = sql::prepare(m_db, bookStatement(true));
    q.addBindValue(latestRevenueMonth());
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    sql::exec(q);
    if (!q.next())
        return std::nullopt;
    std::vector<AccountRow> rows{rowFrom(q)};
    addHealthAndFields(m_db, rows, QHash<qint64, int>{{accountId, 0}}, accountId, today);
    fillSearchText(rows.front());
    return rows.front();
}

QString AccountStore::extIdOf(qint64 accountId) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT ext_id FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    sql::exec(q);
    if (!q.next())
        throw DataError(QObject::tr("The account no longer exists."));
    return q.value(0).toString();
}

std::vector<AccountStore::Choice> AccountStore::people() const
{
    std::vector<Choice> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT id, email, name, active FROM people ORDER BY name, email"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toBool()});
    return out;
}

std::vector<AccountStore::Choice> AccountStore::teams() const
{
    std::vector<Choice> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT id, team_key, name FROM teams ORDER BY name"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), true});
    return out;
}

} // namespace karvan
