// The portfolio report holds the core's figures for the period: metrics, bands, risk.
#include <catch2/catch.hpp>

#include "reportfixture.h"

#include "domain/errors.h"
#include "health/healthservice.h"
#include "metrics/metricsformat.h"
#include "metrics/metricsloader.h"
#include "metrics/stagekpisformat.h"
#include "metrics/stagekpisloader.h"
#include "rules/signalrules.h"

#include <QSet>
#include "reports/reportbuilder.h"
#include "reports/reporthtml.h"

using namespace karvan;
using namespace karvan::reports;

namespace {

PortfolioScope scope(const QString &team = QString(), const QString &owner = QString())
{
    return {*MetricsPeriod::parse("2026-01", "2026-06"), team, owner};
}

int count(const PortfolioReport &r, Band band)
{
    for (const auto &b : r.bands) {
        if (b.first == band)
            return b.second;
    }
    return -1;
}

} // namespace

TEST_CASE("the portfolio report holds the period's metrics and the health distribution")
{
    test::ReportBook book;
    const PortfolioReport r = buildPortfolioReport(book.f.db(), scope(), QString(), QDate(2026, 11, 30));
    CHECK(r.stamp.asOf == QDate(2026, 6, 30));  // the period's last day
    const Metrics core = MetricsLoader(book.f.db()).metrics(scope().period);
    CHECK(r.metrics.revenue.mrrEnd == core.revenue.mrrEnd);
    CHECK(r.metrics.revenue.mrrEnd == 399000050 + 120000);
    CHECK(r.metrics.activeCustomers == core.activeCustomers);

    const std::vector<AccountHealth> health = HealthService(book.f.db()).evaluateAll(r.stamp.asOf);
    int yellow = 0, red = 0, churned = 0;
    for (const AccountHealth &h : health) {
        yellow += h.band() == Band::Yellow;
        red += h.band() == Band::Red;
        churned += h.band() == Band::Churned;
    }
    CHECK(count(r, Band::Yellow) == yellow);
    CHECK(count(r, Band::Red) == red);
    CHECK(count(r, Band::Churned) == churned);
    CHECK(churned == 1);
    CHECK(r.accounts == 3);

    const QStringList c = test::cells(render(r).browserHtml);
    CHECK(test::valueAfter(c, "MRR at the end (2026-06)") == metricsformat::money(core.revenue.mrrEnd));
    CHECK(test::valueAfter(c, "Net revenue retention") == metricsformat::percent(core.revenue.nrr()));
    CHECK(test::valueAfter(c, "Active customers") == QString::number(core.activeCustomers));
}

TEST_CASE("the accounts at risk are those the red, renewal and silent rules find")
{
    test::ReportBook book;
    const PortfolioReport r = buildPortfolioReport(book.f.db(), scope(), QString(), QDate(2026, 11, 30));
    QSet<QString> ids;
    for (const RiskAccount &a : r.atRisk)
        ids.insert(a.extId);
    QSet<QString> fired;
    for (const SignalHit &h : SignalRules(book.f.db()).evaluate(r.stamp.asOf, {"red", "renewal", "silent"}))
        fired.insert(h.accountKey);
    CHECK(ids == fired);
    // A-1 renews on 2026-08-15 (46 days after 06-30) and was last contacted 45 days before;
    // P-2 is silent since January; the churned C-3 is no longer at risk.
    CHECK(ids == QSet<QString>{"A-1", "P-2"});
    for (const RiskAccount &a : r.atRisk) {
        if (a.extId == "A-1") {
            CHECK(a.renewingSoon);
            CHECK(a.silent == (45 >= r.thresholds.silentDays));
            CHECK(a.silentDays == 45);
            CHECK_FALSE(a.red);
        }
        if (a.extId == "P-2") {
            CHECK(a.silent);
            CHECK(a.silentDays == 176);
        }
    }
    const QString html = render(r).browserHtml;
    CHECK(html.contains(QStringLiteral("renewing within %1 days").arg(r.thresholds.renewalDays)));
}

TEST_CASE("the portfolio report holds the period's stage KPIs")
{
    test::ReportBook book;
    const PortfolioReport r = buildPortfolioReport(book.f.db(), scope(), QString(), QDate(2026, 11, 30));
    const StageKpis core = StageKpisLoader(book.f.db()).kpis(scope().period);
    const QStringList c = test::cells(render(r).browserHtml);
    const qsizetype table = c.indexOf(stageLabel(Stage::Acquisition));
    REQUIRE(table >= 0);
    for (Stage stage : kAllStages) {
        const QString key = stageKey(stage);
        const qsizetype first = c.indexOf(stageLabel(stage), table);  // the stage's first row
        REQUIRE(first >= 0);
        for (const QString &k : stagekpisformat::stageKeys(key)) {
            INFO(k.toStdString());
            const qsizetype row = c.indexOf(stagekpisformat::label(key, k), first);
            REQUIRE(row >= 0);
            CHECK(c.at(row + 1) == stagekpisformat::text(core, key, k));
        }
    }
}

TEST_CASE("a team or owner narrows the portfolio to the accounts it owns")
{
    test::ReportBook book;
    const PortfolioReport team = buildPortfolioReport(book.f.db(), scope("account_management"), QString(),
                                                      QDate(2026, 11, 30));
    CHECK(team.accounts == 1);
    REQUIRE(team.atRisk.size() == 1);
    CHECK(team.atRisk.front().extId == "P-2");
    CHECK(team.scopeLabel.startsWith("Team: "));

    const PortfolioReport owner = buildPortfolioReport(book.f.db(), scope({}, "sara@example.com"), QString(),
                                                       QDate(2026, 11, 30));
    CHECK(owner.accounts == 2);  // A-1 and the churned C-3
    CHECK(owner.activeAccounts == 1);
    for (const OwnerLoad &l : owner.load)
        CHECK(l.email == "sara@example.com");

    CHECK_THROWS_AS(buildPortfolioReport(book.f.db(), scope("no_such_team"), QString()), DataError);
    CHECK_THROWS_AS(buildPortfolioReport(book.f.db(), scope({}, "nobody@example.com"), QString()), DataError);
}
