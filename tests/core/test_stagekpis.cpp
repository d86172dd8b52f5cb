// The stage KPIs over plain rows, every figure worked out by hand (docs/metrics.md,
// "Stage KPIs"). Period 2025-01 .. 2025-03: days 2025-01-01 .. 2025-03-31.
#include <catch2/catch.hpp>

#include "metrics/stagekpis.h"
#include "metrics/stagekpisformat.h"

#include <QJsonObject>

#include <cmath>

using namespace karvan;
using Catch::Detail::Approx;

namespace {

// 1 acquisition 2025-01-10 (sam, sales) -> implementation 2025-02-01 (cara) -> deployment
//   2025-03-03 (cara): entered, won; went live after 30 days; in deployment at the end,
//   usage 2025-03 6/10 = 0.6.
// 2 acquisition 2025-02-15 (tom, marketing), still there: entered, not won.
// 3 acquisition 2024-12-20, implementation 2025-01-05 (dan), deployment 2025-01-25 (no owner
//   row: template team customer_success): not entered in the period; went live after 20 days;
//   usage 2025-02 3/4 = 0.75 (2025-04 is after the end and ignored).
// 9 deployment today, no stage history, no usage (cara): in deployment, no adoption.
// 4 retention since 2024-06-01 (rita): MRR 1000.00 -> 800.00; NPS 10, 9, 3.
// 5 retention since 2024-01-01: rita, then dan from 2025-01-15 (rita at the start);
//   MRR 500.00 -> 0: churned.
//   retention: accounts_start 2, logo churn 1/2, GRR (1500 - 200 - 500) / 1500 = 0.5333,
//   NPS 100 x (2 - 1) / 3 = 33.33.
// 6 expansion since 2024-10-01 (eve, sales): MRR 200.00 -> 300.00: expansion 100.00, NRR 1.5.
// 8 expansion since 2024-11-01 (eve) with no MRR, advocacy from 2025-03-15 (no owner row:
//   template team marketing); a referral on 2025-03-20.
// 7 advocacy since 2024-05-01 (pat, marketing); referrals 2025-02-10 (in), 2024-12-31 (out,
//   not given: the loader reads the period only).
StageKpisInput stageKpisFixture()
{
    StageKpisInput in;
    in.period = *MetricsPeriod::parse("2025-01", "2025-03");
    in.history.accounts = {{1, "deployment", ""},  {2, "acquisition", ""}, {3, "deployment", ""},
                           {4, "retention", ""},   {5, "retention", ""},   {6, "expansion", ""},
                           {7, "advocacy", ""},    {8, "advocacy", ""},    {9, "deployment", ""}};
    in.history.stageHistory = {
        {1, "acquisition", "2025-01-10T09:00:00Z"}, {1, "implementation", "2025-02-01"},
        {1, "deployment", "2025-03-03T10:00:00Z"},  {2, "acquisition", "2025-02-15"},
        {3, "acquisition", "2024-12-20"},           {3, "implementation", "2025-01-05"},
        {3, "deployment", "2025-01-25"},            {4, "retention", "2024-06-01"},
        {5, "retention", "2024-01-01"},             {6, "expansion", "2024-10-01"},
        {7, "advocacy", "2024-05-01"},              {8, "expansion", "2024-11-01"},
        {8, "advocacy", "2025-03-15"}};
    std::vector<OwnershipTimeline::Row> history = {
        {1, "acquisition", "sam@x", "sales", "2025-01-10"},
        {2, "acquisition", "tom@x", "marketing", "2025-02-15"},
        {3, "implementation", "dan@x", "customer_success", "2025-01-05"},
        {5, "retention", "rita@x", "account_management", "2024-01-01"},
        {5, "retention", "dan@x", "customer_success", "2025-01-15"}};
    std::vector<OwnershipTimeline::Row> current = {
        {1, "implementation", "cara@x", "customer_success", ""},
        {1, "deployment", "cara@x", "customer_success", ""},
        {9, "deployment", "cara@x", "customer_success", ""},
        {4, "retention", "rita@x", "account_management", ""},
        {6, "expansion", "eve@x", "sales", ""},
        {8, "expansion", "eve@x", "sales", ""},
        {7, "advocacy", "pat@x", "marketing", ""}};
    in.history.owners = OwnershipTimeline(
        std::move(history), std::move(current),
        {{"deployment", "customer_success"}, {"advocacy", "marketing"}});

    auto revenue = [&](qint64 id, qint64 a, qint64 b) {
        AccountPeriodData d;
        d.accountId = id;
        d.mrrStart = a;
        d.mrrEnd = b;
        d.active = a > 0 || b > 0;
        return d;
    };
    AccountPeriodData four = revenue(4, 100000, 80000);
    four.surveys.addAnswers("nps", 10);
    four.surveys.addAnswers("nps", 9);
    four.surveys.addAnswers("nps", 3);
    in.revenue = {four, revenue(5, 50000, 0), revenue(6, 20000, 30000)};
    in.usage = {{1, 6, 10}, {3, 3, 4}};
    in.referrals = {{7, "2025-02-10"}, {8, "2025-03-20"}};
    return in;
}

const GroupStageKpis &groupOf(const std::vector<GroupStageKpis> &groups, const QString &key)
{
    for (const GroupStageKpis &g : groups) {
        if (g.key == key)
            return g;
    }
    FAIL("no group " << key.toStdString());
    return groups.front();
}

} // namespace

