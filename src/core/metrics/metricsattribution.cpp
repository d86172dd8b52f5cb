#include "metrics/metricsattribution.h"

#include <QPair>

namespace karvan {

const QString kNoAttribution = QStringLiteral("(none)");

std::optional<MetricsGrouping> metricsGroupingFromKey(QStringView key)
{
    if (key == QLatin1String("owner"))
        return MetricsGrouping::Owner;
    if (key == QLatin1String("team"))
        return MetricsGrouping::Team;
    if (key == QLatin1String("segment"))
        return MetricsGrouping::Segment;
    if (key == QLatin1String("stage"))
        return MetricsGrouping::Stage;
    return std::nullopt;
}

QString metricsGroupingKey(MetricsGrouping grouping)
{
    switch (grouping) {
    case MetricsGrouping::Owner: return QStringLiteral("owner");
    case MetricsGrouping::Team: return QStringLiteral("team");
    case MetricsGrouping::Segment: return QStringLiteral("segment");
    case MetricsGrouping::Stage: return QStringLiteral("stage");
    }
    return {};
}

QHash<qint64, AccountAttribution> attributeAccounts(const AttributionInput &input, QDate day)
{
    using StageRow = AttributionInput::StageRow;
    const QString dayText = day.toString(Qt::ISODate);

    QHash<qint64, std::vector<const StageRow *>> stages;
    for (const StageRow &row : input.stageHistory)
        stages[row.accountId].push_back(&row);
    QHash<qint64, AccountAttribution> result;
    result.reserve(qsizetype(input.accounts.size()));
    for (const AttributionInput::Account &account : input.accounts) {
        AccountAttribution a;
        const StageRow *stageRow = rowInEffect(
            stages.value(account.id), dayText,
            [](const StageRow &r) -> const QString & { return r.startedAt; });
        a.stage = stageRow ? stageRow->stage : account.stage;

        const OwnershipTimeline::Owner owner = input.owners.ownerOn(account.id, a.stage, dayText);
        a.owner = owner.email.isEmpty() ? kNoAttribution : owner.email;
        a.team = owner.team;
        if (a.team.isEmpty())
            a.team = kNoAttribution;
        a.segment = account.segment.isEmpty() ? kNoAttribution : account.segment;
        if (a.stage.isEmpty())
            a.stage = kNoAttribution;
        result.insert(account.id, a);
    }
    return result;
}

QHash<qint64, QString> groupKeys(const QHash<qint64, AccountAttribution> &attribution,
                                 MetricsGrouping grouping)
{
    QHash<qint64, QString> keys;
    keys.reserve(attribution.size());
    for (auto it = attribution.cbegin(); it != attribution.cend(); ++it) {
        const AccountAttribution &a = it.value();
        switch (grouping) {
        case MetricsGrouping::Owner: keys.insert(it.key(), a.owner); break;
        case MetricsGrouping::Team: keys.insert(it.key(), a.team); break;
        case MetricsGrouping::Segment: keys.insert(it.key(), a.segment); break;
        case MetricsGrouping::Stage: keys.insert(it.key(), a.stage); break;
        }
    }
    return keys;
}

} // namespace karvan
