// The metrics read from a real database (schema by Database, rows by bound SQL). The expected
// figures are worked out by hand in test_metricsfixture.h.
#include <catch2/catch.hpp>

#include "storage/database.h"
#include "metrics/metricsloader.h"
#include "storage/transaction.h"

#include "test_metricsfixture.h"

#include <QTemporaryDir>

using namespace karvan;
using namespace karvan::testing;
using Catch::Detail::Approx;

namespace {

MetricsPeriod period(const char *from, const char *to)
{
    const auto p = MetricsPeriod::parse(from, to);
    REQUIRE(p);
    return *p;
}

const GroupMetrics &group(const std::vector<GroupMetrics> &groups, const QString &key)
{
    for (const GroupMetrics &g : groups) {
        if (g.key == key)
            return g;
    }
    FAIL("no group " << key.toStdString());
    return groups.front();
}

} // namespace

TEST_CASE("the loader computes the contract's metrics for the fixture portfolio")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    insertMetricsFixture(db.connection());
    const Metrics m = MetricsLoader(db.connection()).metrics(period("2025-01", "2026-01"));

    CHECK(m.revenue.accountsStart == 5);
    CHECK(m.revenue.accountsChurned == 2);
    CHECK(*m.revenue.logoChurnRate() == Approx(0.4));
    CHECK(m.revenue.mrrStart == 270000);
    CHECK(m.revenue.expansionMrr == 20050);
    CHECK(m.revenue.contractionMrr == 4975);
    CHECK(m.revenue.churnedMrr == 50000);
    CHECK(*m.revenue.nrr() == Approx(235075.0 / 270000)); // 0.87065
    CHECK(*m.revenue.grr() == Approx(215025.0 / 270000)); // 0.79639
    CHECK(m.revenue.newMrr == 34999);   // a5 reactivated 250.00 + a6 new 99.99
    CHECK(m.revenue.mrrEnd == 270074);
    CHECK(m.activeCustomers == 8);
    CHECK(m.newCustomers == 2);         // a6, a7; not a5 (MRR before A)
    CHECK(m.retentionCost == 23050);
    CHECK(*m.retentionCostPerCustomer() == Approx(2881.25));
    CHECK(m.acquisitionCost == 40000);
    CHECK(*m.acquisitionCostPerNewCustomer() == Approx(20000.0));
    CHECK(*m.surveys.nps() == Approx(100.0 / 6));
    CHECK(*m.surveys.csat() == Approx(200.0 / 3));
    CHECK(*m.surveys.ces() == Approx(4.5));
}

TEST_CASE("the loader's per-account inputs mark reactivation and new accounts")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    const auto id = insertMetricsFixture(db.connection());
    const MetricsInput in = MetricsLoader(db.connection()).loadInput(period("2025-01", "2026-01"));
    QHash<qint64, AccountPeriodData> byId;
    for (const AccountPeriodData &a : in.accounts)
        byId.insert(a.accountId, a);

    const AccountPeriodData a5 = byId.value(id["a5"]);
    CHECK(a5.active);
    CHECK_FALSE(a5.isNew);
    CHECK(a5.mrrStart == 0);
    CHECK(a5.mrrEnd == 25000);
    CHECK(byId.value(id["a6"]).isNew);
    CHECK(byId.value(id["a7"]).isNew);
    CHECK_FALSE(byId.value(id["a7"]).mrrEnd);
    CHECK_FALSE(byId.contains(id["a8"]));
    CHECK_FALSE(byId.contains(id["a9"]));
    CHECK(in.sharedRetentionCost == 8000);
    CHECK(in.sharedAcquisitionCost == 30000);
    // One account's retention cost: a1's own 100.00 + 80.00 / 8 active customers = 110.00
    CHECK(*accountRetentionCost(byId.value(id["a1"]), in.sharedRetentionCost, 8) == 11000.0);
    const MetricsLoader loader(db.connection());
    CHECK(*loader.accountRetentionCost(period("2025-01", "2026-01"), id["a1"]) == 11000.0);
    // a8 has no costs: only its share, 80.00 / 8 = 10.00
    CHECK(*loader.accountRetentionCost(period("2025-01", "2026-01"), id["a8"]) == 1000.0);
    CHECK_FALSE(loader.accountRetentionCost(period("2020-01", "2020-02"), id["a1"]));
}

