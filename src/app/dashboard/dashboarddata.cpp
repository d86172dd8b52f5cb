#include "dashboard/dashboarddata.h"

#include "domain/errors.h"
#include "handoffs/handoffservice.h"
#include "health/healthservice.h"
#include "metrics/metricsloader.h"
#include "metrics/stagekpisloader.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <future>
#include <memory>
#include <optional>

#include <spdlog/spdlog.h>

namespace karvan {

MetricsPeriod previousPeriod(const MetricsPeriod &period)
{
    const int months = period.monthCount();
    return MetricsPeriod(period.fromMonth().addMonths(-months), period.fromMonth().addMonths(-1));
}

namespace {

Database::Options readOnly()
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.create = false;
    return options;
}

// The problem of a failed part, for the user.
template <typename F>
QString attempt(F &&f)
{
    try {
        f();
    } catch (const DatabaseError &e) {
        return e.message();
    } catch (const DataError &e) {
        return e.messages().join(QLatin1Char('\n'));
    }
    return {};
}

// The per-group half, on a thread and connection of its own: the attribution rows (the
// ownership timeline), usage and referrals; then, with the period's metric inputs from the
// other half, the metrics per owner and per team and the stage KPIs.
QString loadGroups(const QString &dbPath, SharedReadSnapshot &snapshot,
                   std::shared_future<std::shared_ptr<const MetricsInput>> periodInput, DashboardData &d)
{
    std::optional<Database> db;
    QString opened;
    try {
        opened = attempt([&] { db.emplace(dbPath, readOnly()); });
    } catch (...) {
        snapshot.abandon(); // the other half must not wait for this one
        throw;
    }
    if (!opened.isEmpty()) {
        snapshot.abandon();
        return opened;
    }
    QSqlDatabase connection = db->connection();
    return attempt([&] {
        snapshot.follow(connection);
        const auto endRead = qScopeGuard([&connection] { connection.rollback(); });
        QElapsedTimer timer;
        timer.start();
        StageKpisInput input;
        input.period = d.period;
        input.history = MetricsLoader(connection).loadAttributionInput();
        spdlog::debug("dashboard: attribution rows at {} ms", timer.elapsed());
        StageKpisLoader(connection).loadActivity(input);
        spdlog::debug("dashboard: usage and referrals at {} ms", timer.elapsed());
        const QHash<qint64, AccountAttribution> atStart = attributeAccounts(input.history, d.period.fromMonth());
        const std::shared_ptr<const MetricsInput> now = periodInput.get();
        spdlog::debug("dashboard: the period's inputs at {} ms", timer.elapsed());
        d.byOwner = computeGroupedMetrics(*now, groupKeys(atStart, MetricsGrouping::Owner));
        d.byTeam = computeGroupedMetrics(*now, groupKeys(atStart, MetricsGrouping::Team));
        spdlog::debug("dashboard: grouped metrics at {} ms", timer.elapsed());
        input.revenue = now->accounts;
        AllStageKpis stages = computeAllStageKpis(input, atStart);
        d.stages = std::move(stages.all);
        d.stagesByOwner = std::move(stages.byOwner);
        d.stagesByTeam = std::move(stages.byTeam);
        spdlog::debug("dashboard: stage KPIs at {} ms", timer.elapsed());
    });
}

// The portfolio half, on this thread: both periods' metric inputs (the period's handed to the
// other half as soon as they are read), the monthly series, the health bands and the hand-off
// quality.
QString loadPortfolio(const QString &dbPath, SharedReadSnapshot &snapshot,
                      std::promise<std::shared_ptr<const MetricsInput>> &periodInput, DashboardData &d)
{
    QElapsedTimer timer;
    timer.start();
    const MetricsPeriod &period = d.period;
    bool given = false;
    QString error;
    // However this half ends, the other gets its input or the reason it will not come (the
    // caller's wait for that half would never end otherwise).
    const auto tellTheOtherHalf = qScopeGuard([&] {
        if (!given) {
            periodInput.set_exception(std::make_exception_ptr(DatabaseError(
                !error.isEmpty() ? error
                                 : QCoreApplication::translate("karvan::Database", "the database could not be read"))));
        }
    });
    error = attempt([&] {
        std::optional<Database> db;
        std::optional<Database> control;
        try {
            db.emplace(dbPath, readOnly());
            control.emplace(dbPath, readOnly());
        } catch (...) {
            snapshot.abandon();
            throw;
        }
        QSqlDatabase connection = db->connection();
        snapshot.lead(control->connection(), connection);
        const auto endRead = qScopeGuard([&connection] { connection.rollback(); });
        const MetricsLoader metrics(connection);
        auto now = std::make_shared<const MetricsInput>(metrics.loadInput(period));
        periodInput.set_value(now);
        given = true;
        d.current = computeMetrics(*now);
        d.prior = computeMetrics(metrics.loadInput(d.previous));
        spdlog::debug("dashboard: metrics of both periods at {} ms", timer.elapsed());
        d.series = metrics.series(period);
        spdlog::debug("dashboard: monthly series at {} ms", timer.elapsed());
        const HealthService health(connection);
        d.bands = health.bandCounts();
        d.bandsByMonth = health.bandsByMonth(period.from(), period.to());
        spdlog::debug("dashboard: bands by month at {} ms", timer.elapsed());
        d.handoffs = HandoffService(connection, QString()).quality(period.firstDay(), period.dayAfter());
        spdlog::debug("dashboard: hand-off quality at {} ms", timer.elapsed());
    });
    return error;
}

} // namespace

DashboardData loadDashboardData(const QString &dbPath, const MetricsPeriod &period)
{
    QElapsedTimer timer;
    timer.start();
    DashboardData d;
    d.period = period;
    d.previous = previousPeriod(period);
    // Two halves on two threads, each on its own read-only connection, both reading one
    // snapshot of the file (SharedReadSnapshot): the portfolio here, the groups beside it.
    SharedReadSnapshot snapshot(2);
    std::promise<std::shared_ptr<const MetricsInput>> periodInput;
    DashboardData groups;
    groups.period = period;
    std::future<QString> groupsDone = std::async(std::launch::async, loadGroups, dbPath, std::ref(snapshot),
                                                 periodInput.get_future().share(), std::ref(groups));
    QString error = loadPortfolio(dbPath, snapshot, periodInput, d);
    const QString groupsError = groupsDone.get();
    // The other half's own problem explains a failed start better than this half's.
    if (!groupsError.isEmpty())
        error = groupsError;
    if (error.isEmpty()) {
        d.byOwner = std::move(groups.byOwner);
        d.byTeam = std::move(groups.byTeam);
        d.stages = std::move(groups.stages);
        d.stagesByOwner = std::move(groups.stagesByOwner);
        d.stagesByTeam = std::move(groups.stagesByTeam);
    }
    d.error = error;
    d.elapsedMs = timer.elapsed();
    return d;
}

} // namespace karvan
