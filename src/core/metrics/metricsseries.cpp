#include "metrics/metricsseries.h"

#include <algorithm>

namespace karvan {

MetricsSeries::MetricsSeries(const MetricsPeriod &period)
    : m_period(period), m_first(period.fromMonth().addMonths(-12)),
      m_months(period.monthCount() + 12)
{
}

int MetricsSeries::monthIndex(QDate month) const
{
    const int index = (month.year() - m_first.year()) * 12 + (month.month() - m_first.month());
    return (index >= 0 && index < m_months) ? index : -1;
}

qint64 MetricsSeries::value(int account, int month) const
{
    return m_mrr[size_t(account) * size_t(m_months) + size_t(month)];
}

void MetricsSeries::expectAccounts(qint64 count, qint64 maxId)
{
    if (m_accounts == 0 && maxId >= 0 && maxId <= 4 * count + 1024)
        m_denseIndex.assign(size_t(maxId) + 1, 0);
    m_mrr.reserve(size_t(std::max<qint64>(count, 0)) * size_t(m_months));
}

int MetricsSeries::accountSlot(qint64 accountId)
{
    int *dense = (accountId >= 0 && size_t(accountId) < m_denseIndex.size())
                     ? &m_denseIndex[size_t(accountId)] : nullptr;
    if (dense && *dense > 0)
        return *dense - 1;
    if (!dense) {
        const auto it = m_accountIndex.constFind(accountId);
        if (it != m_accountIndex.constEnd())
            return it.value();
    }
    const int slot = m_accounts++;
    m_mrr.resize(m_mrr.size() + size_t(m_months), 0);
    if (dense)
        *dense = slot + 1;
    else
        m_accountIndex.insert(accountId, slot);
    return slot;
}

void MetricsSeries::setMrrAt(qint64 accountId, int monthIndex, qint64 mrr)
{
    if (monthIndex < 0 || monthIndex >= m_months)
        return;
    const int slot = accountSlot(accountId);
    m_mrr[size_t(slot) * size_t(m_months) + size_t(monthIndex)] = mrr;
}

void MetricsSeries::setMrr(qint64 accountId, QDate month, qint64 mrr)
{
    if (month.isValid())
        setMrrAt(accountId, monthIndex(month), mrr);
}

void MetricsSeries::setMrr(qint64 accountId, const QString &month, qint64 mrr)
{
    setMrr(accountId, dates::parseMonth(month), mrr);
}

void MetricsSeries::addSurveys(const QString &month, const QString &kind, int score, qint64 count)
{
    m_surveys[month].addAnswers(kind, score, count);
}

std::vector<MetricsSeriesPoint> MetricsSeries::points() const
{
    std::vector<MetricsSeriesPoint> points;
    const int accounts = m_accounts;
    // Month A is at index 12; the previous month and the month 12 before are always loaded.
    for (int m = 12; m < m_months; ++m) {
        MetricsSeriesPoint p;
        p.month = dates::monthKey(m_first.addMonths(m));
        for (int a = 0; a < accounts; ++a) {
            const qint64 now = value(a, m);
            p.mrr += now;
            p.monthly.add(value(a, m - 1), now);
            p.trailing.add(value(a, m - 12), now);
        }
        p.surveys = m_surveys.value(p.month);
        points.push_back(p);
    }
    return points;
}

} // namespace karvan
