#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>

#include "ownership/ownershiptimeline.h"

#include <optional>
#include <vector>

namespace karvan {

// How `metrics --by` splits the portfolio.
enum class MetricsGrouping { Owner, Team, Segment, Stage };

std::optional<MetricsGrouping> metricsGroupingFromKey(QStringView key);
QString metricsGroupingKey(MetricsGrouping grouping);

// Where an account stood on a given day (the first day of the period's start month A):
// its journey stage, the person owning that stage (email) and the owning team, and its segment.
// "(none)" where there is nothing to attribute to.
struct AccountAttribution
{
    QString stage;
    QString owner;
    QString team;
    QString segment;
};

// The "(none)" of an AccountAttribution.
extern const QString kNoAttribution;

// The plain rows the attribution is computed from (read by MetricsLoader).
struct AttributionInput
{
    struct Account
    {
        qint64 id = 0;
        QString stage;   // accounts.stage (today's)
        QString segment; // accounts.segment, may be empty
    };
    struct StageRow
    {
        qint64 accountId = 0;
        QString stage;
        QString startedAt; // a date or timestamp; its first 10 characters are the day
    };

    std::vector<Account> accounts;
    std::vector<StageRow> stageHistory;       // any order; ties keep this order
    OwnershipTimeline owners;                 // the owner of each stage over time
};

// The attribution rule (docs/metrics.md):
// - stage on day D: the stage_history row with the latest start on or before D (compared by
//   day); if every row starts after D, the earliest row; with no row, accounts.stage.
// - owner and team of that stage on D: OwnershipTimeline::ownerOn (the ownership_history row
//   in effect on D, else today's own row, else the template's owner team); no person or no
//   team gives "(none)".
// - segment: accounts.segment, "(none)" when empty.
QHash<qint64, AccountAttribution> attributeAccounts(const AttributionInput &input, QDate day);

// Each account's group key under `grouping`.
QHash<qint64, QString> groupKeys(const QHash<qint64, AccountAttribution> &attribution,
                                 MetricsGrouping grouping);

} // namespace karvan
