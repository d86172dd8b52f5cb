#include "metrics/stagekpisloader.h"

#include "metrics/metricsloader.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace karvan {

namespace {

// Reads under one snapshot, so that the statements agree when another program writes in
// between. Outside a transaction only; ends without writing anything.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)), m_open(m_db.transaction()) {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

StageKpisLoader::StageKpisLoader(QSqlDatabase db) : m_db(std::move(db)) {}

StageKpisInput StageKpisLoader::loadInput(const MetricsPeriod &period) const
{
    const ReadSnapshot snapshot(m_db);
    const MetricsLoader metrics(m_db);
    StageKpisInput in;
    in.period = period;
    in.revenue = metrics.loadInput(period).accounts;
    in.history = metrics.loadAttributionInput();
    loadActivity(in);
    return in;
}

void StageKpisLoader::loadActivity(StageKpisInput &in) const
{
    const MetricsPeriod &period = in.period;
    // Each account's latest usage month not after B: a seek into the primary key
    // (account_id, month) per account.
    QSqlQuery usage = sql::prepare(m_db, QStringLiteral(
        "SELECT u.account_id, u.active_users, u.licensed_users FROM usage u"
        " JOIN (SELECT account_id, MAX(month) AS month FROM usage WHERE month <= ?"
        "  GROUP BY account_id) l ON l.account_id = u.account_id AND l.month = u.month"));
    usage.addBindValue(period.to());
    sql::exec(usage);
    while (sql::next(usage)) {
        in.usage.push_back({usage.value(0).toLongLong(), usage.value(1).toLongLong(),
                            usage.value(2).toLongLong()});
    }

    QSqlQuery referrals = sql::prepare(m_db, QStringLiteral(
        "SELECT account_id, date FROM interactions"
        " WHERE kind = 'referral' AND date >= ? AND date < ?"));
    referrals.addBindValue(period.firstDay());
    referrals.addBindValue(period.dayAfter());
    sql::exec(referrals);
    while (sql::next(referrals))
        in.referrals.push_back({referrals.value(0).toLongLong(), referrals.value(1).toString()});
}

StageKpis StageKpisLoader::kpis(const MetricsPeriod &period) const
{
    return computeStageKpis(loadInput(period));
}

std::vector<GroupStageKpis> StageKpisLoader::groupedKpis(const MetricsPeriod &period,
                                                         MetricsGrouping grouping) const
{
    return computeGroupedStageKpis(loadInput(period), grouping);
}

} // namespace karvan
