#pragma once

#include "metrics/metricsperiod.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace karvan {

// The portfolio metrics of the contract ("Metric formulas"), computed over plain data.
// Money is integer minor units (1/100 of the major unit) throughout; only the output
// converts. A rate whose denominator is 0 is std::nullopt, never NaN.

// The revenue movement between two months A and B of a set of accounts.
struct RevenueMovement
{
    qint64 accountsStart = 0;   // |C|, C = accounts with MRR(A) > 0
    qint64 accountsChurned = 0; // in C with MRR(B) = 0
    qint64 mrrStart = 0;        // sum over C of MRR(A)
    qint64 expansionMrr = 0;    // in C with MRR(B) > 0: max(0, MRR(B) - MRR(A))
    qint64 contractionMrr = 0;  // in C with MRR(B) > 0: max(0, MRR(A) - MRR(B))
    qint64 churnedMrr = 0;      // in C with MRR(B) = 0: MRR(A)
    qint64 newMrr = 0;          // sum of MRR(B) over accounts not in C
    qint64 mrrEnd = 0;          // sum of all MRR(B)

    // Adds one account with MRR(A) = mrrA and MRR(B) = mrrB.
    void add(qint64 mrrA, qint64 mrrB);
    void add(const RevenueMovement &other);

    std::optional<double> logoChurnRate() const;
    std::optional<double> nrr() const;
    std::optional<double> grr() const;
};

// Survey answers counted the way the formulas need them.
struct SurveyTally
{
    qint64 npsResponses = 0;
    qint64 npsPromoters = 0;  // 9-10
    qint64 npsDetractors = 0; // 0-6
    qint64 csatResponses = 0;
    qint64 csatSatisfied = 0; // 4-5
    qint64 cesResponses = 0;
    qint64 cesSum = 0;

    // Adds `count` answers of `kind` (`nps`, `csat`, `ces`) with the given score; another
    // kind is ignored.
    void addAnswers(const QString &kind, int score, qint64 count = 1);
    void add(const SurveyTally &other);

    std::optional<double> nps() const;  // 100 x (promoters - detractors) / responses
    std::optional<double> csat() const; // 100 x satisfied / responses
    std::optional<double> ces() const;  // mean score
};

// One account's inputs for a period.
struct AccountPeriodData
{
    qint64 accountId = 0;
    qint64 mrrStart = 0;       // MRR in month A (0 when there is no row)
    qint64 mrrEnd = 0;         // MRR in month B
    bool active = false;       // MRR > 0 in at least one month from A to B
    bool isNew = false;        // its first month with MRR > 0 ever is after A, not after B
    qint64 retentionCost = 0;  // its own costs in the period, category not `acquisition`
    qint64 acquisitionCost = 0; // its own `acquisition` costs in the period
    SurveyTally surveys;       // its surveys dated in the period
};

struct MetricsInput
{
    MetricsPeriod period;
    std::vector<AccountPeriodData> accounts;
    qint64 sharedRetentionCost = 0;   // costs without an account, not `acquisition`
    qint64 sharedAcquisitionCost = 0; // `acquisition` costs without an account
};

struct Metrics
{
    RevenueMovement revenue;
    qint64 activeCustomers = 0;
    qint64 retentionCost = 0;
    qint64 acquisitionCost = 0;
    qint64 newCustomers = 0;
    SurveyTally surveys;

    // In minor units (a fraction of a cent is kept).
    std::optional<double> retentionCostPerCustomer() const;
    std::optional<double> acquisitionCostPerNewCustomer() const;
};

struct GroupMetrics
{
    QString key;
    Metrics metrics;
};

// The portfolio's metrics.
Metrics computeMetrics(const MetricsInput &input);

// The same metrics per group. groupOf maps an account id to its group's key; an account not
// in it belongs to "(none)". Every key in groupOf gets a group, sorted by key. Own costs and
// surveys go to the account's group. Shared retention costs are allocated to a group in
// proportion to its active customers (the contract's per-account rule, shared /
// active_customers per active customer) and shared acquisition costs in proportion to its new
// customers; the whole cents are split by the largest-remainder method so that the groups add
// up exactly to the portfolio's totals. With no active (new) customers at all, shared
// retention (acquisition) costs stay unallocated.
std::vector<GroupMetrics> computeGroupedMetrics(const MetricsInput &input,
                                                const QHash<qint64, QString> &groupOf);

// One account's retention cost in the period, in minor units: its own costs plus the shared
// costs divided by the portfolio's active customers. nullopt when there are no active
// customers.
std::optional<double> accountRetentionCost(const AccountPeriodData &account,
                                           qint64 sharedRetentionCost, qint64 activeCustomers);

// Splits `amount` over parts with the given weights, in proportion, by the largest-remainder
// method: the parts are whole units and add up to `amount` exactly (ties go to the earlier
// part). All zero weights: every part is 0.
std::vector<qint64> allocateProportionally(qint64 amount, const std::vector<qint64> &weights);

} // namespace karvan
