#include "metrics/stagekpisformat.h"

#include "domain/money.h"
#include "domain/stage.h"
#include "metrics/metricsformat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

namespace karvan::stagekpisformat {

namespace {

enum class Kind { Count, Rate, Days, Money, Score };

struct Field
{
    Stage stage;
    const char *key;
    const char *label;
    Kind kind;
    // Money in minor units.
    std::function<std::optional<double>(const StageKpis &)> value;
};

std::optional<double> count(qint64 n)
{
    return double(n);
}

const std::vector<Field> &fields()
{
    static const std::vector<Field> all = {
        {Stage::Acquisition, "entered", "Entered", Kind::Count,
         [](const StageKpis &k) { return count(k.entered); }},
        {Stage::Acquisition, "won", "Won", Kind::Count,
         [](const StageKpis &k) { return count(k.won); }},
        {Stage::Acquisition, "conversion_rate", "Conversion rate", Kind::Rate,
         [](const StageKpis &k) { return k.conversionRate(); }},
        {Stage::Implementation, "went_live", "Went live", Kind::Count,
         [](const StageKpis &k) { return count(k.wentLive); }},
        {Stage::Implementation, "time_to_value_days", "Time to value (median)", Kind::Days,
         [](const StageKpis &k) { return k.timeToValueDays(); }},
        {Stage::Deployment, "accounts", "Accounts at end", Kind::Count,
         [](const StageKpis &k) { return count(k.deploymentAccounts); }},
        {Stage::Deployment, "adoption", "Adoption", Kind::Rate,
         [](const StageKpis &k) { return k.adoption(); }},
        {Stage::Retention, "accounts_start", "Accounts at start", Kind::Count,
         [](const StageKpis &k) { return count(k.retention.accountsStart); }},
        {Stage::Retention, "logo_churn_rate", "Logo churn rate", Kind::Rate,
         [](const StageKpis &k) { return k.retention.logoChurnRate(); }},
        {Stage::Retention, "grr", "Gross revenue retention", Kind::Rate,
         [](const StageKpis &k) { return k.retention.grr(); }},
        {Stage::Retention, "nps", "NPS", Kind::Score,
         [](const StageKpis &k) { return k.retentionSurveys.nps(); }},
        {Stage::Expansion, "accounts_start", "Accounts at start", Kind::Count,
         [](const StageKpis &k) { return count(k.expansion.accountsStart); }},
        {Stage::Expansion, "expansion_mrr", "Expansion MRR", Kind::Money,
         [](const StageKpis &k) { return std::optional<double>(double(k.expansion.expansionMrr)); }},
        {Stage::Expansion, "nrr", "Net revenue retention", Kind::Rate,
         [](const StageKpis &k) { return k.expansion.nrr(); }},
        {Stage::Advocacy, "accounts", "Accounts", Kind::Count,
         [](const StageKpis &k) { return count(k.advocacyAccounts); }},
        {Stage::Advocacy, "referrals", "Referrals", Kind::Count,
         [](const StageKpis &k) { return count(k.referrals); }},
    };
    return all;
}

const Field *field(const QString &stage, const QString &key)
{
    for (const Field &f : fields()) {
        if (stageKey(f.stage) == stage && QLatin1String(f.key) == key)
            return &f;
    }
    return nullptr;
}

QJsonValue json(const Field &f, const StageKpis &kpis)
{
    const std::optional<double> v = f.value(kpis);
    if (!v)
        return QJsonValue::Null;
    if (f.kind == Kind::Money)
        return metricsformat::moneyJson(qint64(*v));
    return *v;
}

} // namespace

QStringList stageKeys(const QString &stage)
{
    QStringList keys;
    for (const Field &f : fields()) {
        if (stageKey(f.stage) == stage)
            keys << QLatin1String(f.key);
    }
    return keys;
}

QString label(const QString &stage, const QString &key)
{
    const Field *f = field(stage, key);
    return f ? QString::fromLatin1(f->label) : QString();
}

QJsonObject stageJson(const StageKpis &kpis, const QString &stage)
{
    QJsonObject o;
    for (const Field &f : fields()) {
        if (stageKey(f.stage) == stage)
            o.insert(QLatin1String(f.key), json(f, kpis));
    }
    return o;
}

QJsonObject stagesJson(const StageKpis &kpis)
{
    QJsonObject o;
    for (Stage s : kAllStages)
        o.insert(stageKey(s), stageJson(kpis, stageKey(s)));
    return o;
}

QJsonObject portfolioJson(const MetricsPeriod &period, const StageKpis &kpis)
{
    return {{QStringLiteral("from"), period.from()},
            {QStringLiteral("to"), period.to()},
            {QStringLiteral("stages"), stagesJson(kpis)}};
}

QJsonObject groupedJson(const MetricsPeriod &period, MetricsGrouping grouping,
                        const std::vector<GroupStageKpis> &groups)
{
    QJsonArray list;
    for (const GroupStageKpis &g : groups)
        list.append(QJsonObject{{QStringLiteral("key"), g.key},
                                {QStringLiteral("stages"), stagesJson(g.kpis)}});
    return {{QStringLiteral("from"), period.from()},
            {QStringLiteral("to"), period.to()},
            {QStringLiteral("by"), metricsGroupingKey(grouping)},
            {QStringLiteral("groups"), list}};
}

std::optional<double> value(const StageKpis &kpis, const QString &stage, const QString &key)
{
    const Field *f = field(stage, key);
    if (!f)
        return std::nullopt;
    const std::optional<double> v = f->value(kpis);
    if (v && f->kind == Kind::Money)
        return money::toMajor(qint64(*v));
    return v;
}

QString text(const StageKpis &kpis, const QString &stage, const QString &key)
{
    const Field *f = field(stage, key);
    if (!f)
        return {};
    const std::optional<double> v = f->value(kpis);
    switch (f->kind) {
    case Kind::Count: return v ? QString::number(qint64(*v)) : QStringLiteral("n/a");
    case Kind::Rate: return metricsformat::percent(v);
    case Kind::Days:
        return v ? QStringLiteral("%1 days").arg(*v, 0, 'f', 1) : QStringLiteral("n/a");
    case Kind::Money: return v ? metricsformat::money(qint64(*v)) : QStringLiteral("n/a");
    case Kind::Score: return metricsformat::score(v);
    }
    return {};
}

namespace {

void addRows(std::vector<QStringList> &rows, const QString &group, const StageKpis &kpis, bool forReader)
{
    for (const Field &f : fields()) {
        QStringList row;
        if (!group.isNull())
            row << group;
        const QString value = text(kpis, stageKey(f.stage), QLatin1String(f.key));
        if (forReader) {
            row << stageLabel(f.stage) << QCoreApplication::translate("karvan::Dashboard", f.label)
                << metricsformat::readerCell(value);
        } else {
            row << stageKey(f.stage) << QLatin1String(f.label) << value;
        }
        rows.push_back(row);
    }
}

QStringList header(const QString &first, bool forReader)
{
    QStringList names;
    if (!first.isNull())
        names << first;
    if (!forReader)
        return names << QStringLiteral("Stage") << QStringLiteral("KPI") << QStringLiteral("Value");
    return names << QCoreApplication::translate("karvan::stagekpisformat", "Stage")
                 << QCoreApplication::translate("karvan::stagekpisformat", "KPI")
                 << QCoreApplication::translate("karvan::stagekpisformat", "Value");
}

} // namespace

QString portfolioTable(const MetricsPeriod &period, const StageKpis &kpis, bool forReader)
{
    std::vector<QStringList> rows;
    addRows(rows, QString(), kpis, forReader);
    const QString title = forReader
        ? QCoreApplication::translate("karvan::stagekpisformat", "Stage KPIs %1\n\n").arg(metricsformat::readerPeriod(period))
        : QStringLiteral("Stage KPIs %1 .. %2\n\n").arg(period.from(), period.to());
    return title + metricsformat::alignedTable(header(QString(), forReader), rows);
}

QString groupedTable(const MetricsPeriod &period, MetricsGrouping grouping,
                     const std::vector<GroupStageKpis> &groups, bool forReader)
{
    std::vector<QStringList> rows;
    for (const GroupStageKpis &g : groups)
        addRows(rows, g.key, g.kpis, forReader);
    const bool team = grouping == MetricsGrouping::Team;
    if (!forReader) {
        return QStringLiteral("Stage KPIs %1 .. %2 by %3\n\n")
                   .arg(period.from(), period.to(), metricsGroupingKey(grouping))
               + metricsformat::alignedTable(header(team ? QStringLiteral("Team") : QStringLiteral("Owner"), false), rows);
    }
    const QString title = team
        ? QCoreApplication::translate("karvan::stagekpisformat", "Stage KPIs %1 by team\n\n")
        : QCoreApplication::translate("karvan::stagekpisformat", "Stage KPIs %1 by owner\n\n");
    const QString by = team ? QCoreApplication::translate("karvan::stagekpisformat", "Team")
                            : QCoreApplication::translate("karvan::stagekpisformat", "Owner");
    return title.arg(metricsformat::readerPeriod(period)) + metricsformat::alignedTable(header(by, true), rows);
}

} // namespace karvan::stagekpisformat
