#include "metrics/stagekpisloader.h"

#include "metrics/metricsloader.h"
#include "storage/bulkreader.h"
#include "storage/readsnapshot.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace karvan {

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
    BulkReader usage(m_db, QStringLiteral(
        "SELECT u.account_id, u.active_users, u.licensed_users FROM usage u"
        " JOIN (SELECT account_id, MAX(month) AS month FROM usage WHERE month <= ?"
        "  GROUP BY account_id) l ON l.account_id = u.account_id AND l.month = u.month"));
    usage.bindText(0, period.to());
    while (usage.next())
        in.usage.push_back({usage.integer(0), usage.integer(1), usage.integer(2)});

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
