#pragma once

#include "metrics/metrics.h"
#include "metrics/stagekpis.h"
#include "models/numerictablemodel.h"

#include <QStringList>

#include <vector>

namespace karvan::dashboardtables {

// The dashboard's tables as rows of NumericCell, built from the same core results and the
// same formatting as `karvan-cli metrics` and `kpis` (so the numbers on screen are theirs).
struct Table
{
    QStringList headers;
    std::vector<std::vector<NumericCell>> rows;
    QStringList rowKeys;
};

// One row per metric key (contract order): the metric, this period, the previous period.
Table metricsComparison(const Metrics &current, const Metrics &previous);
// One row per group: the group's key, then every metric key.
Table groupedMetrics(const std::vector<GroupMetrics> &groups, const QString &groupHeader);
// One row for the portfolio ("All", row key empty) then one per group: the group's key, then
// every stage's KPIs (columns keyed "stage.key").
Table stageKpis(const StageKpis &all, const std::vector<GroupStageKpis> &groups,
                const QString &groupHeader);

void apply(NumericTableModel &model, Table table);

} // namespace karvan::dashboardtables