TEST_CASE("a one-month period and an empty period and a period without surveys")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    insertMetricsFixture(db.connection());
    const MetricsLoader loader(db.connection());

    // A == B == 2025-01: C = a1 a2 a3 a4 a10, nothing moves; the only cost that month is the
    // shared 80.00 (5 active customers: 16.00 each); one survey: a3 nps 6 -> NPS -100.
    const Metrics one = loader.metrics(period("2025-01", "2025-01"));
    CHECK(one.revenue.accountsStart == 5);
    CHECK(one.revenue.accountsChurned == 0);
    CHECK(*one.revenue.nrr() == 1.0);
    CHECK(one.revenue.newMrr == 0);
    CHECK(one.revenue.mrrEnd == 270000);
    CHECK(one.activeCustomers == 5);
    CHECK(one.newCustomers == 0);
    CHECK(one.retentionCost == 8000);
    CHECK(*one.retentionCostPerCustomer() == 1600.0);
    CHECK(*one.surveys.nps() == -100.0);
    CHECK_FALSE(one.surveys.csat());
    CHECK_FALSE(one.surveys.ces());

    const Metrics empty = loader.metrics(period("2020-01", "2020-12"));
    CHECK(empty.revenue.accountsStart == 0);
    CHECK(empty.revenue.mrrEnd == 0);
    CHECK(empty.activeCustomers == 0);
    CHECK_FALSE(empty.revenue.nrr());
    CHECK_FALSE(empty.revenue.logoChurnRate());
    CHECK_FALSE(empty.retentionCostPerCustomer());
    CHECK_FALSE(empty.acquisitionCostPerNewCustomer());
    CHECK_FALSE(empty.surveys.nps());

    // 2025-05 .. 2025-07: no surveys dated then. a7 first MRR 2025-05 = A: in C, not new;
    // a5 100.00 in 2025-07 after MRR in 2024-06: not new. Acquisition 300.00 on 2025-06-01
    // with no new customer: per new customer is null.
    const Metrics quiet = loader.metrics(period("2025-05", "2025-07"));
    CHECK_FALSE(quiet.surveys.nps());
    CHECK_FALSE(quiet.surveys.csat());
    CHECK_FALSE(quiet.surveys.ces());
    CHECK(quiet.revenue.accountsStart == 1);
    CHECK(quiet.revenue.accountsChurned == 1);
    CHECK(quiet.newCustomers == 0);
    CHECK(quiet.activeCustomers == 3); // a7 (May), a1 (June), a5 (July)
    CHECK(quiet.acquisitionCost == 30000);
    CHECK_FALSE(quiet.acquisitionCostPerNewCustomer());
    CHECK(quiet.revenue.newMrr == 10000);
}

TEST_CASE("by-owner attribution uses the owner held at the start month from history")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    insertMetricsFixture(db.connection());
    const MetricsLoader loader(db.connection());
    const MetricsPeriod p = period("2025-01", "2026-01");

    const auto owners = loader.groupedMetrics(p, MetricsGrouping::Owner);
    REQUIRE(owners.size() == 3);
    // dave: a1 (owner at 2025-01-01 by history; today's owner is erin) and a3.
    const Metrics &dave = group(owners, "dave@example.com").metrics;
    CHECK(dave.revenue.accountsStart == 2);
    CHECK(dave.revenue.accountsChurned == 1);
    CHECK(dave.revenue.mrrStart == 130000);
    CHECK(*dave.revenue.nrr() == Approx(120050.0 / 130000));
    CHECK(dave.activeCustomers == 2);
    CHECK(dave.retentionCost == 12000);   // 100.00 own + 80.00 x 2 / 8
    CHECK(*dave.surveys.nps() == Approx(100.0 / 3)); // 10, 9, 6
    CHECK(*dave.surveys.csat() == Approx(50.0));     // 5, 2
    // erin: a2 only.
    const Metrics &erin = group(owners, "erin@example.com").metrics;
    CHECK(erin.revenue.mrrStart == 50000);
    CHECK(*erin.revenue.nrr() == Approx(0.9005)); // 450.25 / 500
    CHECK(erin.retentionCost == 6050);            // 50.50 + 80.00 x 1 / 8
    // (none): a4-a10.
    const Metrics &none = group(owners, "(none)").metrics;
    CHECK(none.revenue.accountsStart == 2);
    CHECK(none.revenue.newMrr == 34999);
    CHECK(none.activeCustomers == 5);
    CHECK(none.newCustomers == 2);
    CHECK(none.retentionCost == 5000);    // 80.00 x 5 / 8
    CHECK(none.acquisitionCost == 40000); // own 100.00 + all shared 300.00 (both new customers)

    const auto teams = loader.groupedMetrics(p, MetricsGrouping::Team);
    REQUIRE(teams.size() == 3);
    CHECK(group(teams, "customer_success").metrics.revenue.mrrStart == 130000);
    CHECK(group(teams, "account_management").metrics.revenue.mrrStart == 50000);
    CHECK(group(teams, "sales").metrics.revenue.mrrStart == 90000);

    const auto stages = loader.groupedMetrics(p, MetricsGrouping::Stage);
    REQUIRE(stages.size() == 3);
    CHECK(group(stages, "retention").metrics.revenue.mrrStart == 150000);  // a1 + a2
    CHECK(group(stages, "implementation").metrics.revenue.mrrStart == 30000); // a3
    CHECK(group(stages, "acquisition").metrics.revenue.mrrStart == 90000);

    const auto segments = loader.groupedMetrics(p, MetricsGrouping::Segment);
    REQUIRE(segments.size() == 3);
    CHECK(group(segments, "enterprise").metrics.revenue.mrrStart == 180000);
    CHECK(group(segments, "smb").metrics.revenue.mrrStart == 20000);
    CHECK(group(segments, "(none)").metrics.revenue.mrrStart == 70000);

    // A later start month: a1 is in expansion, owned by nobody in history -> the template
    // owner team of expansion (sales), owner "(none)".
    const auto later = loader.groupedMetrics(period("2025-07", "2026-01"), MetricsGrouping::Stage);
    CHECK(group(later, "expansion").metrics.revenue.mrrEnd == 120050);
}

