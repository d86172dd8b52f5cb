// The client status report holds the core's figures for the account (health, revenue,
// tickets, tasks, journey), read back from its HTML.
#include <catch2/catch.hpp>

#include "reportfixture.h"

#include "domain/errors.h"
#include "health/healthservice.h"
#include "metrics/metricsformat.h"
#include "reports/reportbuilder.h"
#include "reports/reporthtml.h"

using namespace karvan;
using namespace karvan::reports;

TEST_CASE("the account report holds the health service's score, band and measures")
{
    test::ReportBook book;
    const QDate asOf(2026, 6, 30);
    const AccountReport r = buildAccountReport(book.f.db(), QStringLiteral("A-1"), asOf,
                                               preparedByLabel(book.f.db(), "sara@example.com"));
    const AccountHealth core = HealthService(book.f.db()).evaluate(book.a, asOf);
    REQUIRE(core.computed.score);
    CHECK(r.health.computed.score == core.computed.score);
    CHECK(r.health.band() == core.band());

    const RenderedReport out = render(r);
    const QStringList c = test::cells(out.browserHtml);
    // Each measure's row: label, weight, score, contribution, input, as the core computed them.
    for (const MeasureResult &m : core.computed.measures) {
        const qsizetype row = c.indexOf(m.label.isEmpty() ? m.key : m.label);
        INFO(m.key.toStdString());
        REQUIRE(row >= 0);
        CHECK(c.at(row + 1) == QString::number(m.weight));
        CHECK(c.at(row + 2) == (m.hasData ? QString::number(m.score, 'f', 1) : QStringLiteral("\u2013")));
        CHECK(c.at(row + 4) == m.detail);
    }
    CHECK(out.browserHtml.contains(QStringLiteral("Score 59.5")));
    CHECK(out.browserHtml.contains(bandLabel(core.band())));
    CHECK(out.browserHtml.contains(QStringLiteral("Prepared by sara &lt;sara@example.com&gt;")));
    CHECK(out.browserHtml.contains(QStringLiteral("As of 2026-06-30")));
}

TEST_CASE("the account report holds the profile, journey, revenue, open tickets and tasks")
{
    test::ReportBook book;
    const AccountReport r = buildAccountReport(book.f.db(), book.a, QDate(2026, 6, 30), QString());
    const QStringList c = test::cells(render(r).browserHtml);

    CHECK(test::valueAfter(c, "Industry") == "Logistics");
    CHECK(test::valueAfter(c, "Renewal") == "2026-08-15");
    CHECK(test::valueAfter(c, "Region") == "North");  // a custom field
    CHECK(test::valueAfter(c, "MRR (latest month)") == metricsformat::money(399000050));
    CHECK(c.contains("Roll out to the Tabriz office"));

    // Journey: six stages, the current one entered on 2026-03-02, 120 days before.
    REQUIRE(r.journey.size() == 6);
    CHECK(r.daysInStage == 120);
    CHECK(render(r).browserHtml.contains("120 days in this stage"));
    const qsizetype retention = c.indexOf(QStringLiteral("\u25b6 ") + stageLabel(Stage::Retention));
    REQUIRE(retention >= 0);
    CHECK(c.at(retention + 1) == "sara");
    CHECK(c.at(retention + 4) == "2026-03-02");

    // Revenue: the 12 months to June 2026, zero-filled; June 2025 falls outside.
    REQUIRE(r.revenue.size() == 12);
    CHECK(r.revenue.front().month == "2025-07");
    CHECK(r.revenue.front().mrr == 0);
    CHECK(r.revenue.back().month == "2026-06");
    CHECK(r.revenue.back().mrr == 399000050);
    CHECK(r.revenue.at(10).mrr == 398000000);
    CHECK(render(r).browserHtml.contains("<svg"));

    // Open on 2026-06-30: T2 (closed 07-05) and T3; T1 and T4 closed before.
    QStringList tickets;
    for (const Ticket &t : r.openTickets)
        tickets << t.extId;
    CHECK(tickets == QStringList{"T3", "T2"});
    CHECK(c.contains("T3"));
    CHECK_FALSE(c.contains("T1"));

    REQUIRE(r.openTasks.size() == 1);
    CHECK(r.openTasks.front().key == book.taskKey);
    const qsizetype task = c.indexOf("Prepare the QBR deck");
    REQUIRE(task >= 0);
    CHECK(c.at(task + 2) == "2026-07-10");
}

TEST_CASE("a Persian account's name is kept and marked to run right to left")
{
    test::ReportBook book;
    const RenderedReport out = render(buildAccountReport(book.f.db(), QStringLiteral("P-2"),
                                                         QDate(2026, 6, 30), QString()));
    CHECK(out.browserHtml.contains(QStringLiteral("<h1 dir=\"rtl\">شرکت پارس نوین</h1>")));
    CHECK(out.browserHtml.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(out.title.contains(QStringLiteral("شرکت پارس نوین")));
}

TEST_CASE("a churned account's report shows the churned band and no score")
{
    test::ReportBook book;
    const AccountReport r = buildAccountReport(book.f.db(), book.c, QDate(2026, 6, 30), QString());
    CHECK(r.health.band() == Band::Churned);
    CHECK_FALSE(r.health.computed.score);
    CHECK(render(r).browserHtml.contains("A churned account is not scored."));
}

TEST_CASE("an unknown account is refused")
{
    test::ReportBook book;
    CHECK_THROWS_AS(buildAccountReport(book.f.db(), QStringLiteral("NOPE"), QDate(2026, 6, 30), QString()),
                    DataError);
}
