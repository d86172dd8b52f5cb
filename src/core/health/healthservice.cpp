#include "health/healthservice.h"

#include "storage/audit.h"
#include "domain/errors.h"
#include "health/healthloader.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <cmath>

namespace karvan {

namespace {

const QString kOverrideColumns = QStringLiteral(
    "SELECT id, account_id, band, reason, author, created_at, ends_on FROM health_overrides");

HealthOverride overrideFrom(const QSqlQuery &q)
{
    HealthOverride o;
    o.id = q.value(0).toLongLong();
    o.accountId = q.value(1).toLongLong();
    o.band = bandFromKey(q.value(2).toString()).value_or(Band::Red);
    o.reason = q.value(3).toString();
    o.author = q.value(4).toString();
    o.createdAt = q.value(5).toString();
    o.endsOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    return o;
}

QJsonValue rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QJsonValue optionalNumber(std::optional<double> v)
{
    return v ? rounded(*v, 2) : QJsonValue(QJsonValue::Null);
}

QString extIdOf(const QSqlDatabase &db, qint64 accountId)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT ext_id FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    sql::exec(q);
    if (!sql::next(q))
        throw DataError(QCoreApplication::translate("karvan::HealthService", "no account with the internal id %1").arg(accountId));
    return q.value(0).toString();
}

} // namespace

HealthService::HealthService(const QSqlDatabase &db) : m_db(db) {}

const Scorecard &HealthService::scorecard() const
{
    if (!m_scorecard)
        m_scorecard = Scorecard::load(m_db);
    return *m_scorecard;
}

std::vector<AccountHealth> HealthService::evaluateAll(const QDate &asOf) const
{
    return evaluateSome(asOf, std::nullopt);
}

AccountHealth HealthService::evaluate(qint64 accountId, const QDate &asOf) const
{
    std::vector<AccountHealth> one = evaluateSome(asOf, accountId);
    if (one.empty())
        throw DataError(QCoreApplication::translate("karvan::HealthService", "no account with the internal id %1").arg(accountId));
    return one.front();
}

std::optional<qint64> HealthService::accountIdForKey(const QString &extId) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT id FROM accounts WHERE ext_id = ?"));
    q.addBindValue(extId);
    sql::exec(q);
    if (!sql::next(q))
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::vector<AccountHealth> HealthService::evaluateSome(const QDate &asOf,
                                                       std::optional<qint64> only) const
{
    std::vector<AccountHealth> all;
    evaluateEach(asOf, only, [&all](AccountHealth &&h) { all.push_back(std::move(h)); });
    return all;
}

void HealthService::evaluateEach(const QDate &asOf, std::optional<qint64> only,
                                 const std::function<void(AccountHealth &&)> &visit,
                                 std::optional<HealthLoader::IdRange> range) const
{
    // The inputs are a few numbers per account; each account's result (its measures, their
    // texts and lifts) is built, handed on and dropped, so a refresh of a large book never
    // holds every result at once.
    const HealthCalculator calculator(scorecard());
    if (only)
        range.reset();
    const std::vector<HealthInputs> inputs = HealthLoader(m_db).load(asOf, scorecard(), only, range);
    if (inputs.empty())
        return;
    const QHash<qint64, HealthOverride> inForce = overridesInForce(asOf, only);

    // Trend: the latest snapshot of a month before D's month.
    struct Previous
    {
        QString month;
        std::optional<double> score;
    };
    QHash<qint64, Previous> previous;
    QString snapshots = QStringLiteral(
        "SELECT s.account_id, s.month, s.score FROM health_snapshots s"
        " JOIN (SELECT account_id AS aid, MAX(month) AS latest FROM health_snapshots"
        " WHERE month < ? GROUP BY account_id) l ON l.aid = s.account_id AND l.latest = s.month");
    if (only)
        snapshots += QStringLiteral(" WHERE s.account_id = ?");
    else if (range)
        snapshots += QStringLiteral(" WHERE s.account_id BETWEEN ? AND ?");
    QSqlQuery p = sql::prepare(m_db, snapshots);
    p.setForwardOnly(true);
    p.addBindValue(asOf.toString(QStringLiteral("yyyy-MM")));
    if (only) {
        p.addBindValue(*only);
    } else if (range) {
        p.addBindValue(range->first);
        p.addBindValue(range->last);
    }
    sql::exec(p);
    while (sql::next(p)) {
        Previous &prev = previous[p.value(0).toLongLong()];
        prev.month = p.value(1).toString();
        prev.score = p.value(2).isNull() ? std::nullopt : std::optional<double>(p.value(2).toDouble());
    }
    p.finish();

    for (const HealthInputs &in : inputs) {
        AccountHealth h;
        h.accountId = in.accountId;
        h.extId = in.extId;
        h.name = in.name;
        h.computed = calculator.evaluate(in, asOf);
        const auto o = inForce.constFind(h.accountId);
        if (o != inForce.constEnd())
            h.override_ = *o;
        const auto prev = previous.constFind(h.accountId);
        if (prev != previous.constEnd()) {
            h.previousMonth = prev->month;
            if (prev->score) {
                h.previousScore = prev->score;
                h.trend = trendBetween(h.computed.score, h.previousScore);
            }
        }
        visit(std::move(h));
    }
}

