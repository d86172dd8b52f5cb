#include "models/dashboardtables.h"

#include "domain/stage.h"
#include "metrics/metricsformat.h"
#include "metrics/stagekpisformat.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace karvan::dashboardtables {

namespace {

QString translated(const QString &english)
{
    return QCoreApplication::translate("karvan::Dashboard", english.toUtf8().constData());
}

NumericCell metricCell(const Metrics &m, const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return {metricsformat::metricText(m, key),
            v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()), key};
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
                          metricCell(current, now, key), metricCell(previous, before, key)});
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
            row.push_back(metricCell(g.metrics, json, key));
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
            row.push_back({stagekpisformat::text(k, stage, key),
                           stagekpisformat::value(k, stage, key), stage + '.' + key});
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