TEST_CASE("acquisition counts entries in the period and the ones won by its end")
{
    const StageKpis k = computeStageKpis(stageKpisFixture());
    CHECK(k.entered == 2);
    CHECK(k.won == 1);
    REQUIRE(k.conversionRate());
    CHECK(*k.conversionRate() == Approx(0.5));
}

TEST_CASE("implementation counts go-lives and the median days from implementation")
{
    const StageKpis k = computeStageKpis(stageKpisFixture());
    CHECK(k.wentLive == 2);
    REQUIRE(k.timeToValueDays());
    CHECK(*k.timeToValueDays() == Approx(25.0)); // median of 30 and 20
}

TEST_CASE("the time to value is the middle value of an odd count")
{
    StageKpis k;
    k.timeToValue = {40, 3, 12};
    CHECK(*k.timeToValueDays() == Approx(12.0));
}

TEST_CASE("deployment counts accounts there at the end and their mean adoption")
{
    const StageKpis k = computeStageKpis(stageKpisFixture());
    CHECK(k.deploymentAccounts == 3); // 1, 3 and 9 (no history: today's stage)
    REQUIRE(k.adoption());
    CHECK(*k.adoption() == Approx(0.675)); // 9 has no usage
}

TEST_CASE("retention applies the metric formulas to the accounts there at the start")
{
    const StageKpis k = computeStageKpis(stageKpisFixture());
    CHECK(k.retention.accountsStart == 2);
    CHECK(*k.retention.logoChurnRate() == Approx(0.5));
    CHECK(*k.retention.grr() == Approx(800.0 / 1500.0));
    CHECK(*k.retentionSurveys.nps() == Approx(100.0 / 3.0));
}

TEST_CASE("expansion applies the metric formulas to the accounts there at the start")
{
    const StageKpis k = computeStageKpis(stageKpisFixture());
    CHECK(k.expansion.accountsStart == 1); // 8 has no MRR at A
    CHECK(k.expansion.expansionMrr == 10000);
    CHECK(*k.expansion.nrr() == Approx(1.5));
}

TEST_CASE("advocacy counts accounts there at any time and the period's referrals")
{
    const StageKpis k = computeStageKpis(stageKpisFixture());
    CHECK(k.advocacyAccounts == 2);
    CHECK(k.referrals == 2);
}

TEST_CASE("each stage is attributed to its owner at the moment that counts")
{
    const std::vector<GroupStageKpis> g
        = computeGroupedStageKpis(stageKpisFixture(), MetricsGrouping::Owner);
    QStringList keys;
    for (const GroupStageKpis &x : g)
        keys << x.key;
    CHECK(keys == QStringList{"(none)", "cara@x", "dan@x", "eve@x", "pat@x", "rita@x", "sam@x",
                              "tom@x"});

    const StageKpis &sam = groupOf(g, "sam@x").kpis;
    CHECK(sam.entered == 1);
    CHECK(*sam.conversionRate() == Approx(1.0));
    const StageKpis &tom = groupOf(g, "tom@x").kpis;
    CHECK(tom.entered == 1);
    CHECK(*tom.conversionRate() == Approx(0.0));

    const StageKpis &cara = groupOf(g, "cara@x").kpis;
    CHECK(cara.wentLive == 1);
    CHECK(*cara.timeToValueDays() == Approx(30.0));
    CHECK(cara.deploymentAccounts == 2);
    CHECK(*cara.adoption() == Approx(0.6));
    const StageKpis &dan = groupOf(g, "dan@x").kpis;
    CHECK(dan.wentLive == 1);
    CHECK(*dan.timeToValueDays() == Approx(20.0));
    // dan took account 5's retention over after the start: rita keeps it.
    CHECK(dan.retention.accountsStart == 0);
    const StageKpis &rita = groupOf(g, "rita@x").kpis;
    CHECK(rita.retention.accountsStart == 2);
    CHECK(*rita.retention.grr() == Approx(800.0 / 1500.0));

    const StageKpis &none = groupOf(g, "(none)").kpis;
    CHECK(none.deploymentAccounts == 1);
    CHECK(*none.adoption() == Approx(0.75));
    CHECK(none.advocacyAccounts == 1);
    CHECK(none.referrals == 1);
    const StageKpis &pat = groupOf(g, "pat@x").kpis;
    CHECK(pat.advocacyAccounts == 1);
    CHECK(pat.referrals == 1);
}