TEST_CASE("the series loader reads 12 months back and the period's surveys")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    insertMetricsFixture(db.connection());
    const auto points = MetricsLoader(db.connection()).series(period("2025-12", "2026-01"));
    REQUIRE(points.size() == 2);
    // 2025-12: nobody has MRR; 12 months back (2024-12) only a1 (900.00): churned -> NRR 0.
    CHECK(points[0].month == "2025-12");
    CHECK(points[0].mrr == 0);
    CHECK(*points[0].trailingNrr() == 0.0);
    CHECK(points[0].trailing.churnedMrr == 90000);
    CHECK_FALSE(points[0].nps());
    // 2026-01: all of it is new against 2025-12; against 2025-01 it is the annual period.
    CHECK(points[1].mrr == 270074);
    CHECK(points[1].monthly.newMrr == 270074);
    CHECK_FALSE(points[1].logoChurnRate());
    CHECK(*points[1].trailingNrr() == Approx(235075.0 / 270000));
    CHECK(*points[1].trailingGrr() == Approx(215025.0 / 270000));
    CHECK(*points[1].nps() == 100.0); // a10's 9 on 2026-01-31
}

TEST_CASE("99.99 in thousands of rows adds up to the exact cent")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    const QSqlDatabase c = db.connection();
    {
        Transaction tx(c);
        QSqlQuery account = sql::prepare(c, "INSERT INTO accounts (ext_id, name, created_at, "
                                            "updated_at) VALUES (?, ?, 'x', 'x')");
        QSqlQuery revenue = sql::prepare(c, "INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)");
        QSqlQuery cost = sql::prepare(c, "INSERT INTO costs (date, category, amount, account_id) "
                                         "VALUES ('2025-02-01', 'support', 9999, ?)");
        for (int i = 0; i < 3000; ++i) {
            account.addBindValue(QString("d%1").arg(i));
            account.addBindValue(QString("Drift %1").arg(i));
            sql::exec(account);
            const QVariant id = account.lastInsertId();
            for (const char *month : {"2025-01", "2025-02", "2025-03"}) {
                revenue.addBindValue(id);
                revenue.addBindValue(QString(month));
                revenue.addBindValue(9999);
                sql::exec(revenue);
            }
            cost.addBindValue(id);
            sql::exec(cost);
        }
        tx.commit();
    }
    const Metrics m = MetricsLoader(c).metrics(period("2025-01", "2025-03"));
    CHECK(m.revenue.mrrStart == 29997000); // 3000 x 99.99 = 299,970.00
    CHECK(m.revenue.mrrEnd == 29997000);
    CHECK(m.retentionCost == 29997000);
    CHECK(*m.revenue.nrr() == 1.0);
    CHECK(*m.retentionCostPerCustomer() == 9999.0);
}

TEST_CASE("sparse account ids are read as well as dense ones")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    const QSqlDatabase c = db.connection();
    const QString account = "INSERT INTO accounts (id, ext_id, name, created_at, updated_at) "
                            "VALUES (?, ?, 'n', 'x', 'x')";
    const QString revenue = "INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)";
    testing::metricsInsert(c, account, {7, "small"});
    testing::metricsInsert(c, account, {9000000000LL, "huge"});
    testing::metricsInsert(c, revenue, {7, "2025-01", 100});
    testing::metricsInsert(c, revenue, {7, "2025-02", 150});
    testing::metricsInsert(c, revenue, {9000000000LL, "2025-02", 250}); // new in B
    const Metrics m = MetricsLoader(c).metrics(period("2025-01", "2025-02"));
    CHECK(m.revenue.mrrStart == 100);
    CHECK(m.revenue.expansionMrr == 50);
    CHECK(m.revenue.newMrr == 250);
    CHECK(m.revenue.mrrEnd == 400);
    CHECK(m.activeCustomers == 2);
    CHECK(m.newCustomers == 1);
}
