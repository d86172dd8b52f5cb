#pragma once

#include "domain/band.h"
#include "handoffs/handoff.h"
#include "metrics/metrics.h"
#include "metrics/metricsperiod.h"
#include "metrics/metricsseries.h"
#include "metrics/stagekpis.h"

#include <map>
#include <QString>

#include <vector>

namespace karvan {

// Everything the dashboard's number panels show for one period, computed off the GUI thread
// on a connection of its own (loadDashboardData) from the same core functions as
// `karvan-cli metrics`, `metrics --by` and `kpis`.
struct DashboardData
{
    MetricsPeriod period;
    MetricsPeriod previous;          // as many months, ending the month before A
    Metrics current;
    Metrics prior;
    std::vector<GroupMetrics> byOwner;
    std::vector<GroupMetrics> byTeam;
    StageKpis stages;
    std::vector<GroupStageKpis> stagesByOwner;
    std::vector<GroupStageKpis> stagesByTeam;
    std::vector<MetricsSeriesPoint> series; // one point per month of the period
    std::map<Band, int> bands;       // the health now, per band shown
    std::map<QString, std::map<Band, int>> bandsByMonth; // the monthly snapshots of the period
    HandoffQuality handoffs;         // the hand-offs started in the period
    QString error;                   // for the user; empty when all went well
    qint64 elapsedMs = 0;
};

// The period of the same length that ends the month before `period` starts.
MetricsPeriod previousPeriod(const MetricsPeriod &period);

// Opens `dbPath` read-only on this thread's own connection and computes everything; a
// problem is returned in DashboardData::error, never thrown.
DashboardData loadDashboardData(const QString &dbPath, const MetricsPeriod &period);

} // namespace karvan
