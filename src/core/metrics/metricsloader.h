#pragma once

#include "metrics/metrics.h"
#include "metrics/metricsattribution.h"
#include "metrics/metricsperiod.h"
#include "metrics/metricsseries.h"

#include <QSqlDatabase>

#include <vector>

namespace karvan {

// Reads the metrics' inputs from a Karvan database with a few set-based queries (no query
// per account) and computes them. Read-only. Throws DatabaseError.
class MetricsLoader
{
public:
    explicit MetricsLoader(QSqlDatabase db);

    // The per-account inputs of a period: MRR at A and B, activity, new customers, costs
    // and surveys dated in the period, and the shared costs.
    MetricsInput loadInput(const MetricsPeriod &period) const;
    // The rows the --by attribution needs, for every account.
    AttributionInput loadAttributionInput() const;
    // MRR from A - 12 to B and the surveys of A..B, ready for points().
    MetricsSeries loadSeries(const MetricsPeriod &period) const;

    // Convenience: load and compute.
    Metrics metrics(const MetricsPeriod &period) const;
    std::vector<GroupMetrics> groupedMetrics(const MetricsPeriod &period,
                                             MetricsGrouping grouping) const;
    std::vector<MetricsSeriesPoint> series(const MetricsPeriod &period) const;
    // One account's retention cost in the period, in minor units: its own non-acquisition
    // costs + the shared ones / the portfolio's active customers; nullopt without active
    // customers.
    std::optional<double> accountRetentionCost(const MetricsPeriod &period, qint64 accountId) const;

private:
    QSqlDatabase m_db;
};

} // namespace karvan
