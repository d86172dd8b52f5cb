// The --by attribution rule over plain rows (docs/metrics.md).
#include <catch2/catch.hpp>

#include "metrics/metricsattribution.h"

using namespace karvan;

namespace {

AttributionInput fixture()
{
    AttributionInput in;
    in.accounts = {{1, "expansion", "enterprise"}, {2, "retention", ""},
                   {3, "deployment", "smb"}, {4, "acquisition", "smb"}};
    // Account 1 moved acquisition -> retention (2024-12-01) -> expansion (2025-06-01).
    in.stageHistory = {{1, "acquisition", "2024-01-01T09:00:00Z"},
                       {1, "retention", "2024-12-01T10:00:00Z"},
                       {1, "expansion", "2025-06-01T08:00:00Z"},
                       // Account 3's history starts after the day: the earliest row counts.
                       {3, "implementation", "2025-02-01"},
                       {3, "deployment", "2025-04-01"}};
    std::vector<OwnershipTimeline::Row> history = {
        {1, "retention", "carol@x", "sales", "2024-06-01"},
        {1, "retention", "dave@x", "customer_success", "2024-12-15T12:00:00Z"},
        {1, "retention", "erin@x", "account_management", "2025-03-01"},
        {3, "implementation", "dave@x", "customer_success", "2025-03-01"},
        {3, "implementation", "", "support", "2025-05-01"}};
    // Today account 1's retention owner is erin; account 2 has only a current row.
    std::vector<OwnershipTimeline::Row> current = {
        {1, "retention", "erin@x", "account_management", ""},
        {1, "expansion", "carol@x", "sales", ""},
        {2, "retention", "erin@x", "account_management", ""}};
    in.owners = OwnershipTimeline(std::move(history), std::move(current),
                                  {{"acquisition", "sales"}, {"retention", "customer_success"}});
    return in;
}

} // namespace

TEST_CASE("accounts are attributed to the stage and owner they had at the start month")
{
    const auto a = attributeAccounts(fixture(), QDate(2025, 1, 1));
    REQUIRE(a.size() == 4);
    // 1: stage at 2025-01-01 is retention (not today's expansion); its retention owner then
    // is dave (valid from 2024-12-15), not today's erin.
    CHECK(a[1].stage == "retention");
    CHECK(a[1].owner == "dave@x");
    CHECK(a[1].team == "customer_success");
    CHECK(a[1].segment == "enterprise");
    // 2: no history at all: today's stage and the current ownership row.
    CHECK(a[2].stage == "retention");
    CHECK(a[2].owner == "erin@x");
    CHECK(a[2].team == "account_management");
    CHECK(a[2].segment == "(none)");
    // 3: history starts after the day: earliest stage row (implementation) and the earliest
    // ownership row of that stage.
    CHECK(a[3].stage == "implementation");
    CHECK(a[3].owner == "dave@x");
    // 4: nothing: today's stage, no owner, the template's owner team.
    CHECK(a[4].stage == "acquisition");
    CHECK(a[4].owner == "(none)");
    CHECK(a[4].team == "sales");
}

TEST_CASE("a later start month picks the later history rows")
{
    const auto a = attributeAccounts(fixture(), QDate(2025, 6, 1));
    // 1: expansion started on 2025-06-01 (a timestamp that day counts); no expansion history,
    // so the current ownership row of expansion.
    CHECK(a[1].stage == "expansion");
    CHECK(a[1].owner == "carol@x");
    CHECK(a[1].team == "sales");
    // 3: deployment since 2025-04-01; no owner anywhere for deployment and no template
    // entry for it in this fixture.
    CHECK(a[3].stage == "deployment");
    CHECK(a[3].owner == "(none)");
    CHECK(a[3].team == "(none)");

    const auto b = attributeAccounts(fixture(), QDate(2025, 5, 1));
    CHECK(b[3].stage == "deployment");
    const auto c = attributeAccounts(fixture(), QDate(2025, 3, 1));
    // 3 in implementation; dave from 2025-03-01 on.
    CHECK(c[3].stage == "implementation");
    CHECK(c[3].owner == "dave@x");
}

TEST_CASE("a history row without a person has no owner but keeps its team")
{
    AttributionInput in = fixture();
    in.stageHistory.push_back({3, "implementation", "2025-05-01"});
    const auto a = attributeAccounts(in, QDate(2025, 6, 1));
    CHECK(a[3].stage == "implementation");
    CHECK(a[3].owner == "(none)");
    CHECK(a[3].team == "support");
}

TEST_CASE("group keys follow the grouping")
{
    const auto a = attributeAccounts(fixture(), QDate(2025, 1, 1));
    CHECK(groupKeys(a, MetricsGrouping::Owner).value(1) == "dave@x");
    CHECK(groupKeys(a, MetricsGrouping::Team).value(2) == "account_management");
    CHECK(groupKeys(a, MetricsGrouping::Segment).value(2) == "(none)");
    CHECK(groupKeys(a, MetricsGrouping::Stage).value(3) == "implementation");
    CHECK(metricsGroupingFromKey(u"team") == MetricsGrouping::Team);
    CHECK_FALSE(metricsGroupingFromKey(u"colour"));
    CHECK(metricsGroupingKey(MetricsGrouping::Segment) == "segment");
}
