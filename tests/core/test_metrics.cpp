// Pure metric calculations (no database). Every expected number is worked out by hand from
// the contract's formulas in the comment next to it.
#include <catch2/catch.hpp>

#include "metrics/metrics.h"
#include "metrics/metricsperiod.h"
#include "metrics/metricsseries.h"

using namespace karvan;
using Catch::Detail::Approx;

namespace {

AccountPeriodData account(qint64 id, qint64 mrrA, qint64 mrrB, bool active, bool isNew = false)
{
    AccountPeriodData a;
    a.accountId = id;
    a.mrrStart = mrrA;
    a.mrrEnd = mrrB;
    a.active = active;
    a.isNew = isNew;
    return a;
}

} // namespace

TEST_CASE("periods parse YYYY-MM and allow A == B but refuse A after B")
{
    QString error;
    const auto p = MetricsPeriod::parse("2025-01", "2026-01", &error);
    REQUIRE(p);
    CHECK(p->firstDay() == "2025-01-01");
    CHECK(p->lastDay() == "2026-01-31");
    CHECK(p->dayAfter() == "2026-02-01");
    CHECK(p->monthCount() == 13);

    const auto feb = MetricsPeriod::parse("2024-02", "2024-02");
    REQUIRE(feb);
    CHECK(feb->lastDay() == "2024-02-29"); // leap year
    CHECK(feb->monthCount() == 1);

    CHECK_FALSE(MetricsPeriod::parse("2026-02", "2026-01", &error));
    CHECK(error.contains("after"));
    CHECK_FALSE(MetricsPeriod::parse("2025-13", "2026-01", &error));
    CHECK(error.contains("2025-13"));
    CHECK_FALSE(MetricsPeriod::parse("2025-1", "2026-01"));
    CHECK_FALSE(MetricsPeriod::parse("2025-01", "2026-01-05"));
    CHECK_FALSE(MetricsPeriod::parse("2025-00", "2026-01"));
    CHECK_FALSE(MetricsPeriod::parse("", "2026-01"));
}

TEST_CASE("revenue movement follows the contract for each kind of account")
{
    RevenueMovement r;
    r.add(100000, 120050); // expansion:   1,000.00 -> 1,200.50, +200.50
    r.add(50000, 45025);   // contraction: 500.00 -> 450.25, -49.75
    r.add(30000, 0);       // churn to zero
    r.add(70000, 70000);   // unchanged
    r.add(0, 25000);       // not in C (reactivation or new): new_mrr
    r.add(0, 9999);        // new in the end month
    r.add(0, 0);           // nothing

    CHECK(r.accountsStart == 4);
    CHECK(r.accountsChurned == 1);
    CHECK(r.mrrStart == 250000);       // 100000 + 50000 + 30000 + 70000
    CHECK(r.expansionMrr == 20050);    // 120050 - 100000
    CHECK(r.contractionMrr == 4975);   // 50000 - 45025
    CHECK(r.churnedMrr == 30000);
    CHECK(r.newMrr == 34999);          // 25000 + 9999
    CHECK(r.mrrEnd == 270074);         // 120050 + 45025 + 70000 + 25000 + 9999
    REQUIRE(r.logoChurnRate());
    CHECK(*r.logoChurnRate() == Approx(0.25));                       // 1 / 4
    CHECK(*r.nrr() == Approx((250000.0 + 20050 - 4975 - 30000) / 250000)); // 0.94030
    CHECK(*r.nrr() == Approx(0.9403));
    CHECK(*r.grr() == Approx(0.8601));                               // 215025 / 250000
}

TEST_CASE("an empty cohort gives null rates and never NaN")
{
    RevenueMovement r;
    r.add(0, 5000); // only a new account
    CHECK(r.accountsStart == 0);
    CHECK_FALSE(r.logoChurnRate());
    CHECK_FALSE(r.nrr());
    CHECK_FALSE(r.grr());
    CHECK(r.newMrr == 5000);

    const Metrics m = computeMetrics(MetricsInput{});
    CHECK(m.revenue.mrrEnd == 0);
    CHECK(m.activeCustomers == 0);
    CHECK_FALSE(m.retentionCostPerCustomer());
    CHECK_FALSE(m.acquisitionCostPerNewCustomer());
    CHECK_FALSE(m.surveys.nps());
    CHECK_FALSE(m.surveys.csat());
    CHECK_FALSE(m.surveys.ces());
}

TEST_CASE("survey tallies give NPS and CSAT and CES")
{
    SurveyTally t;
    for (int s : {10, 9, 9, 7, 6, 0})
        t.addAnswers("nps", s);
    t.addAnswers("csat", 5);
    t.addAnswers("csat", 4, 2);
    t.addAnswers("csat", 3);
    t.addAnswers("ces", 3);
    t.addAnswers("ces", 6);
    t.addAnswers("other", 10); // ignored
    // NPS: promoters 3, detractors 2, responses 6 -> 100 x 1 / 6
    CHECK(*t.nps() == Approx(100.0 / 6));
    // CSAT: 3 of 4 answers are 4-5 -> 75
    CHECK(*t.csat() == Approx(75.0));
    // CES: (3 + 6) / 2
    CHECK(*t.ces() == Approx(4.5));

    SurveyTally detractorsOnly;
    detractorsOnly.addAnswers("nps", 6, 4);
    CHECK(*detractorsOnly.nps() == Approx(-100.0));
}

