#pragma once

#include "domain/band.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace karvan {

// One measure of the scorecard: a row of `scorecard_measures`.
struct ScorecardMeasure
{
    QString key;       // adoption, nps, csat, support, engagement
    QString label;
    int position = 0;
    double weight = 0;
    bool enabled = true;
    QJsonObject params; // the measure's thresholds (see Scorecard::knownParams)

    // params[name] as a number, or `fallback` when absent.
    double param(const QString &name, double fallback) const;
};

// The health scorecard: measures with weights and thresholds, the band limits and the minimum
// weight of the measures with data. Loaded from `scorecard_measures` + `settings`
// (health.yellow_from, health.green_from, health.min_weight); exported / imported as JSON:
//   {"yellow_from": 50, "green_from": 75, "min_weight": 50,
//    "measures": [{"key": "adoption", "label": "...", "weight": 30, "enabled": true,
//                  "params": {"floor": 0.2, "full": 0.8}}, ...]}
class Scorecard
{
public:
    // The contract's default scorecard.
    Scorecard();

    static Scorecard load(const QSqlDatabase &db);
    // Writes the measures and the band settings, recording each change in the audit log.
    // Runs in its own transaction. Validates first (throws DataError).
    void save(QSqlDatabase &db, const QString &actor) const;

    QJsonObject toJson() const;
    // Parses and validates a scorecard document; measures the document leaves out keep their
    // settings from `base`. Throws DataError ("SOURCE: what is wrong") on a bad document.
    static Scorecard fromJson(const QByteArray &json, const QString &source,
                              const Scorecard &base = Scorecard());
    // Throws DataError listing every problem: unknown measure or parameter, negative weight,
    // bands out of order, thresholds out of order.
    void validate(const QString &source = QString()) const;

    const QList<ScorecardMeasure> &measures() const { return m_measures; }
    // nullptr when there is no such measure.
    const ScorecardMeasure *measure(QStringView key) const;
    void setWeight(const QString &key, double weight);
    void setEnabled(const QString &key, bool enabled);
    void setParam(const QString &key, const QString &param, double value);

    double yellowFrom() const { return m_yellowFrom; }
    double greenFrom() const { return m_greenFrom; }
    double minWeight() const { return m_minWeight; }
    void setBands(double yellowFrom, double greenFrom);
    void setMinWeight(double minWeight) { m_minWeight = minWeight; }

    // The band of a score (already rounded for display); Insufficient for nullopt.
    Band bandFor(std::optional<double> score) const;
    // The lower limit of a band (yellowFrom for yellow, greenFrom for green, 0 for red).
    double bandFloor(Band band) const;

    // adoption, nps, csat, support, engagement, in scorecard order.
    static QStringList knownMeasures();
    // The parameter names a measure accepts.
    static QStringList knownParams(const QString &measureKey);

private:
    ScorecardMeasure *find(QStringView key);

    QList<ScorecardMeasure> m_measures;
    double m_yellowFrom = 50;
    double m_greenFrom = 75;
    double m_minWeight = 50;
};

} // namespace karvan
