#pragma once

#include "metrics/metrics.h"
#include "metrics/metricsattribution.h"
#include "metrics/metricsperiod.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace karvan {

// The key metrics of each journey stage for a period (contract, "Stage KPIs";
// docs/metrics.md, "Stage KPIs"). Counts and sums are kept so that groups can be added;
// a rate with no denominator is nullopt, never NaN.
struct StageKpis
{
    // acquisition: accounts that entered acquisition in the period; of those, the ones that
    // entered implementation by the period's end.
    qint64 entered = 0;
    qint64 won = 0;
    // implementation: accounts that entered deployment in the period, and the days from
    // entering implementation to entering deployment of those that had entered implementation.
    qint64 wentLive = 0;
    std::vector<qint64> timeToValue;
    // deployment: accounts in deployment at the period's end; the adoption (active /
    // licensed) of those with usage.
    qint64 deploymentAccounts = 0;
    double adoptionSum = 0;
    qint64 adoptionCount = 0;
    // retention and expansion: the metric formulas over the accounts in that stage at the
    // period's start.
    RevenueMovement retention;
    SurveyTally retentionSurveys;
    RevenueMovement expansion;
    // advocacy: accounts in advocacy at any time in the period; referral interactions dated
    // in the period.
    qint64 advocacyAccounts = 0;
    qint64 referrals = 0;

    std::optional<double> conversionRate() const;
    std::optional<double> timeToValueDays() const; // the median; nullopt when none
    std::optional<double> adoption() const;        // the mean; nullopt when none
};

struct GroupStageKpis
{
    QString key;
    StageKpis kpis;
};

// The plain inputs (read by StageKpisLoader).
struct StageKpisInput
{
    struct Usage
    {
        qint64 accountId = 0;
        qint64 activeUsers = 0;
        qint64 licensedUsers = 0; // the latest usage month not after the period's end
    };
    struct Referral
    {
        qint64 accountId = 0;
        QString date;
    };

    MetricsPeriod period;
    // MRR at A and B and the period's surveys per account (MetricsLoader::loadInput).
    std::vector<AccountPeriodData> revenue;
    // Every account, its stage history and who owned each stage over time.
    AttributionInput history;
    std::vector<Usage> usage;
    std::vector<Referral> referrals; // dated in the period
};

// The portfolio's stage KPIs.
StageKpis computeStageKpis(const StageKpisInput &input);

// The same per owner (email) or per team (key) of the stage at the moment that counts
// (docs/metrics.md); "(none)" for no owner. Groups sorted by key; a group appears when it is
// attributed at least one account or referral at some stage. Only Owner and Team are allowed.
std::vector<GroupStageKpis> computeGroupedStageKpis(const StageKpisInput &input,
                                                    MetricsGrouping grouping);

// The portfolio, per owner and per team in one walk (the dashboard's three tables).
struct AllStageKpis
{
    StageKpis all;
    std::vector<GroupStageKpis> byOwner;
    std::vector<GroupStageKpis> byTeam;
};
AllStageKpis computeAllStageKpis(const StageKpisInput &input);
// The same with the attribution at the period's start already made by the caller
// (attributeAccounts(input.history, input.period.fromMonth()), as the metrics per group use it).
AllStageKpis computeAllStageKpis(const StageKpisInput &input,
                                 const QHash<qint64, AccountAttribution> &atStart);

} // namespace karvan
