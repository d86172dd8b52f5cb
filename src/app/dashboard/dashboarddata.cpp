#include "dashboard/dashboarddata.h"

#include "domain/errors.h"
#include "handoffs/handoffservice.h"
#include "health/healthservice.h"
#include "metrics/metricsloader.h"
#include "metrics/stagekpisloader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace karvan {

MetricsPeriod previousPeriod(const MetricsPeriod &period)
{
    const int months = period.monthCount();
    return MetricsPeriod(period.fromMonth().addMonths(-months), period.fromMonth().addMonths(-1));
}

DashboardData loadDashboardData(const QString &dbPath, const MetricsPeriod &period)
{
    QElapsedTimer timer;
    timer.start();
    DashboardData d;
    d.period = period;
    d.previous = previousPeriod(period);
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        options.create = false;
        const Database db(dbPath, options);
        // Each input read once: the period's, the previous period's, and the attribution
        // rows (the ownership timeline), shared by the per-group metrics and the stage KPIs.
        QSqlDatabase connection = db.connection();
        const bool snapshot = connection.transaction(); // one consistent read
        const MetricsLoader metrics(connection);
        StageKpisInput input;
        input.period = period;
        const MetricsInput now = metrics.loadInput(period);
        d.current = computeMetrics(now);
        d.prior = computeMetrics(metrics.loadInput(d.previous));
        spdlog::debug("dashboard: metrics of both periods at {} ms", timer.elapsed());
        input.history = metrics.loadAttributionInput();
        spdlog::debug("dashboard: attribution rows at {} ms", timer.elapsed());
        const QHash<qint64, AccountAttribution> attribution =
            attributeAccounts(input.history, period.fromMonth());
        d.byOwner = computeGroupedMetrics(now, groupKeys(attribution, MetricsGrouping::Owner));
        d.byTeam = computeGroupedMetrics(now, groupKeys(attribution, MetricsGrouping::Team));
        spdlog::debug("dashboard: grouped metrics at {} ms", timer.elapsed());
        input.revenue = now.accounts;
        StageKpisLoader(db.connection()).loadActivity(input);
        spdlog::debug("dashboard: usage and referrals at {} ms", timer.elapsed());
        AllStageKpis stages = computeAllStageKpis(input);
        d.stages = std::move(stages.all);
        d.stagesByOwner = std::move(stages.byOwner);
        d.stagesByTeam = std::move(stages.byTeam);
        spdlog::debug("dashboard: stage KPIs at {} ms", timer.elapsed());
        d.series = metrics.series(period);
        spdlog::debug("dashboard: monthly series at {} ms", timer.elapsed());
        const HealthService health(db.connection());
        health.readCurrent([&d](qint64, CurrentHealth &&current) { d.bands[current.band] += 1; });
        d.bandsByMonth = health.bandsByMonth(period.from(), period.to());
        spdlog::debug("dashboard: bands by month at {} ms", timer.elapsed());
        d.handoffs = HandoffService(connection, QString()).quality();
        spdlog::debug("dashboard: hand-off quality at {} ms", timer.elapsed());
        if (snapshot)
            connection.rollback();
    } catch (const DatabaseError &e) {
        d.error = e.message();
    } catch (const DataError &e) {
        d.error = e.messages().join(QLatin1Char('\n'));
    }
    d.elapsedMs = timer.elapsed();
    return d;
}

} // namespace karvan
