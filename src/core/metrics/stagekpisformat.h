#pragma once

#include "metrics/metricsattribution.h"
#include "metrics/metricsperiod.h"
#include "metrics/stagekpis.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace karvan::stagekpisformat {

// The output forms of `kpis` (contract, "Stage KPIs"): money in major units, rates as
// fractions, missing values null; on screen "n/a".

// One stage's keys (contract order) for `stage` ("acquisition" ...).
QJsonObject stageJson(const StageKpis &kpis, const QString &stage);
// {STAGE: {keys}} for the six stages.
QJsonObject stagesJson(const StageKpis &kpis);
QJsonObject portfolioJson(const MetricsPeriod &period, const StageKpis &kpis);
QJsonObject groupedJson(const MetricsPeriod &period, MetricsGrouping grouping,
                        const std::vector<GroupStageKpis> &groups);

// The keys of one stage, in the contract's order.
QStringList stageKeys(const QString &stage);
// A key's English label ("Conversion rate").
QString label(const QString &stage, const QString &key);
// A key's screen text for one StageKpis ("12", "41.7%", "18.5 days", "1,234.00", "n/a").
QString text(const StageKpis &kpis, const QString &stage, const QString &key);
// A key's value for sorting and comparing: the JSON number (money in major units), or
// nullopt for null.
std::optional<double> value(const StageKpis &kpis, const QString &stage, const QString &key);

// The command line's tables; forReader as in metricsformat.h (translated, the locale's digits).
QString portfolioTable(const MetricsPeriod &period, const StageKpis &kpis, bool forReader = false);
QString groupedTable(const MetricsPeriod &period, MetricsGrouping grouping,
                     const std::vector<GroupStageKpis> &groups, bool forReader = false);

} // namespace karvan::stagekpisformat