QHash<qint64, HealthOverride> HealthService::overridesInForce(const QDate &asOf,
                                                              std::optional<qint64> only) const
{
    // Ordered so that the latest created one (then the highest id) comes last and wins.
    QSqlQuery q = sql::prepare(m_db, kOverrideColumns + QStringLiteral(" WHERE ends_on >= ?")
                                         + (only ? QStringLiteral(" AND account_id = ?") : QString())
                                         + QStringLiteral(" ORDER BY created_at, id"));
    q.setForwardOnly(true);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (only)
        q.addBindValue(*only);
    sql::exec(q);
    QHash<qint64, HealthOverride> inForce;
    while (sql::next(q)) {
        HealthOverride o = overrideFrom(q);
        inForce.insert(o.accountId, std::move(o));
    }
    return inForce;
}

std::optional<HealthOverride> HealthService::activeOverride(qint64 accountId, const QDate &asOf) const
{
    const QHash<qint64, HealthOverride> inForce = overridesInForce(asOf, accountId);
    if (inForce.isEmpty())
        return std::nullopt;
    return inForce.constBegin().value();
}

std::vector<HealthOverride> HealthService::overrides(qint64 accountId) const
{
    QSqlQuery q = sql::prepare(m_db, kOverrideColumns + QStringLiteral(
        " WHERE account_id = ? ORDER BY created_at DESC, id DESC"));
    q.addBindValue(accountId);
    sql::exec(q);
    std::vector<HealthOverride> all;
    while (sql::next(q))
        all.push_back(overrideFrom(q));
    return all;
}

qint64 HealthService::addOverride(qint64 accountId, Band band, const QString &reason,
                                  const QString &author, const QDate &endsOn)
{
    QStringList problems;
    if (band == Band::Insufficient)
        problems << QStringLiteral("an override sets the band to red, yellow or green");
    if (reason.trimmed().isEmpty())
        problems << QStringLiteral("an override needs a reason");
    if (author.trimmed().isEmpty())
        problems << QStringLiteral("an override needs an author");
    if (!endsOn.isValid())
        problems << QStringLiteral("an override needs a valid end date");
    if (!problems.isEmpty())
        throw DataError(problems);
    const QString extId = extIdOf(m_db, accountId);

    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO health_overrides (account_id, band, reason, author, created_at, ends_on)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(accountId);
    q.addBindValue(bandKey(band));
    q.addBindValue(reason.trimmed());
    q.addBindValue(author.trimmed());
    q.addBindValue(audit::nowUtc());
    q.addBindValue(endsOn.toString(Qt::ISODate));
    const qint64 id = sql::insertReturningId(q);
    audit::record(m_db, author.trimmed(), QStringLiteral("health_override"), extId,
                  QStringLiteral("band"), QVariant(),
                  QStringLiteral("%1 until %2: %3")
                      .arg(bandKey(band), endsOn.toString(Qt::ISODate), reason.trimmed()));
    refreshCurrentInTransaction(QDate::currentDate(), accountId);
    tx.commit();
    return id;
}

int HealthService::clearOverrides(qint64 accountId, const QString &actor)
{
    const QString extId = extIdOf(m_db, accountId);
    const std::vector<HealthOverride> existing = overrides(accountId);
    if (existing.empty())
        return 0;
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM health_overrides WHERE account_id = ?"));
    q.addBindValue(accountId);
    sql::exec(q);
    for (const HealthOverride &o : existing) {
        audit::record(m_db, actor, QStringLiteral("health_override"), extId, QStringLiteral("band"),
                      QStringLiteral("%1 until %2: %3")
                          .arg(bandKey(o.band), o.endsOn.toString(Qt::ISODate), o.reason),
                      QVariant());
    }
    refreshCurrentInTransaction(QDate::currentDate(), accountId);
    tx.commit();
    return int(existing.size());
}

