// HealthService: the health now, stored in `health_current` (docs/health.md, "The health
// now"). Every reader of an account's current band (book, workspace header, band filters)
// reads these rows; they are written only here, from HealthService::evaluateAll/evaluate.

#include "health/healthservice.h"

#include "storage/bulkinserter.h"
#include "storage/bulkreader.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

std::optional<double> scoreFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Trend trendFromKey(const QString &key)
{
    for (Trend t : {Trend::Up, Trend::Down, Trend::Same}) {
        if (key == trendKey(t))
            return t;
    }
    return Trend::None;
}

// 'YYYY-MM-DD' without the general ISO parser (the book reads 100,000 rows).
QDate dayFrom(const QString &s)
{
    if (s.size() != 10)
        return QDate();
    const QStringView v(s);
    return QDate(v.left(4).toInt(), v.mid(5, 2).toInt(), v.mid(8, 2).toInt());
}

// The stored band keys (an unknown key reads as insufficient data); the keys repeat, so each
// distinct text is compared once.
QHash<QString, Band> storedBands()
{
    QHash<QString, Band> bands;
    for (Band b : allBands())
        bands.insert(bandKey(b), b);
    return bands;
}

} // namespace

CurrentHealth AccountHealth::current(const QDate &asOf) const
{
    CurrentHealth c;
    c.asOf = asOf;
    c.score = computed.score;
    c.computedBand = computed.band;
    c.band = band();
    c.overridden = override_.has_value() && computed.band != Band::Churned;
    if (c.overridden)
        c.overrideReason = override_->reason;
    c.trend = trend;
    c.previousScore = previousScore;
    c.previousMonth = previousMonth;
    return c;
}

namespace {

QString currentUpsert(bool onlyStale)
{
    // onlyStale: results evaluated before the write lock was taken must not overwrite a row an
    // edit refreshed meanwhile (its as_of is already today).
    return QStringLiteral(
        "INSERT INTO health_current (account_id, as_of, score, computed_band, band, override_id,"
        " trend, previous_score, previous_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (account_id) DO UPDATE SET as_of = excluded.as_of, score = excluded.score,"
        " computed_band = excluded.computed_band, band = excluded.band,"
        " override_id = excluded.override_id, trend = excluded.trend,"
        " previous_score = excluded.previous_score, previous_month = excluded.previous_month%1")
        .arg(onlyStale ? QStringLiteral(" WHERE health_current.as_of <> excluded.as_of") : QString());
}

void writeCurrentRow(BulkInserter &q, const QString &day, const AccountHealth &h)
{
    const bool overridden = h.override_ && h.computed.band != Band::Churned;
    q.bindInt(0, h.accountId);
    q.bindText(1, day);
    if (h.computed.score)
        q.bind(2, QVariant(*h.computed.score));
    else
        q.bindNull(2);
    q.bindText(3, bandKey(h.computed.band));
    q.bindText(4, bandKey(h.band()));
    if (overridden)
        q.bindInt(5, h.override_->id);
    else
        q.bindNull(5);
    q.bindText(6, trendKey(h.trend));
    if (h.previousScore)
        q.bind(7, QVariant(*h.previousScore));
    else
        q.bindNull(7);
    if (h.previousMonth.isEmpty())
        q.bindNull(8);
    else
        q.bindText(8, h.previousMonth);
    q.step();
}

} // namespace

void HealthService::writeCurrent(const QDate &today, const std::vector<AccountHealth> &evaluated,
                                 bool onlyStale)
{
    BulkInserter q(m_db, currentUpsert(onlyStale));
    const QString day = today.toString(Qt::ISODate);
    for (const AccountHealth &h : evaluated)
        writeCurrentRow(q, day, h);
}

int HealthService::evaluateAndWriteCurrent(const QDate &today, std::optional<qint64> only)
{
    BulkInserter q(m_db, currentUpsert(false));
    const QString day = today.toString(Qt::ISODate);
    int count = 0;
    const auto write = [&](AccountHealth &&h) {
        writeCurrentRow(q, day, h);
        ++count;
    };
    // A large book is read in parts of consecutive row ids, so that the inputs of at most
    // accountsPerPart() accounts are held at once (a book of 2,000,000 accounts would hold
    // about 600 MB of inputs); a smaller one in one part, as before.
    const qint64 kAccountsPerPart = m_accountsPerPart;
    if (only) { // one account: one seek per input (the book's extent would scan every account)
        evaluateEach(today, only, write);
        return count;
    }
    QSqlQuery extent = sql::run(m_db, QStringLiteral("SELECT min(id), max(id), count(*) FROM accounts"));
    const bool large = sql::next(extent) && extent.value(2).toLongLong() > kAccountsPerPart;
    if (!large) {
        evaluateEach(today, only, write);
        return count;
    }
    const qint64 first = extent.value(0).toLongLong();
    const qint64 last = extent.value(1).toLongLong();
    extent.finish();
    for (qint64 from = first; from <= last; from += kAccountsPerPart)
        evaluateEach(today, std::nullopt, write, HealthLoader::IdRange{from, from + kAccountsPerPart - 1});
    return count;
}

