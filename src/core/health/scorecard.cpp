#include "health/scorecard.h"

#include "health/healthservice.h"
#include "storage/audit.h"
#include "domain/errors.h"
#include "domain/healthmeasures.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <cmath>

namespace karvan {

namespace {

const QString kYellowSetting = QStringLiteral("health.yellow_from");
const QString kGreenSetting = QStringLiteral("health.green_from");
const QString kMinWeightSetting = QStringLiteral("health.min_weight");

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString paramsText(const QJsonObject &params)
{
    return QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

QString prefixed(const QString &source, const QString &message)
{
    return source.isEmpty() ? message : source + QStringLiteral(": ") + message;
}

} // namespace

double ScorecardMeasure::param(const QString &name, double fallback) const
{
    const QJsonValue v = params.value(name);
    return v.isDouble() ? v.toDouble() : fallback;
}

Scorecard::Scorecard()
{
    int position = 0;
    for (const HealthMeasureDefault &m : healthMeasureDefaults()) {
        m_measures.push_back({QString::fromUtf8(m.key), QString::fromUtf8(m.label), position++, m.weight,
                              true, QJsonDocument::fromJson(QByteArray(m.params)).object()});
    }
}

QStringList Scorecard::knownMeasures()
{
    return healthMeasureKeys();
}

QStringList Scorecard::knownParams(const QString &measureKey)
{
    return healthMeasureParams(measureKey);
}

const ScorecardMeasure *Scorecard::measure(QStringView key) const
{
    for (const ScorecardMeasure &m : m_measures) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

ScorecardMeasure *Scorecard::find(QStringView key)
{
    for (ScorecardMeasure &m : m_measures) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

void Scorecard::setWeight(const QString &key, double weight)
{
    if (ScorecardMeasure *m = find(key))
        m->weight = weight;
}

void Scorecard::setEnabled(const QString &key, bool enabled)
{
    if (ScorecardMeasure *m = find(key))
        m->enabled = enabled;
}

void Scorecard::setParam(const QString &key, const QString &param, double value)
{
    if (ScorecardMeasure *m = find(key))
        m->params.insert(param, value);
}

void Scorecard::setBands(double yellowFrom, double greenFrom)
{
    m_yellowFrom = yellowFrom;
    m_greenFrom = greenFrom;
}

Band Scorecard::bandFor(std::optional<double> score) const
{
    if (!score)
        return Band::Insufficient;
    if (*score >= m_greenFrom)
        return Band::Green;
    if (*score >= m_yellowFrom)
        return Band::Yellow;
    return Band::Red;
}

double Scorecard::bandFloor(Band band) const
{
    switch (band) {
    case Band::Green: return m_greenFrom;
    case Band::Yellow: return m_yellowFrom;
    case Band::Red:
    case Band::Insufficient:
    case Band::Churned: break;
    }
    return 0;
}

void Scorecard::validate(const QString &source) const
{
    QStringList problems;
    auto problem = [&](const QString &text) { problems << prefixed(source, text); };
    if (!(m_yellowFrom >= 0 && m_yellowFrom < m_greenFrom && m_greenFrom <= 100))
        problem(QStringLiteral("bands out of order: need 0 <= yellow_from < green_from <= 100 "
                               "(yellow_from %1, green_from %2)")
                    .arg(number(m_yellowFrom), number(m_greenFrom)));
    if (!(m_minWeight >= 0) || !std::isfinite(m_minWeight))
        problem(QStringLiteral("min_weight must be a number >= 0 (value %1)").arg(number(m_minWeight)));
    for (const ScorecardMeasure &m : m_measures) {
        const QString where = QStringLiteral("measure '%1': ").arg(m.key);
        if (!knownMeasures().contains(m.key)) {
            problem(QStringLiteral("unknown measure '%1' (known: %2)")
                        .arg(m.key, knownMeasures().join(QStringLiteral(", "))));
            continue;
        }
        if (!(m.weight >= 0) || !std::isfinite(m.weight))
            problem(where + QStringLiteral("weight must be a number >= 0 (value %1)").arg(number(m.weight)));
        const QStringList allowed = knownParams(m.key);
        for (auto it = m.params.begin(); it != m.params.end(); ++it) {
            if (!allowed.contains(it.key()))
                problem(where + QStringLiteral("unknown parameter '%1' (known: %2)")
                                    .arg(it.key(), allowed.join(QStringLiteral(", "))));
            else if (!it.value().isDouble())
                problem(where + QStringLiteral("parameter '%1' must be a number").arg(it.key()));
        }
        auto need = [&](bool ok, const QString &text) {
            if (!ok)
                problem(where + text);
        };
        if (m.key == QLatin1String("adoption")) {
            const double floor = m.param(QStringLiteral("floor"), 0.2);
            const double full = m.param(QStringLiteral("full"), 0.8);
            need(floor >= 0 && floor < full,
                 QStringLiteral("need 0 <= floor < full (floor %1, full %2)").arg(number(floor), number(full)));
        } else if (m.key == QLatin1String("engagement")) {
            const double fullDays = m.param(QStringLiteral("full_days"), 30);
            const double zeroDays = m.param(QStringLiteral("zero_days"), 120);
            need(fullDays >= 0 && fullDays < zeroDays,
                 QStringLiteral("need 0 <= full_days < zero_days (full_days %1, zero_days %2)")
                     .arg(number(fullDays), number(zeroDays)));
        } else if (m.key == QLatin1String("support")) {
            need(m.param(QStringLiteral("open_penalty"), 20) >= 0
                     && m.param(QStringLiteral("escalation_penalty"), 30) >= 0,
                 QStringLiteral("penalties must be >= 0"));
        } else if (m.key == QLatin1String("csat")) {
            const double good = m.param(QStringLiteral("good_from"), 4);
            need(good >= 1 && good <= 5, QStringLiteral("good_from must be from 1 to 5 (value %1)").arg(number(good)));
        }
        if (allowed.contains(QStringLiteral("window_days"))) {
            const double days = m.param(QStringLiteral("window_days"), 1);
            need(days >= 1 && days == std::floor(days),
                 QStringLiteral("window_days must be a whole number >= 1 (value %1)").arg(number(days)));
        }
    }
    if (!problems.isEmpty())
        throw DataError(problems);
}

QJsonObject Scorecard::toJson() const
{
    QJsonArray measures;
    for (const ScorecardMeasure &m : m_measures) {
        measures.append(QJsonObject{{"key", m.key}, {"label", m.label}, {"weight", m.weight},
                                    {"enabled", m.enabled}, {"params", m.params}});
    }
    return QJsonObject{{"yellow_from", m_yellowFrom}, {"green_from", m_greenFrom},
                       {"min_weight", m_minWeight}, {"measures", measures}};
}

Scorecard Scorecard::fromJson(const QByteArray &json, const QString &source, const Scorecard &base)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw DataError(prefixed(source, QStringLiteral("not valid JSON: %1 (at character %2)")
                                             .arg(error.errorString()).arg(error.offset)));
    if (!doc.isObject())
        throw DataError(prefixed(source, QStringLiteral("expected a JSON object with \"measures\"")));

    Scorecard card = base;
    QStringList problems;
    auto problem = [&](const QString &text) { problems << prefixed(source, text); };
    const QJsonObject root = doc.object();
    const QStringList topKeys = {"yellow_from", "green_from", "min_weight", "measures"};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!topKeys.contains(it.key()))
            problem(QStringLiteral("unknown key '%1' (known: %2)").arg(it.key(), topKeys.join(", ")));
        else if (it.key() != QLatin1String("measures") && !it.value().isDouble())
            problem(QStringLiteral("'%1' must be a number").arg(it.key()));
    }
    card.m_yellowFrom = root.value("yellow_from").toDouble(card.m_yellowFrom);
    card.m_greenFrom = root.value("green_from").toDouble(card.m_greenFrom);
    card.m_minWeight = root.value("min_weight").toDouble(card.m_minWeight);

