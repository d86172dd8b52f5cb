#include "metrics/metrics.h"

#include "domain/errors.h"

#include <QMap>

#include <algorithm>
#include <numeric>

namespace karvan {

namespace {

std::optional<double> ratio(double numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / double(denominator);
}

// Money sums in minor units are exact or refused: a 64-bit sum that would wrap (three accounts
// at the largest MRR) is a clear error, never a wrong number.
void addMoney(qint64 &sum, qint64 value)
{
    if (__builtin_add_overflow(sum, value, &sum))
        throw DataError(QStringLiteral("the amounts are too large to add up exactly (a sum beyond "
                                       "92,233,720,368,547,758.07); check the revenue and costs"));
}

} // namespace

void RevenueMovement::add(qint64 mrrA, qint64 mrrB)
{
    addMoney(mrrEnd, mrrB);
    if (mrrA <= 0) {
        addMoney(newMrr, mrrB);
        return;
    }
    ++accountsStart;
    addMoney(mrrStart, mrrA);
    if (mrrB <= 0) {
        ++accountsChurned;
        addMoney(churnedMrr, mrrA);
    } else if (mrrB > mrrA) {
        addMoney(expansionMrr, mrrB - mrrA);
    } else {
        addMoney(contractionMrr, mrrA - mrrB);
    }
}

void RevenueMovement::add(const RevenueMovement &other)
{
    accountsStart += other.accountsStart;
    accountsChurned += other.accountsChurned;
    addMoney(mrrStart, other.mrrStart);
    addMoney(expansionMrr, other.expansionMrr);
    addMoney(contractionMrr, other.contractionMrr);
    addMoney(churnedMrr, other.churnedMrr);
    addMoney(newMrr, other.newMrr);
    addMoney(mrrEnd, other.mrrEnd);
}

std::optional<double> RevenueMovement::logoChurnRate() const
{
    return ratio(double(accountsChurned), accountsStart);
}

std::optional<double> RevenueMovement::nrr() const
{
    // Each sum is exact (addMoney); their difference is taken in long double, where
    // mrr_start + expansion cannot wrap as a 64-bit integer sum could.
    using Wide = long double;
    return ratio(double(Wide(mrrStart) + Wide(expansionMrr) - Wide(contractionMrr) - Wide(churnedMrr)),
                 mrrStart);
}

std::optional<double> RevenueMovement::grr() const
{
    return ratio(double(mrrStart - contractionMrr - churnedMrr), mrrStart);
}

void SurveyTally::addAnswers(const QString &kind, int score, qint64 count)
{
    if (kind == QLatin1String("nps")) {
        npsResponses += count;
        if (score >= 9)
            npsPromoters += count;
        else if (score <= 6)
            npsDetractors += count;
    } else if (kind == QLatin1String("csat")) {
        csatResponses += count;
        if (score >= 4)
            csatSatisfied += count;
    } else if (kind == QLatin1String("ces")) {
        cesResponses += count;
        cesSum += qint64(score) * count;
    }
}

void SurveyTally::add(const SurveyTally &other)
{
    npsResponses += other.npsResponses;
    npsPromoters += other.npsPromoters;
    npsDetractors += other.npsDetractors;
    csatResponses += other.csatResponses;
    csatSatisfied += other.csatSatisfied;
    cesResponses += other.cesResponses;
    cesSum += other.cesSum;
}

std::optional<double> SurveyTally::nps() const
{
    return ratio(100.0 * double(npsPromoters - npsDetractors), npsResponses);
}

std::optional<double> SurveyTally::csat() const
{
    return ratio(100.0 * double(csatSatisfied), csatResponses);
}

std::optional<double> SurveyTally::ces() const
{
    return ratio(double(cesSum), cesResponses);
}

std::optional<double> Metrics::retentionCostPerCustomer() const
{
    return ratio(double(retentionCost), activeCustomers);
}

std::optional<double> Metrics::acquisitionCostPerNewCustomer() const
{
    return ratio(double(acquisitionCost), newCustomers);
}

Metrics computeMetrics(const MetricsInput &input)
{
    Metrics m;
    for (const AccountPeriodData &a : input.accounts) {
        m.revenue.add(a.mrrStart, a.mrrEnd);
        m.activeCustomers += a.active ? 1 : 0;
        m.newCustomers += a.isNew ? 1 : 0;
        addMoney(m.retentionCost, a.retentionCost);
        addMoney(m.acquisitionCost, a.acquisitionCost);
        m.surveys.add(a.surveys);
    }
    addMoney(m.retentionCost, input.sharedRetentionCost);
    addMoney(m.acquisitionCost, input.sharedAcquisitionCost);
    return m;
}

std::vector<qint64> allocateProportionally(qint64 amount, const std::vector<qint64> &weights)
{
    std::vector<qint64> parts(weights.size(), 0);
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (total <= 0 || amount == 0)
        return parts;
    const qint64 sign = amount < 0 ? -1 : 1;
    const qint64 magnitude = amount * sign;
    // amount * w / total without overflow: (q * total + r) * w / total = q * w + r * w / total.
    const qint64 q = magnitude / total;
    const qint64 r = magnitude % total;
    std::vector<qint64> remainders(weights.size(), 0);
    qint64 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        parts[i] = q * weights[i] + (r * weights[i]) / total;
        remainders[i] = (r * weights[i]) % total;
        given += parts[i];
    }
    std::vector<size_t> order(weights.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t x, size_t y) { return remainders[x] > remainders[y]; });
    for (size_t k = 0; given < magnitude && k < order.size(); ++k, ++given)
        ++parts[order[k]];
    for (qint64 &p : parts)
        p *= sign;
    return parts;
}

std::vector<GroupMetrics> computeGroupedMetrics(const MetricsInput &input,
                                                const QHash<qint64, QString> &groupOf)
{
    const QString none = QStringLiteral("(none)");
    QMap<QString, Metrics> byKey; // sorted by key
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it)
        byKey.insert(it.value(), Metrics());
    for (const AccountPeriodData &a : input.accounts) {
        Metrics &m = byKey[groupOf.value(a.accountId, none)];
        m.revenue.add(a.mrrStart, a.mrrEnd);
        m.activeCustomers += a.active ? 1 : 0;
        m.newCustomers += a.isNew ? 1 : 0;
        addMoney(m.retentionCost, a.retentionCost);
        addMoney(m.acquisitionCost, a.acquisitionCost);
        m.surveys.add(a.surveys);
    }

    std::vector<GroupMetrics> groups;
    groups.reserve(size_t(byKey.size()));
    std::vector<qint64> active;
    std::vector<qint64> fresh;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        groups.push_back({it.key(), it.value()});
        active.push_back(it.value().activeCustomers);
        fresh.push_back(it.value().newCustomers);
    }
    const std::vector<qint64> retention = allocateProportionally(input.sharedRetentionCost, active);
    const std::vector<qint64> acquisition =
        allocateProportionally(input.sharedAcquisitionCost, fresh);
    for (size_t i = 0; i < groups.size(); ++i) {
        addMoney(groups[i].metrics.retentionCost, retention[i]);
        addMoney(groups[i].metrics.acquisitionCost, acquisition[i]);
    }
    return groups;
}

std::optional<double> accountRetentionCost(const AccountPeriodData &account,
                                           qint64 sharedRetentionCost, qint64 activeCustomers)
{
    if (activeCustomers == 0)
        return std::nullopt;
    return double(account.retentionCost) + double(sharedRetentionCost) / double(activeCustomers);
}

} // namespace karvan
