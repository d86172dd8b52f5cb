#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>

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
    struct OwnerRow
    {
        qint64 accountId = 0;
        QString stage;
        QString email;     // the owning person, empty when none
        QString team;      // the owning team's key (the row's team, else the person's team)
        QString validFrom; // ownership_history.valid_from; empty for current ownership rows
    };

    std::vector<Account> accounts;
    std::vector<StageRow> stageHistory;       // any order; ties keep this order
    std::vector<OwnerRow> ownershipHistory;   // any order; ties keep this order
    std::vector<OwnerRow> currentOwnership;   // the `ownership` rows
    QHash<QString, QString> templateOwnerTeam; // stage -> the template's owner team key
};

// The attribution rule (docs/metrics.md):
// - stage on day D: the stage_history row with the latest start on or before D (compared by
//   day); if every row starts after D, the earliest row; with no row, accounts.stage.
// - owner and team of that stage on D: the ownership_history row of that stage with the
//   latest valid_from on or before D; else the earliest row for that stage; else the current
//   `ownership` row; else no owner ("(none)") and the template's owner team for that stage.
//   A row without a person gives owner "(none)"; a row without a team gives the template's.
// - segment: accounts.segment, "(none)" when empty.
QHash<qint64, AccountAttribution> attributeAccounts(const AttributionInput &input, QDate day);

// Each account's group key under `grouping`.
QHash<qint64, QString> groupKeys(const QHash<qint64, AccountAttribution> &attribution,
                                 MetricsGrouping grouping);

} // namespace karvan
