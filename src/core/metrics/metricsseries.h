#pragma once

#include "metrics/metrics.h"
#include "metrics/metricsperiod.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace karvan {

// One month of the monthly series (for charts and `metrics --series`).
struct MetricsSeriesPoint
{
    QString month;             // `YYYY-MM`
    qint64 mrr = 0;            // sum of all accounts' MRR in the month
    RevenueMovement monthly;   // the contract's formulas with A = previous month, B = month
    RevenueMovement trailing;  // the contract's formulas with A = month - 12, B = month
    SurveyTally surveys;       // surveys dated in the month

    std::optional<double> trailingNrr() const { return trailing.nrr(); }
    std::optional<double> trailingGrr() const { return trailing.grr(); }
    std::optional<double> logoChurnRate() const { return monthly.logoChurnRate(); }
    std::optional<double> nps() const { return surveys.nps(); }
};

// The input of the series: every account's MRR from 12 months before A up to B, plus the
// surveys per month of the period. Feed it, then call points().
class MetricsSeries
{
public:
    explicit MetricsSeries(const MetricsPeriod &period);

    // The first and last month whose MRR is needed (A - 12 and B).
    QDate firstLoadedMonth() const { return m_first; }
    QDate lastLoadedMonth() const { return m_period.toMonth(); }

    // The loaded months by index: 0 is A - 12, loadedMonthCount() - 1 is B.
    int loadedMonthCount() const { return m_months; }
    QDate loadedMonth(int index) const { return m_first.addMonths(index); }

    // Sizes the account index for ids up to maxId (an optimisation for dense ids; optional).
    void expectAccounts(qint64 count, qint64 maxId);
    // Sets an account's MRR in a month; months outside the loaded range are ignored.
    void setMrrAt(qint64 accountId, int monthIndex, qint64 mrr);
    void setMrr(qint64 accountId, QDate month, qint64 mrr);
    void setMrr(qint64 accountId, const QString &month, qint64 mrr);
    // Adds survey answers dated in `month` (`YYYY-MM`).
    void addSurveys(const QString &month, const QString &kind, int score, qint64 count);

    // One point per month from A to B, in order.
    std::vector<MetricsSeriesPoint> points() const;

private:
    int monthIndex(QDate month) const;
    int accountSlot(qint64 accountId);
    qint64 value(int account, int month) const;

    MetricsPeriod m_period;
    QDate m_first;
    int m_months = 0;                 // loaded months, A - 12 .. B
    int m_accounts = 0;
    std::vector<int> m_denseIndex;    // account id -> slot + 1 (0: none), for dense ids
    QHash<qint64, int> m_accountIndex; // the other ids
    std::vector<qint64> m_mrr;        // account-major, m_months per account
    QHash<QString, SurveyTally> m_surveys;
};

} // namespace karvan
