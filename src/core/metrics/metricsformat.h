#pragma once

#include "metrics/metrics.h"
#include "metrics/metricsattribution.h"
#include "metrics/metricsperiod.h"
#include "metrics/metricsseries.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace karvan::metricsformat {

// The output forms of `metrics` (contract, "JSON shapes"; docs/metrics.md). Money leaves the
// integer minor units only here.

// Money in major units as a JSON number (399000.5); exact to the cent up to 2^53 minor units.
QJsonValue moneyJson(qint64 minor);
// Money per unit (per customer) in major units: minor / count / 100, null when count is 0.
QJsonValue moneyPerJson(qint64 minor, qint64 count);
// A value that may be missing: the number or null.
QJsonValue optionalJson(const std::optional<double> &value);

// The metric keys of the contract, in the contract's order.
QStringList metricKeys();
// A metric key's English label ("Net revenue retention") and its screen text for one Metrics
// (as in the tables: money with 2 decimals, rates as percentages, "n/a").
QString metricLabel(const QString &key);
QString metricText(const Metrics &metrics, const QString &key);
// The metric keys of one Metrics, without `from` and `to`.
QJsonObject metricsJson(const Metrics &metrics);

QJsonObject portfolioJson(const MetricsPeriod &period, const Metrics &metrics);
QJsonObject groupedJson(const MetricsPeriod &period, MetricsGrouping grouping,
                        const std::vector<GroupMetrics> &groups);
QJsonObject seriesJson(const MetricsPeriod &period, const std::vector<MetricsSeriesPoint> &points);

// Screen forms: money with thousands grouping and 2 decimals, rates as percentages with one
// decimal, "n/a" for a missing value.
QString money(qint64 minor);
QString moneyValue(const std::optional<double> &minor);
QString percent(const std::optional<double> &fraction);
QString score(const std::optional<double> &value, int decimals = 1);

// The command line's tables. forReader (karvan-cli in a translated language): the titles and
// labels translated, the numbers in the locale's digits, months in its words; without it the
// English tables scripts and tests have always read.
QString portfolioTable(const MetricsPeriod &period, const Metrics &metrics, bool forReader = false);
QString groupedTable(const MetricsPeriod &period, MetricsGrouping grouping,
                     const std::vector<GroupMetrics> &groups, bool forReader = false);
QString seriesTable(const MetricsPeriod &period, const std::vector<MetricsSeriesPoint> &points,
                    bool forReader = false);
// A table cell written the ASCII way ("1,234.00", "41.7%", "18.5 days", "n/a") for a reader:
// translated words, the locale's digits.
QString readerCell(const QString &ascii);
// A period "A to B" for a reader: the months in the locale's words.
QString readerPeriod(const MetricsPeriod &period);

// Lays out rows as aligned columns: the first column left-aligned, the others right-aligned,
// a rule under the header.
QString alignedTable(const QStringList &header, const std::vector<QStringList> &rows);

} // namespace karvan::metricsformat
