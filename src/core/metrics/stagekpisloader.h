#pragma once

#include "metrics/metricsattribution.h"
#include "metrics/metricsperiod.h"
#include "metrics/stagekpis.h"

#include <QSqlDatabase>

#include <vector>

namespace karvan {

// Reads the stage KPIs' inputs with a fixed number of set-based statements (no query per
// account) and computes them. Read-only. Throws DatabaseError.
class StageKpisLoader
{
public:
    explicit StageKpisLoader(QSqlDatabase db);

    StageKpisInput loadInput(const MetricsPeriod &period) const;
    // Reads only each account's latest usage not after B and the period's referrals into
    // `input` (input.period set): for a caller that already has the revenue and history.
    void loadActivity(StageKpisInput &input) const;

    // Convenience: load and compute.
    StageKpis kpis(const MetricsPeriod &period) const;
    // Per owner or team (MetricsGrouping::Owner or ::Team).
    std::vector<GroupStageKpis> groupedKpis(const MetricsPeriod &period,
                                            MetricsGrouping grouping) const;

private:
    QSqlDatabase m_db;
};

} // namespace karvan
