// AccountBook: the book of accounts, in a handful of set-based queries.
#include "accounts/accountbook.h"

#include "domain/persiantext.h"

#include "domain/journey.h"

#include "domain/errors.h"
#include "domain/dates.h"
#include "health/healthservice.h"
#include "ownership/ownershipresolver.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <vector>

namespace karvan {

namespace {

// Maps account ids to row positions: a flat vector when the ids are dense enough, else a hash.
class RowIndex
{
public:
    explicit RowIndex(const std::vector<AccountRow> &rows)
    {
        qint64 maxId = 0;
        for (const AccountRow &row : rows)
            maxId = std::max(maxId, row.id);
        m_dense = maxId <= qint64(rows.size()) * 4 + 1024;
        if (m_dense) {
            m_slots.assign(size_t(maxId) + 1, -1);
            for (size_t i = 0; i < rows.size(); ++i)
                if (rows[i].id >= 0)
                    m_slots[size_t(rows[i].id)] = int(i);
        } else {
            m_hash.reserve(int(rows.size()));
            for (size_t i = 0; i < rows.size(); ++i)
                m_hash.insert(rows[i].id, int(i));
        }
    }
    int find(qint64 id) const
    {
        if (m_dense)
            return id >= 0 && id < qint64(m_slots.size()) ? m_slots[size_t(id)] : -1;
        return m_hash.value(id, -1);
    }

private:
    bool m_dense = false;
    std::vector<int> m_slots;
    QHash<qint64, int> m_hash;
};

// The list query: the accounts. The owner of the current stage comes from the resolver
// (addOwners); MRR and the latest interaction from separate index-only queries
// (addMrrAndContact).
QString bookStatement(bool oneAccount)
{
    QString s = QStringLiteral(
        "SELECT a.id, a.ext_id, a.name, a.industry, a.segment, a.stage, a.status,"
        " a.renewal_date, (SELECT max(h.started_at) FROM stage_history h"
        " WHERE h.account_id = a.id) FROM accounts a");
    if (oneAccount)
        return s + QStringLiteral(" WHERE a.id = ?");
    return s + QStringLiteral(" ORDER BY a.name, a.id");
}

// Shares equal strings (stage keys, industries, owners, ...) so the rows hold one copy each.
class StringPool
{
public:
    QString get(const QVariant &v)
    {
        if (v.isNull())
            return QString();
        QString s = v.toString();
        const auto it = m_pool.constFind(s);
        if (it != m_pool.constEnd())
            return *it;
        m_pool.insert(s, s);
        return s;
    }

private:
    QHash<QString, QString> m_pool;
};

AccountRow rowFrom(const QSqlQuery &q, StringPool &pool)
{
    AccountRow row;
    row.id = q.value(0).toLongLong();
    row.extId = q.value(1).toString();
    row.name = q.value(2).toString();
    row.industry = pool.get(q.value(3));
    row.segment = pool.get(q.value(4));
    row.stage = stageFromKey(q.value(5).toString()).value_or(Stage::Acquisition);
    row.status = pool.get(q.value(6));
    row.renewalDate = dates::fromStored(q.value(7).toString());
    row.stageEntered = journey::enteredDay(q.value(8).toString());
    return row;
}

// The owner of each row's current stage, as the one resolver sees it (all rows, or one).
void addOwners(const QSqlDatabase &db, std::vector<AccountRow> &rows, qint64 onlyId)
{
    const CurrentOwners owners = OwnershipResolver(db).currentOwners(
        onlyId ? std::optional<qint64>(onlyId) : std::nullopt);
    for (AccountRow &row : rows) {
        const ResolvedOwner &owner = owners.of(row.id, row.stage);
        row.ownerEmail = owner.personEmail;
        row.ownerName = owner.label();
    }
}

// MRR in `month` (through the revenue_month index) and the latest interaction (through
// interactions(account_id, date)), for all rows or one.
void addMrrAndContact(const QSqlDatabase &db, std::vector<AccountRow> &rows,
                      const RowIndex &index, qint64 onlyId, const QString &month)
{
    const QString and_ = onlyId ? QStringLiteral(" AND account_id = ?") : QString();
    QSqlQuery r = sql::prepare(db, QStringLiteral(
        "SELECT account_id, mrr FROM revenue WHERE month = ?%1").arg(and_));
    r.addBindValue(month);
    if (onlyId)
        r.addBindValue(onlyId);
    r.setForwardOnly(true);
    sql::exec(r);
    while (sql::next(r)) {
        const int at = index.find(r.value(0).toLongLong());
        if (at >= 0)
            rows[size_t(at)].mrr = r.value(1).toLongLong();
    }
    QSqlQuery i = sql::prepare(db, QStringLiteral(
        "SELECT account_id, MAX(date) FROM interactions%1 GROUP BY account_id")
        .arg(onlyId ? QStringLiteral(" WHERE account_id = ?") : QString()));
    if (onlyId)
        i.addBindValue(onlyId);
    i.setForwardOnly(true);
    sql::exec(i);
    while (sql::next(i)) {
        const int at = index.find(i.value(0).toLongLong());
        if (at >= 0)
            rows[size_t(at)].lastContact = dates::fromStored(i.value(1).toString());
    }
}

// The health now (health_current, kept up to date by HealthService) and custom values, for
// all rows or one.
void addHealthAndFields(const QSqlDatabase &db, std::vector<AccountRow> &rows,
                        const RowIndex &index, qint64 onlyId)
{
    const QString where = onlyId ? QStringLiteral(" WHERE account_id = ?") : QString();
    HealthService(db).readCurrent(
        [&](qint64 accountId, CurrentHealth &&h) {
            const int at = index.find(accountId);
            if (at < 0)
                return;
            AccountRow &row = rows[size_t(at)];
            row.band = h.band;
            row.bandOverridden = h.overridden;
            row.score = h.score;
            row.previousScore = h.previousScore;
            row.trend = h.trend;
        },
        onlyId ? std::optional<qint64>(onlyId) : std::nullopt);

    // Custom values repeat a lot: lower-case each distinct value once.
    QHash<QString, QString> lowered;
    QSqlQuery f = sql::prepare(db, QStringLiteral(
        "SELECT account_id, value FROM account_fields%1").arg(where));
    if (onlyId)
        f.addBindValue(onlyId);
    f.setForwardOnly(true);
    sql::exec(f);
    while (sql::next(f)) {
        const int at = index.find(f.value(0).toLongLong());
        if (at < 0)
            continue;
        const QString value = f.value(1).toString();
        auto it = lowered.constFind(value);
        if (it == lowered.constEnd())
            it = lowered.insert(value, text::searchKey(value));
        QString &text = rows[size_t(at)].searchText;
        text += QLatin1Char('\n');
        text += *it;
    }
}

void fillSearchText(AccountRow &row)
{
    const QString custom = row.searchText;
    QString text;
    text.reserve(row.name.size() + row.industry.size() + row.ownerName.size()
                 + row.ownerEmail.size() + row.extId.size() + 4 + custom.size());
    text += row.name;
    text += QLatin1Char('\n');
    text += row.industry;
    text += QLatin1Char('\n');
    text += row.ownerName;
    text += QLatin1Char('\n');
    text += row.ownerEmail;
    text += QLatin1Char('\n');
    text += row.extId;
    row.searchText = text::searchKey(text);
    row.searchText += custom;
}

} // namespace

AccountBook::AccountBook(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AccountBook::latestRevenueMonth() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT MAX(month) FROM revenue"));
    return sql::next(q) ? q.value(0).toString() : QString();
}

bool AccountBook::hasSnapshotsFor(const QString &month) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT COUNT(*) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM health_snapshots h"
        " WHERE h.account_id = a.id AND h.month = ?)"));
    q.addBindValue(month);
    sql::exec(q);
    return sql::next(q) && q.value(0).toLongLong() == 0;
}

