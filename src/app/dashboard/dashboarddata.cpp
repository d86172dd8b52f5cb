#include "dashboard/dashboarddata.h"

#include "domain/errors.h"
#include "health/healthservice.h"
#include "metrics/metricsloader.h"
#include "metrics/stagekpisloader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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
        const MetricsLoader metrics(db.connection());
        d.current = metrics.metrics(period);
        d.prior = metrics.metrics(d.previous);
        d.byOwner = metrics.groupedMetrics(period, MetricsGrouping::Owner);
        d.byTeam = metrics.groupedMetrics(period, MetricsGrouping::Team);
        const StageKpisLoader kpis(db.connection());
        const StageKpisInput input = kpis.loadInput(period);
        d.stages = computeStageKpis(input);
        d.stagesByOwner = computeGroupedStageKpis(input, MetricsGrouping::Owner);
        d.stagesByTeam = computeGroupedStageKpis(input, MetricsGrouping::Team);
        HealthService(db.connection()).readCurrent([&d](qint64, CurrentHealth &&health) {
            d.bands[health.band] += 1;
        });
    } catch (const DatabaseError &e) {
        d.error = e.message();
    } catch (const DataError &e) {
        d.error = e.messages().join(QLatin1Char('\n'));
    }
    d.elapsedMs = timer.elapsed();
    return d;
}

} // namespace karvan