TEST_CASE("portfolio metrics add own and shared costs and count new and active customers")
{
    MetricsInput in;
    in.accounts.push_back(account(1, 100000, 120050, true));
    in.accounts.push_back(account(2, 0, 9999, true, true));
    in.accounts.push_back(account(3, 0, 0, true, true)); // new mid-period, gone by B
    in.accounts.push_back(account(4, 0, 0, false));      // costs only, never active
    in.accounts[0].retentionCost = 10000;
    in.accounts[1].acquisitionCost = 10000;
    in.accounts[3].retentionCost = 2500;
    in.sharedRetentionCost = 8000;
    in.sharedAcquisitionCost = 30000;

    const Metrics m = computeMetrics(in);
    CHECK(m.activeCustomers == 3);
    CHECK(m.newCustomers == 2);
    CHECK(m.retentionCost == 20500);  // 10000 + 2500 + 8000 shared
    CHECK(m.acquisitionCost == 40000); // 10000 + 30000 shared
    CHECK(*m.retentionCostPerCustomer() == Approx(20500.0 / 3));
    CHECK(*m.acquisitionCostPerNewCustomer() == Approx(20000.0));

    // One account's retention cost: own + shared / active customers = 10000 + 8000 / 3.
    CHECK(*accountRetentionCost(in.accounts[0], in.sharedRetentionCost, m.activeCustomers)
          == Approx(10000.0 + 8000.0 / 3));
    CHECK_FALSE(accountRetentionCost(in.accounts[0], in.sharedRetentionCost, 0));
}

TEST_CASE("99.99 summed thousands of times stays exact to the cent")
{
    MetricsInput in;
    for (qint64 i = 0; i < 5000; ++i) {
        AccountPeriodData a = account(i, 9999, 9999, true);
        a.retentionCost = 9999;
        in.accounts.push_back(a);
    }
    const Metrics m = computeMetrics(in);
    // 5000 x 99.99 = 499,950.00 exactly
    CHECK(m.revenue.mrrStart == 49995000);
    CHECK(m.revenue.mrrEnd == 49995000);
    CHECK(m.retentionCost == 49995000);
    CHECK(*m.revenue.nrr() == 1.0);
    CHECK(*m.retentionCostPerCustomer() == 9999.0);
}

TEST_CASE("shared amounts are split by largest remainder and add up exactly")
{
    // 100 over three equal weights: 33.33 each, the spare cent to the first.
    CHECK(allocateProportionally(100, {1, 1, 1}) == std::vector<qint64>{34, 33, 33});
    // 1000 over 1:2 = 333.33 / 666.67 -> 333 / 667 (remainders 1/3 and 2/3).
    CHECK(allocateProportionally(1000, {1, 2}) == std::vector<qint64>{333, 667});
    // A group without weight gets nothing.
    CHECK(allocateProportionally(8000, {2, 0, 1, 5}) == std::vector<qint64>{2000, 0, 1000, 5000});
    CHECK(allocateProportionally(-100, {1, 1, 1}) == std::vector<qint64>{-34, -33, -33});
    CHECK(allocateProportionally(500, {0, 0}) == std::vector<qint64>{0, 0});
    // Large amounts do not overflow: 9e15 over 7 and 3.
    CHECK(allocateProportionally(9000000000000000LL, {7, 3})
          == std::vector<qint64>{6300000000000000LL, 2700000000000000LL});
}