void HealthService::removeOverride(qint64 overrideId, const QString &actor)
{
    QSqlQuery find = sql::prepare(m_db, QStringLiteral(
        "SELECT account_id, band, reason, ends_on FROM health_overrides WHERE id = ?"));
    find.addBindValue(overrideId);
    sql::exec(find);
    if (!sql::next(find))
        throw DataError(QCoreApplication::translate("karvan::HealthService", "no such health override (%1)").arg(overrideId));
    const qint64 accountId = find.value(0).toLongLong();
    const QString extId = extIdOf(m_db, accountId);
    const QString was = QStringLiteral("%1 until %2: %3")
                            .arg(find.value(1).toString(), find.value(3).toString(), find.value(2).toString());
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM health_overrides WHERE id = ?"));
    q.addBindValue(overrideId);
    sql::exec(q);
    audit::record(m_db, actor, QStringLiteral("health_override"), extId, QStringLiteral("band"), was,
                  QVariant());
    refreshCurrentInTransaction(QDate::currentDate(), accountId);
    tx.commit();
}

int HealthService::recordSnapshot(const QDate &asOf)
{
    return recordSnapshot(asOf, evaluateAll(asOf));
}

int HealthService::recordSnapshot(const QDate &asOf, const std::vector<AccountHealth> &all)
{
    // A snapshot records what was; a date still to come (health --as-of 9999-12-31) is a
    // forecast from today's data, never stored as that month's history.
    if (asOf > QDate::currentDate())
        return 0;
    const QString month = asOf.toString(QStringLiteral("yyyy-MM"));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO health_snapshots (account_id, month, score, band) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (account_id, month) DO UPDATE SET score = excluded.score,"
        " band = excluded.band"));
    for (const AccountHealth &h : all) {
        q.addBindValue(h.accountId);
        q.addBindValue(month);
        q.addBindValue(h.computed.score ? QVariant(*h.computed.score)
                                        : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(bandKey(h.band()));
        sql::exec(q);
    }
    // A snapshot of an earlier month changes today's trend.
    if (month < QDate::currentDate().toString(QStringLiteral("yyyy-MM")))
        invalidateCurrent(m_db);
    tx.commit();
    spdlog::info("health: recorded the {} snapshot of {} accounts", month.toStdString(), all.size());
    return int(all.size());
}

bool HealthService::hasSnapshot(const QString &month) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT 1 FROM health_snapshots WHERE month = ? LIMIT 1"));
    q.addBindValue(month);
    sql::exec(q);
    return sql::next(q);
}

std::map<QString, std::map<Band, int>> HealthService::bandsByMonth(const QString &fromMonth,
                                                                   const QString &toMonth) const
{
    std::map<QString, std::map<Band, int>> out;
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT month, band, count(*) FROM health_snapshots WHERE month >= ? AND month <= ?"
        " GROUP BY month, band"));
    q.addBindValue(fromMonth);
    q.addBindValue(toMonth);
    sql::exec(q);
    while (sql::next(q)) {
        if (const std::optional<Band> band = bandFromKey(q.value(1).toString()))
            out[q.value(0).toString()][*band] += q.value(2).toInt();
    }
    return out;
}

QJsonObject HealthService::toJson(const AccountHealth &health)
{
    QJsonObject measures;
    for (const MeasureResult &m : health.computed.measures) {
        QJsonValue value = m.value;
        if (value.isDouble())
            value = rounded(value.toDouble(), 4);
        QJsonValue lift = QJsonValue::Null;
        if (m.lift) {
            QJsonValue needed = m.lift->value;
            if (needed.isDouble())
                needed = rounded(needed.toDouble(), 4);
            lift = QJsonObject{{"band", bandKey(m.lift->targetBand)}, {"score", m.lift->score},
                               {"value", needed}, {"text", m.lift->text}};
        }
        measures.insert(m.key, QJsonObject{
            {"score", m.hasData ? rounded(m.score, 2) : QJsonValue(QJsonValue::Null)},
            {"weight", m.weight},
            {"value", value},
            {"contribution", m.hasData && health.computed.score ? rounded(m.contribution, 2)
                                                                : QJsonValue(QJsonValue::Null)},
            {"detail", m.detail},
            {"lift", lift},
        });
    }
    QJsonValue override_ = QJsonValue::Null;
    if (health.override_) {
        override_ = QJsonObject{{"band", bandKey(health.override_->band)},
                                {"reason", health.override_->reason},
                                {"author", health.override_->author},
                                {"ends_on", health.override_->endsOn.toString(Qt::ISODate)},
                                {"created_at", health.override_->createdAt}};
    }
    return QJsonObject{
        {"id", health.extId},
        {"name", health.name},
        {"score", optionalNumber(health.computed.score)},
        {"band", bandKey(health.band())},
        {"computed_band", bandKey(health.computed.band)},
        {"override", override_},
        {"weight_with_data", health.computed.weightWithData},
        {"trend", trendKey(health.trend)},
        {"previous_score", optionalNumber(health.previousScore)},
        {"previous_month", health.previousMonth.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(health.previousMonth)},
        {"measures", measures},
    };
}

} // namespace karvan