    const QJsonValue measuresValue = root.value("measures");
    if (!measuresValue.isUndefined() && !measuresValue.isArray())
        problem(QStringLiteral("'measures' must be an array"));
    QSet<QString> seen;
    const QJsonArray measures = measuresValue.toArray();
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const QString where = QStringLiteral("measures[%1]: ").arg(i);
        if (!measures.at(i).isObject()) {
            problem(where + QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject o = measures.at(i).toObject();
        const QString key = o.value("key").toString();
        if (!knownMeasures().contains(key)) {
            problem(where + QStringLiteral("unknown measure '%1' (known: %2)")
                                .arg(key, knownMeasures().join(", ")));
            continue;
        }
        if (seen.contains(key)) {
            problem(where + QStringLiteral("measure '%1' is listed twice").arg(key));
            continue;
        }
        seen.insert(key);
        ScorecardMeasure *m = card.find(key);
        const QStringList fields = {"key", "label", "weight", "enabled", "params"};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!fields.contains(it.key()))
                problem(where + QStringLiteral("unknown key '%1' (known: %2)").arg(it.key(), fields.join(", ")));
        }
        if (o.contains("weight")) {
            if (!o.value("weight").isDouble())
                problem(where + QStringLiteral("'weight' must be a number"));
            else
                m->weight = o.value("weight").toDouble();
        }
        if (o.contains("enabled")) {
            if (!o.value("enabled").isBool())
                problem(where + QStringLiteral("'enabled' must be true or false"));
            else
                m->enabled = o.value("enabled").toBool();
        }
        if (o.contains("label")) {
            if (!o.value("label").isString() || o.value("label").toString().trimmed().isEmpty())
                problem(where + QStringLiteral("'label' must be a non-empty text"));
            else
                m->label = o.value("label").toString();
        }
        if (o.contains("params")) {
            if (!o.value("params").isObject()) {
                problem(where + QStringLiteral("'params' must be an object"));
            } else {
                const QJsonObject params = o.value("params").toObject();
                for (auto it = params.begin(); it != params.end(); ++it)
                    m->params.insert(it.key(), it.value());
            }
        }
    }
    try {
        card.validate(source);
    } catch (const DataError &e) {
        problems << e.messages();
    }
    if (!problems.isEmpty())
        throw DataError(problems);
    return card;
}