TEST_CASE("per team the owning person's team or else the template's team counts")
{
    const auto g = computeGroupedStageKpis(stageKpisFixture(), MetricsGrouping::Team);
    REQUIRE(g.size() == 4);
    const StageKpis &cs = groupOf(g, "customer_success").kpis;
    CHECK(cs.wentLive == 2);
    CHECK(*cs.timeToValueDays() == Approx(25.0));
    CHECK(cs.deploymentAccounts == 3);
    const StageKpis &marketing = groupOf(g, "marketing").kpis;
    CHECK(marketing.entered == 1);
    CHECK(marketing.advocacyAccounts == 2);
    CHECK(marketing.referrals == 2);
    CHECK(groupOf(g, "sales").kpis.won == 1);
    CHECK(groupOf(g, "account_management").kpis.retention.accountsStart == 2);
}

TEST_CASE("an empty group has zero counts and null rates, never NaN")
{
    const auto g = computeGroupedStageKpis(stageKpisFixture(), MetricsGrouping::Owner);
    const StageKpis &sam = groupOf(g, "sam@x").kpis;
    CHECK_FALSE(sam.timeToValueDays());
    CHECK_FALSE(sam.adoption());
    CHECK_FALSE(sam.retention.logoChurnRate());
    CHECK_FALSE(sam.retention.grr());
    CHECK_FALSE(sam.retentionSurveys.nps());
    CHECK_FALSE(sam.expansion.nrr());
    const QJsonObject json = stagekpisformat::stagesJson(sam);
    CHECK(json["implementation"].toObject()["time_to_value_days"].isNull());
    CHECK(json["deployment"].toObject()["adoption"].isNull());
    CHECK(json["retention"].toObject()["grr"].isNull());
    CHECK(json["retention"].toObject()["nps"].isNull());
    CHECK(json["expansion"].toObject()["nrr"].isNull());
    CHECK(json["expansion"].toObject()["expansion_mrr"].toDouble() == 0.0);
    CHECK(stagekpisformat::text(sam, "retention", "grr") == "n/a");

    StageKpisInput nothing;
    nothing.period = *MetricsPeriod::parse("2025-01", "2025-03");
    const StageKpis k = computeStageKpis(nothing);
    CHECK(k.entered == 0);
    CHECK_FALSE(k.conversionRate());
    CHECK(computeGroupedStageKpis(nothing, MetricsGrouping::Owner).empty());
}

TEST_CASE("the JSON of a stage lists the contract's keys with money in major units")
{
    const QJsonObject s = stagekpisformat::stagesJson(computeStageKpis(stageKpisFixture()));
    CHECK(s.keys() == QStringList{"acquisition", "advocacy", "deployment", "expansion",
                                  "implementation", "retention"});
    CHECK(s["acquisition"].toObject().keys() == QStringList{"conversion_rate", "entered", "won"});
    CHECK(s["expansion"].toObject()["expansion_mrr"].toDouble() == 100.0);
    CHECK(s["retention"].toObject()["nps"].toDouble() == Approx(100.0 / 3.0));
    CHECK(s["implementation"].toObject()["time_to_value_days"].toDouble() == 25.0);
}

TEST_CASE("one walk gives the portfolio, per owner and per team as the separate calls do")
{
    const StageKpisInput in = stageKpisFixture();
    const AllStageKpis all = computeAllStageKpis(in);
    const QJsonObject portfolio = stagekpisformat::stagesJson(computeStageKpis(in));
    CHECK(stagekpisformat::stagesJson(all.all) == portfolio);
    for (const auto &[grouping, groups] : {std::pair{MetricsGrouping::Owner, &all.byOwner},
                                           std::pair{MetricsGrouping::Team, &all.byTeam}}) {
        const std::vector<GroupStageKpis> separate = computeGroupedStageKpis(in, grouping);
        REQUIRE(separate.size() == groups->size());
        for (size_t i = 0; i < separate.size(); ++i) {
            CHECK(separate[i].key == (*groups)[i].key);
            CHECK(stagekpisformat::stagesJson(separate[i].kpis)
                  == stagekpisformat::stagesJson((*groups)[i].kpis));
        }
    }
}
