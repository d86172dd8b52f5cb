// The output forms of `metrics`: JSON numbers in major units, nulls, and screen tables.
#include <catch2/catch.hpp>

#include "metrics/metricsformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace karvan;
using namespace karvan::metricsformat;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("money prints in major units exact to the cent")
{
    QJsonObject o;
    o.insert("a", moneyJson(1234567890123)); // 12,345,678,901.23
    o.insert("b", moneyJson(39900050));      // 399,000.50
    o.insert("c", moneyJson(9999));
    o.insert("d", moneyJson(-5));
    o.insert("e", moneyJson(0));
    o.insert("f", moneyJson(49995000));      // 5000 x 99.99
    CHECK(compact(o) == R"({"a":12345678901.23,"b":399000.5,"c":99.99,"d":-0.05,"e":0,"f":499950})");

    // Per-customer money: one division of exact integers, no float artefact (9.995, not
    // 9.995000000000001); null without customers.
    QJsonObject per;
    per.insert("a", moneyPerJson(1999, 2));
    per.insert("b", moneyPerJson(23050, 8)); // 230.50 / 8
    per.insert("c", moneyPerJson(100, 0));
    CHECK(compact(per) == R"({"a":9.995,"b":28.8125,"c":null})");

    CHECK(money(1234567890123) == "12,345,678,901.23");
    CHECK(money(39900050) == "399,000.50");
    CHECK(money(5) == "0.05");
    CHECK(money(-123456) == "-1,234.56");
    CHECK(money(100000) == "1,000.00");
    CHECK(moneyValue(std::optional<double>(2881.25)) == "28.81");
    CHECK(moneyValue(std::nullopt) == "n/a");
}

TEST_CASE("rates are fractions in JSON and percentages on screen and null or n/a without data")
{
    CHECK(percent(1.07) == "107.0%");
    CHECK(percent(0.87065) == "87.1%");
    CHECK(percent(std::nullopt) == "n/a");
    CHECK(score(16.6667) == "16.7");
    CHECK(score(std::nullopt) == "n/a");
    CHECK(optionalJson(std::nullopt).isNull());
    CHECK(optionalJson(1.07).toDouble() == 1.07);
    CHECK(optionalJson(std::numeric_limits<double>::quiet_NaN()).isNull());
}

TEST_CASE("the portfolio JSON has exactly the contract's keys plus from and to")
{
    Metrics m;
    m.revenue.add(100000, 120050);
    m.revenue.add(30000, 0);
    m.activeCustomers = 2;
    m.retentionCost = 23050;
    const MetricsPeriod period(QDate(2025, 1, 1), QDate(2026, 1, 1));
    const QJsonObject o = portfolioJson(period, m);

    QStringList expected{"accounts_start", "accounts_churned", "logo_churn_rate", "mrr_start",
                         "expansion_mrr", "contraction_mrr", "churned_mrr", "nrr", "grr",
                         "new_mrr", "mrr_end", "active_customers", "retention_cost",
                         "retention_cost_per_customer", "acquisition_cost", "new_customers",
                         "acquisition_cost_per_new_customer", "nps", "csat", "ces", "from", "to"};
    QStringList keys = o.keys();
    keys.sort();
    expected.sort();
    CHECK(keys == expected);
    CHECK(o["from"].toString() == "2025-01");
    CHECK(o["to"].toString() == "2026-01");
    CHECK(o["mrr_start"].toDouble() == 1300.0);
    CHECK(o["expansion_mrr"].toDouble() == 200.5);
    CHECK(o["accounts_churned"].toInt() == 1);
    CHECK(o["logo_churn_rate"].toDouble() == 0.5);
    CHECK(o["nrr"].toDouble() == Approx(120050.0 / 130000));
    CHECK(o["retention_cost"].toDouble() == 230.5);
    CHECK(o["retention_cost_per_customer"].toDouble() == Approx(115.25)); // 230.50 / 2
    CHECK(o["acquisition_cost_per_new_customer"].isNull());
    CHECK(o["nps"].isNull());
    CHECK(o["csat"].isNull());
    CHECK(o["ces"].isNull());
}

TEST_CASE("the grouped JSON lists the groups with their key and the same metric keys")
{
    Metrics a;
    a.revenue.add(100, 200);
    const std::vector<GroupMetrics> groups{{"alice@example.com", a}, {"(none)", Metrics()}};
    const QJsonObject o =
        groupedJson(MetricsPeriod(QDate(2025, 1, 1), QDate(2025, 1, 1)), MetricsGrouping::Owner, groups);
    CHECK(o["by"].toString() == "owner");
    CHECK(o["from"].toString() == "2025-01");
    CHECK(o["to"].toString() == "2025-01");
    const QJsonArray list = o["groups"].toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject()["key"].toString() == "alice@example.com");
    CHECK(list[0].toObject()["nrr"].toDouble() == 2.0);
    CHECK(list[1].toObject()["nrr"].isNull());
    CHECK(list[0].toObject().size() == metricKeys().size() + 1);
}

TEST_CASE("screen tables are aligned and show n/a")
{
    Metrics m;
    m.revenue.add(39900050, 49900000);
    const QString text = portfolioTable(MetricsPeriod(QDate(2025, 1, 1), QDate(2026, 1, 1)), m);
    CHECK(text.contains("2025-01-01 to 2026-01-31"));
    CHECK(text.contains("399,000.50"));
    CHECK(text.contains("499,000.00"));
    CHECK(text.contains("125.1%")); // NRR 499000 / 399000.5
    CHECK(text.contains("n/a"));

    const QString table = alignedTable({"k", "value"}, {{"long key", "1"}, {"b", "12,345.00"}});
    CHECK(table == "k             value\n"
                   "-------------------\n"
                   "long key          1\n"
                   "b         12,345.00\n");
}
