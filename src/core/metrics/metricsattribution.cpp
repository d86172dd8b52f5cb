#include "metrics/metricsattribution.h"

#include <QPair>

namespace karvan {

namespace {

const QString kNone = QStringLiteral("(none)");

QStringView dayOf(const QString &stamp)
{
    return QStringView(stamp).left(10);
}

// The row in effect on `day` among rows of one account (and stage): the latest starting on or
// before `day` (a later row wins a tie); failing that, the earliest.
template <typename Row, typename Start>
const Row *inEffect(const std::vector<const Row *> &rows, const QString &day, Start start)
{
    const Row *latest = nullptr;
    const Row *earliest = nullptr;
    for (const Row *row : rows) {
        const QStringView d = dayOf(start(*row));
        if (d <= QStringView(day) && (!latest || d >= dayOf(start(*latest))))
            latest = row;
        if (!earliest || d < dayOf(start(*earliest)))
            earliest = row;
    }
    return latest ? latest : earliest;
}

} // namespace

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
    using OwnerRow = AttributionInput::OwnerRow;
    using StageRow = AttributionInput::StageRow;
    const QString dayText = day.toString(Qt::ISODate);

    QHash<qint64, std::vector<const StageRow *>> stages;
    for (const StageRow &row : input.stageHistory)
        stages[row.accountId].push_back(&row);
    QHash<QPair<qint64, QString>, std::vector<const OwnerRow *>> history;
    for (const OwnerRow &row : input.ownershipHistory)
        history[qMakePair(row.accountId, row.stage)].push_back(&row);
    QHash<QPair<qint64, QString>, const OwnerRow *> current;
    for (const OwnerRow &row : input.currentOwnership)
        current.insert(qMakePair(row.accountId, row.stage), &row);

    QHash<qint64, AccountAttribution> result;
    result.reserve(qsizetype(input.accounts.size()));
    for (const AttributionInput::Account &account : input.accounts) {
        AccountAttribution a;
        const StageRow *stageRow = inEffect(stages.value(account.id), dayText,
                                            [](const StageRow &r) { return r.startedAt; });
        a.stage = stageRow ? stageRow->stage : account.stage;

        const auto key = qMakePair(account.id, a.stage);
        const OwnerRow *owner = inEffect(history.value(key), dayText,
                                         [](const OwnerRow &r) { return r.validFrom; });
        if (!owner)
            owner = current.value(key, nullptr);
        a.owner = (owner && !owner->email.isEmpty()) ? owner->email : kNone;
        a.team = (owner && !owner->team.isEmpty()) ? owner->team
                                                   : input.templateOwnerTeam.value(a.stage);
        if (a.team.isEmpty())
            a.team = kNone;
        a.segment = account.segment.isEmpty() ? kNone : account.segment;
        if (a.stage.isEmpty())
            a.stage = kNone;
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