AccountBook::Counts AccountBook::counts() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT count(*), sum(CASE WHEN status = 'active' THEN 1 ELSE 0 END) FROM accounts"));
    return sql::next(q) ? Counts{q.value(0).toInt(), q.value(1).toInt()} : Counts{};
}

qint64 AccountBook::busiestAccount() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT account_id FROM interactions GROUP BY account_id"
        " ORDER BY count(*) DESC, account_id LIMIT 1"));
    return sql::next(q) ? q.value(0).toLongLong() : 0;
}

std::vector<AccountRow> AccountBook::loadBook() const
{
    QElapsedTimer timer;
    timer.start();
    std::vector<AccountRow> rows;
    {
        QSqlQuery count = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM accounts"));
        if (sql::next(count))
            rows.reserve(size_t(count.value(0).toLongLong()));
    }
    StringPool pool;
    QSqlQuery q = sql::prepare(m_db, bookStatement(false));
    q.setForwardOnly(true);
    sql::exec(q);
    while (sql::next(q))
        rows.push_back(rowFrom(q, pool));
    const RowIndex index(rows);
    spdlog::debug("book query: {} accounts in {} ms", rows.size(), timer.elapsed());
    addOwners(m_db, rows, 0);
    spdlog::debug("book owners: {} ms", timer.elapsed());
    addMrrAndContact(m_db, rows, index, 0, latestRevenueMonth());
    spdlog::debug("book revenue and contacts: {} ms", timer.elapsed());
    addHealthAndFields(m_db, rows, index, 0);
    spdlog::debug("book health and fields: {} ms", timer.elapsed());
    for (AccountRow &row : rows)
        fillSearchText(row);
    spdlog::debug("loaded {} accounts in {} ms", rows.size(), timer.elapsed());
    return rows;
}

std::optional<AccountRow> AccountBook::loadRow(qint64 accountId) const
{
    QSqlQuery q = sql::prepare(m_db, bookStatement(true));
    q.addBindValue(accountId);
    sql::exec(q);
    if (!sql::next(q))
        return std::nullopt;
    StringPool pool;
    std::vector<AccountRow> rows{rowFrom(q, pool)};
    const RowIndex index(rows);
    addOwners(m_db, rows, accountId);
    addMrrAndContact(m_db, rows, index, accountId, latestRevenueMonth());
    addHealthAndFields(m_db, rows, index, accountId);
    fillSearchText(rows.front());
    return rows.front();
}

} // namespace karvan