TEST_CASE("grouped metrics put each account in its group and split shared costs")
{
    MetricsInput in;
    in.accounts.push_back(account(1, 100000, 120050, true)); // group x
    in.accounts.push_back(account(2, 30000, 0, true));       // group x, churned
    in.accounts.push_back(account(3, 50000, 45025, true));   // group y
    in.accounts.push_back(account(4, 0, 9999, true, true));  // group z, new
    in.accounts.push_back(account(5, 0, 0, false));          // not in the map: "(none)"
    in.accounts[0].retentionCost = 10000;
    in.accounts[2].surveys.addAnswers("nps", 10);
    in.accounts[4].retentionCost = 700;
    in.sharedRetentionCost = 1000; // 4 active customers: 250 each
    in.sharedAcquisitionCost = 30000;
    const QHash<qint64, QString> groupOf{{1, "x"}, {2, "x"}, {3, "y"}, {4, "z"}, {6, "w"}};

    const std::vector<GroupMetrics> groups = computeGroupedMetrics(in, groupOf);
    REQUIRE(groups.size() == 5);
    CHECK(groups[0].key == "(none)");
    CHECK(groups[1].key == "w");
    CHECK(groups[2].key == "x");
    CHECK(groups[3].key == "y");
    CHECK(groups[4].key == "z");

    const Metrics &none = groups[0].metrics;
    CHECK(none.retentionCost == 700); // own only: not active, no share
    const Metrics &w = groups[1].metrics; // an account without any data
    CHECK(w.revenue.mrrEnd == 0);
    CHECK_FALSE(w.revenue.nrr());
    const Metrics &x = groups[2].metrics;
    CHECK(x.revenue.accountsStart == 2);
    CHECK(x.revenue.accountsChurned == 1);
    CHECK(x.revenue.mrrStart == 130000);
    CHECK(*x.revenue.nrr() == Approx(120050.0 / 130000)); // (130000 + 20050 - 30000) / 130000
    CHECK(*x.revenue.grr() == Approx(100000.0 / 130000)); // (130000 - 30000) / 130000
    CHECK(x.retentionCost == 10500);               // 10000 + 1000 x 2 / 4
    CHECK(*x.retentionCostPerCustomer() == Approx(5250.0));
    const Metrics &y = groups[3].metrics;
    CHECK(y.retentionCost == 250);                 // 1000 x 1 / 4
    CHECK(*y.surveys.nps() == Approx(100.0));
    const Metrics &z = groups[4].metrics;
    CHECK(z.newCustomers == 1);
    CHECK(z.acquisitionCost == 30000);             // the only new customer takes it all
    CHECK(z.revenue.newMrr == 9999);

    qint64 retention = 0;
    for (const GroupMetrics &g : groups)
        retention += g.metrics.retentionCost;
    CHECK(retention == computeMetrics(in).retentionCost); // 10000 + 700 + 1000
}

TEST_CASE("the monthly series compares each month with the previous one and 12 months back")
{
    const MetricsPeriod period(QDate(2025, 1, 1), QDate(2025, 3, 1));
    MetricsSeries s(period);
    CHECK(s.firstLoadedMonth() == QDate(2024, 1, 1));
    // x1: 1000 in 2024-01 and 2024-12, 1100 in 2025-01 and 2025-02, gone in 2025-03
    s.setMrr(1, "2024-01", 1000);
    s.setMrr(1, "2024-12", 1000);
    s.setMrr(1, "2025-01", 1100);
    s.setMrr(1, "2025-02", 1100);
    // x2: new in 2025-02 with 300, 400 in 2025-03
    s.setMrr(2, "2025-02", 300);
    s.setMrr(2, "2025-03", 400);
    // x3: 200 in 2024-02 and 2025-01, 150 after
    s.setMrr(3, "2024-02", 200);
    s.setMrr(3, "2025-01", 200);
    s.setMrr(3, "2025-02", 150);
    s.setMrr(3, "2025-03", 150);
    s.setMrr(3, "2023-12", 999); // before the loaded range: ignored
    s.setMrr(3, "2025-04", 999); // after B: ignored
    s.addSurveys("2025-02", "nps", 10, 1);
    s.addSurveys("2025-02", "nps", 3, 1);
    s.addSurveys("2025-03", "nps", 9, 1);

    const std::vector<MetricsSeriesPoint> p = s.points();
    REQUIRE(p.size() == 3);

    // 2025-01: mrr 1100 + 200; vs 2024-12: x1 1000 -> 1100 (+100), x3 0 -> 200 (new)
    CHECK(p[0].month == "2025-01");
    CHECK(p[0].mrr == 1300);
    CHECK(p[0].monthly.expansionMrr == 100);
    CHECK(p[0].monthly.newMrr == 200);
    CHECK(p[0].monthly.accountsStart == 1);
    CHECK(*p[0].logoChurnRate() == 0.0);
    // trailing vs 2024-01: only x1 in C: 1000 -> 1100: NRR 1.1, GRR 1.0
    CHECK(*p[0].trailingNrr() == Approx(1.1));
    CHECK(*p[0].trailingGrr() == Approx(1.0));
    CHECK_FALSE(p[0].nps());

    // 2025-02: 1100 + 300 + 150; x2 new 300, x3 contraction 50
    CHECK(p[1].mrr == 1550);
    CHECK(p[1].monthly.newMrr == 300);
    CHECK(p[1].monthly.contractionMrr == 50);
    CHECK(p[1].monthly.accountsStart == 2);
    // trailing vs 2024-02: only x3 in C, 200 -> 150: NRR = GRR = 0.75
    CHECK(*p[1].trailingNrr() == Approx(0.75));
    CHECK(*p[1].trailingGrr() == Approx(0.75));
    CHECK(*p[1].nps() == Approx(0.0)); // (1 - 1) / 2

    // 2025-03: 0 + 400 + 150; x1 churned 1100, x2 +100; logo churn 1 / 3
    CHECK(p[2].mrr == 550);
    CHECK(p[2].monthly.churnedMrr == 1100);
    CHECK(p[2].monthly.expansionMrr == 100);
    CHECK(p[2].monthly.accountsChurned == 1);
    CHECK(*p[2].logoChurnRate() == Approx(1.0 / 3));
    // trailing vs 2024-03: nobody had MRR then: no cohort, null NRR
    CHECK_FALSE(p[2].trailingNrr());
    CHECK(p[2].trailing.newMrr == 550);
    CHECK(*p[2].nps() == Approx(100.0));
}
