#include "models/dashboardtables.h"

#include "domain/displaymoney.h"
#include "domain/stage.h"
#include "metrics/metricsformat.h"
#include "metrics/stagekpisformat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace karvan::dashboardtables {

namespace {

// The labels metricsformat and stagekpisformat give in English, for lupdate.
[[maybe_unused]] const char *const kLabels[] = {
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Metric"), QT_TRANSLATE_NOOP("karvan::Dashboard", "This period"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Previous period"), QT_TRANSLATE_NOOP("karvan::Dashboard", "All accounts"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Accounts at start"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Accounts churned"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Logo churn rate"), QT_TRANSLATE_NOOP("karvan::Dashboard", "MRR at start"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Expansion MRR"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Contraction MRR"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Churned MRR"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Net revenue retention"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Gross revenue retention"), QT_TRANSLATE_NOOP("karvan::Dashboard", "New MRR"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "MRR at end"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Active customers"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Retention cost"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Retention cost per customer"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Acquisition cost"), QT_TRANSLATE_NOOP("karvan::Dashboard", "New customers"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Acquisition cost per new customer"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "NPS"), QT_TRANSLATE_NOOP("karvan::Dashboard", "CSAT"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "CES"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Entered"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Won"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Conversion rate"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Went live"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Time to value (median)"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Accounts at end"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Adoption"),
    QT_TRANSLATE_NOOP("karvan::Dashboard", "Referrals"), QT_TRANSLATE_NOOP("karvan::Dashboard", "Accounts"), QT_TRANSLATE_NOOP("karvan::Dashboard", "n/a")};

QString translated(const QString &english)
{
    return QCoreApplication::translate("karvan::Dashboard", english.toUtf8().constData());
}

// A value as the screen shows it, from its key and its JSON number (money in major units,
// rates as fractions): money in the currency, numbers in the locale's digits, "n/a" if null.
QString screenText(const QString &key, const std::optional<double> &v)
{
    if (!v)
        return translated(QStringLiteral("n/a"));
    const QLocale locale;
    if (key.contains(QLatin1String("mrr")) || key.contains(QLatin1String("cost")))
        return display::money(std::llround(*v * 100.0));
    if (key.endsWith(QLatin1String("rate")) || key == QLatin1String("nrr") || key == QLatin1String("grr")
        || key == QLatin1String("adoption"))
        return display::number(*v * 100.0, 1) + locale.percent();
    if (key == QLatin1String("time_to_value_days"))
        return QCoreApplication::translate("karvan::Dashboard", "%1 days").arg(display::number(*v, 1));
    if (key == QLatin1String("nps") || key == QLatin1String("csat"))
        return display::number(*v, 1);
    if (key == QLatin1String("ces"))
        return display::number(*v, 2);
    return display::number(qint64(std::llround(*v)));
}

NumericCell metricCell(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    const std::optional<double> value = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    return {screenText(key, value), value, key};
}

NumericCell label(const QString &text, const QString &key = QString())
{
    return {text, std::nullopt, key};
}

} // namespace

Table metricsComparison(const Metrics &current, const Metrics &previous)
{
    Table t;
    t.headers = {translated(QStringLiteral("Metric")), translated(QStringLiteral("This period")),
                 translated(QStringLiteral("Previous period"))};
    const QJsonObject now = metricsformat::metricsJson(current);
    const QJsonObject before = metricsformat::metricsJson(previous);
    for (const QString &key : metricsformat::metricKeys()) {
        t.rows.push_back({label(translated(metricsformat::metricLabel(key)), key),
                          metricCell(now, key), metricCell(before, key)});
        t.rowKeys << key;
    }
    return t;
}

Table groupedMetrics(const std::vector<GroupMetrics> &groups, const QString &groupHeader)
{
    Table t;
    t.headers << groupHeader;
    const QStringList keys = metricsformat::metricKeys();
    for (const QString &key : keys)
        t.headers << translated(metricsformat::metricLabel(key));
    for (const GroupMetrics &g : groups) {
        const QJsonObject json = metricsformat::metricsJson(g.metrics);
        std::vector<NumericCell> row{label(g.key, g.key)};
        for (const QString &key : keys)
            row.push_back(metricCell(json, key));
        t.rows.push_back(std::move(row));
        t.rowKeys << g.key;
    }
    return t;
}

namespace {

std::vector<NumericCell> stageRow(const QString &group, const StageKpis &k)
{
    std::vector<NumericCell> row{label(group)};
    for (Stage s : kAllStages) {
        const QString stage = stageKey(s);
        for (const QString &key : stagekpisformat::stageKeys(stage)) {
            const std::optional<double> v = stagekpisformat::value(k, stage, key);
            row.push_back({screenText(key, v), v, stage + '.' + key});
        }
    }
    return row;
}

} // namespace

Table stageKpis(const StageKpis &all, const std::vector<GroupStageKpis> &groups,
                const QString &groupHeader)
{
    Table t;
    t.headers << groupHeader;
    for (Stage s : kAllStages) {
        const QString stage = stageKey(s);
        for (const QString &key : stagekpisformat::stageKeys(stage)) {
            // Two lines: the stage, then the KPI.
            t.headers << QStringLiteral("%1\n%2").arg(stageLabel(s), translated(stagekpisformat::label(stage, key)));
        }
    }
    t.rows.push_back(stageRow(translated(QStringLiteral("All accounts")), all));
    t.rowKeys << QString();
    for (const GroupStageKpis &g : groups) {
        t.rows.push_back(stageRow(g.key, g.kpis));
        t.rowKeys << g.key;
    }
    return t;
}

void apply(NumericTableModel &model, Table table)
{
    model.setTable(table.headers, std::move(table.rows), table.rowKeys);
}

} // namespace karvan::dashboardtables