int HealthService::refreshCurrentInTransaction(const QDate &today, std::optional<qint64> only)
{
    return evaluateAndWriteCurrent(today, only);
}

int HealthService::refreshCurrent(const QDate &today, std::optional<qint64> only)
{
    Transaction tx(m_db);  // evaluated under the write lock: no edit can slip in between
    const int count = evaluateAndWriteCurrent(today, only);
    tx.commit();
    if (!only)
        spdlog::info("health: stored the health of {} accounts as of {}", count,
                     today.toString(Qt::ISODate).toStdString());
    return count;
}

int HealthService::refreshAccounts(const QDate &today, const std::vector<qint64> &accounts)
{
    QSqlQuery book = sql::run(m_db, QStringLiteral("SELECT count(*) FROM accounts"));
    const qint64 bookSize = sql::next(book) ? book.value(0).toLongLong() : 0;
    book.finish();
    if (qint64(accounts.size()) * kOneByOneCost > bookSize)
        return refreshCurrent(today);
    Transaction tx(m_db);
    int count = 0;
    for (const qint64 id : accounts)
        count += evaluateAndWriteCurrent(today, id);
    tx.commit();
    spdlog::debug("health: stored the health of {} changed accounts as of {}", count,
                  today.toString(Qt::ISODate).toStdString());
    return count;
}

void HealthService::storeCurrent(const QDate &today, const std::vector<AccountHealth> &evaluated)
{
    Transaction tx(m_db);
    writeCurrent(today, evaluated, true);
    tx.commit();
}

bool HealthService::currentIsStale(const QDate &today, std::optional<qint64> only) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT 1 FROM accounts a LEFT JOIN health_current h ON h.account_id = a.id"
        " WHERE (h.account_id IS NULL OR h.as_of <> ?)%1 LIMIT 1")
        .arg(only ? QStringLiteral(" AND a.id = ?") : QString()));
    q.addBindValue(today.toString(Qt::ISODate));
    if (only)
        q.addBindValue(*only);
    sql::exec(q);
    return sql::next(q);
}

bool HealthService::ensureCurrent(const QDate &today, std::optional<qint64> only)
{
    if (!currentIsStale(today, only))
        return false;
    refreshCurrent(today, only);
    return true;
}

void HealthService::invalidateCurrent(QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("UPDATE health_current SET as_of = ''"));
}

void HealthService::readCurrent(const std::function<void(qint64, CurrentHealth &&)> &visit,
                                std::optional<qint64> only) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT h.account_id, h.as_of, h.score, h.computed_band, h.band, o.reason, h.trend,"
        " h.previous_score, h.previous_month FROM health_current h"
        " LEFT JOIN health_overrides o ON o.id = h.override_id%1")
        .arg(only ? QStringLiteral(" WHERE h.account_id = ?") : QString()));
    q.setForwardOnly(true);
    if (only)
        q.addBindValue(*only);
    sql::exec(q);
    const QHash<QString, Band> bands = storedBands();
    while (sql::next(q)) {
        CurrentHealth c;
        c.asOf = dayFrom(q.value(1).toString());
        c.score = scoreFrom(q.value(2));
        c.computedBand = bands.value(q.value(3).toString(), Band::Insufficient);
        c.band = bands.value(q.value(4).toString(), Band::Insufficient);
        c.overridden = !q.value(5).isNull();
        c.overrideReason = q.value(5).toString();
        c.trend = trendFromKey(q.value(6).toString());
        c.previousScore = scoreFrom(q.value(7));
        c.previousMonth = q.value(8).toString();
        visit(q.value(0).toLongLong(), std::move(c));
    }
}

CurrentHealth HealthService::readCurrent(qint64 accountId) const
{
    CurrentHealth found;
    readCurrent([&](qint64, CurrentHealth &&c) { found = std::move(c); }, accountId);
    return found;
}

void HealthService::readBands(const std::function<void(qint64, Band)> &visit) const
{
    const QHash<QString, Band> bands = storedBands();
    BulkReader q(m_db, QStringLiteral("SELECT account_id, band FROM health_current"));
    while (q.next())
        visit(q.integer(0), bands.value(q.sharedText(1), Band::Insufficient));
}

std::map<Band, int> HealthService::bandCounts() const
{
    const QHash<QString, Band> bands = storedBands();
    std::map<Band, int> counts;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT band, COUNT(*) FROM health_current GROUP BY band"));
    while (sql::next(q))
        counts[bands.value(q.value(0).toString(), Band::Insufficient)] += q.value(1).toInt();
    return counts;
}

} // namespace karvan