Scorecard Scorecard::load(const QSqlDatabase &db)
{
    Scorecard card;
    QSqlQuery q = sql::run(db, QStringLiteral(
        "SELECT measure, label, position, weight, enabled, params FROM scorecard_measures"
        " ORDER BY position, measure"));
    QList<ScorecardMeasure> measures;
    while (sql::next(q)) {
        const QString key = q.value(0).toString();
        if (!knownMeasures().contains(key)) {
            spdlog::warn("scorecard: ignoring unknown measure '{}'", key.toStdString());
            continue;
        }
        ScorecardMeasure m = *card.measure(key);
        m.label = q.value(1).toString();
        m.position = q.value(2).toInt();
        m.weight = q.value(3).toDouble();
        m.enabled = q.value(4).toInt() != 0;
        const QJsonObject params = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        for (auto it = params.begin(); it != params.end(); ++it)
            m.params.insert(it.key(), it.value());
        measures << m;
    }
    if (!measures.isEmpty())
        card.m_measures = measures;

    QSqlQuery s = sql::run(db, QStringLiteral(
        "SELECT name, value FROM settings WHERE name LIKE 'health.%'"));
    while (sql::next(s)) {
        bool ok = false;
        const double v = s.value(1).toString().toDouble(&ok);
        if (!ok)
            continue;
        const QString name = s.value(0).toString();
        if (name == kYellowSetting)
            card.m_yellowFrom = v;
        else if (name == kGreenSetting)
            card.m_greenFrom = v;
        else if (name == kMinWeightSetting)
            card.m_minWeight = v;
    }
    return card;
}

void Scorecard::save(QSqlDatabase &db, const QString &actor) const
{
    validate();
    const Scorecard old = load(db);
    Transaction tx(db);
    QSqlQuery upsert = sql::prepare(db, QStringLiteral(
        "INSERT INTO scorecard_measures (measure, label, position, weight, enabled, params)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (measure) DO UPDATE SET label = excluded.label,"
        " position = excluded.position, weight = excluded.weight, enabled = excluded.enabled,"
        " params = excluded.params"));
    const QString entity = QStringLiteral("scorecard");
    for (const ScorecardMeasure &m : m_measures) {
        upsert.addBindValue(m.key);
        upsert.addBindValue(m.label);
        upsert.addBindValue(m.position);
        upsert.addBindValue(m.weight);
        upsert.addBindValue(m.enabled ? 1 : 0);
        upsert.addBindValue(paramsText(m.params));
        sql::exec(upsert);
        const ScorecardMeasure *before = old.measure(m.key);
        if (!before || before->weight != m.weight)
            audit::record(db, actor, entity, m.key, QStringLiteral("weight"),
                          before ? QVariant(number(before->weight)) : QVariant(), number(m.weight));
        if (!before || before->enabled != m.enabled)
            audit::record(db, actor, entity, m.key, QStringLiteral("enabled"),
                          before ? QVariant(before->enabled) : QVariant(), m.enabled);
        if (!before || before->params != m.params)
            audit::record(db, actor, entity, m.key, QStringLiteral("params"),
                          before ? QVariant(paramsText(before->params)) : QVariant(),
                          paramsText(m.params));
        if (before && before->label != m.label)
            audit::record(db, actor, entity, m.key, QStringLiteral("label"), before->label, m.label);
    }
    QSqlQuery setting = sql::prepare(db, QStringLiteral(
        "INSERT INTO settings (name, value) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    const std::tuple<QString, double, double> settings[] = {
        {kYellowSetting, old.m_yellowFrom, m_yellowFrom},
        {kGreenSetting, old.m_greenFrom, m_greenFrom},
        {kMinWeightSetting, old.m_minWeight, m_minWeight}};
    for (const auto &[name, before, after] : settings) {
        setting.addBindValue(name);
        setting.addBindValue(number(after));
        sql::exec(setting);
        if (before != after)
            audit::record(db, actor, entity, QStringLiteral("settings"), name, number(before), number(after));
    }
    HealthService::invalidateCurrent(db);  // every stored score is now out of date
    tx.commit();
}

} // namespace karvan
