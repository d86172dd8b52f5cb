// karvan-cli metrics run as a user would: JSON numbers, shapes, tables and exit codes.
// The portfolio is the hand-computed fixture of tests/core/test_metricsfixture.h.
#include <catch2/catch.hpp>

#include "clirun.h"

#include "storage/database.h"

#include "../core/test_metricsfixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace karvan;
using Catch::Detail::Approx;

using namespace karvan::clitest;

namespace {

class Fixture
{
public:
    Fixture()
    {
        m_path = m_dir.filePath(QStringLiteral("karvan.sqlite"));
        Database db(m_path);
        testing::insertMetricsFixture(db.connection());
    }
    QStringList args(const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), m_path, QStringLiteral("metrics")} + rest;
    }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_CASE("metrics --json prints the contract's numbers in major units")
{
    Fixture f;
    const Run run = cli(f.args({"--from", "2025-01", "--to", "2026-01", "--json"}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonObject o = json(run);
    CHECK(o.size() == 22);
    CHECK(o["from"].toString() == "2025-01");
    CHECK(o["to"].toString() == "2026-01");
    CHECK(o["accounts_start"].toInt() == 5);
    CHECK(o["accounts_churned"].toInt() == 2);
    CHECK(o["logo_churn_rate"].toDouble() == Approx(0.4));
    CHECK(o["mrr_start"].toDouble() == 2700.0);
    CHECK(o["expansion_mrr"].toDouble() == 200.5);
    CHECK(o["contraction_mrr"].toDouble() == 49.75);
    CHECK(o["churned_mrr"].toDouble() == 500.0);
    CHECK(o["nrr"].toDouble() == Approx(2350.75 / 2700));
    CHECK(o["grr"].toDouble() == Approx(2150.25 / 2700));
    CHECK(o["new_mrr"].toDouble() == 349.99);
    CHECK(o["mrr_end"].toDouble() == 2700.74);
    CHECK(o["active_customers"].toInt() == 8);
    CHECK(o["retention_cost"].toDouble() == 230.5);
    CHECK(o["retention_cost_per_customer"].toDouble() == Approx(28.8125));
    CHECK(o["acquisition_cost"].toDouble() == 400.0);
    CHECK(o["new_customers"].toInt() == 2);
    CHECK(o["acquisition_cost_per_new_customer"].toDouble() == 200.0);
    CHECK(o["nps"].toDouble() == Approx(100.0 / 6));
    CHECK(o["csat"].toDouble() == Approx(200.0 / 3));
    CHECK(o["ces"].toDouble() == 4.5);
    // The money is printed as the exact decimal, not a float artefact.
    CHECK(run.out.contains("\"mrr_end\": 2700.74"));
    CHECK(run.out.contains("\"new_mrr\": 349.99"));
}

TEST_CASE("metrics --by owner groups by the owner held at the start month")
{
    Fixture f;
    const Run run = cli(f.args({"--from", "2025-01", "--to", "2026-01", "--json", "--by", "owner"}));
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = json(run);
    CHECK(o["by"].toString() == "owner");
    CHECK(o["from"].toString() == "2025-01");
    const QJsonArray groups = o["groups"].toArray();
    REQUIRE(groups.size() == 3);
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &g : groups)
        byKey.insert(g.toObject()["key"].toString(), g.toObject());
    // a1 belongs to dave (history at 2025-01-01), not to erin who owns it today.
    REQUIRE(byKey.contains("dave@example.com"));
    CHECK(byKey["dave@example.com"]["mrr_start"].toDouble() == 1300.0);
    CHECK(byKey["dave@example.com"]["retention_cost"].toDouble() == 120.0);
    CHECK(byKey["erin@example.com"]["mrr_start"].toDouble() == 500.0);
    CHECK(byKey["(none)"]["acquisition_cost"].toDouble() == 400.0);
    CHECK(byKey["(none)"]["csat"].isNull());
}

TEST_CASE("metrics --series --json gives one point per month")
{
    Fixture f;
    const Run run = cli(f.args({"--from", "2025-12", "--to", "2026-01", "--series", "--json"}));
    REQUIRE(run.exitCode == 0);
    const QJsonArray series = json(run)["series"].toArray();
    REQUIRE(series.size() == 2);
    const QJsonObject jan = series[1].toObject();
    CHECK(jan["month"].toString() == "2026-01");
    CHECK(jan["mrr"].toDouble() == 2700.74);
    CHECK(jan["new_mrr"].toDouble() == 2700.74);
    CHECK(jan["logo_churn_rate"].isNull());
    CHECK(jan["nrr_12m"].toDouble() == Approx(2350.75 / 2700));
    CHECK(jan["nps"].toDouble() == 100.0);
}

TEST_CASE("metrics prints readable tables")
{
    Fixture f;
    const Run run = cli(f.args({"--from", "2025-01", "--to", "2026-01"}));
    REQUIRE(run.exitCode == 0);
    const QString text = run.out;
    CHECK(text.contains("2,700.74"));
    CHECK(text.contains("87.1%")); // NRR
    CHECK(text.contains("40.0%")); // logo churn

    const Run empty = cli(f.args({"--from", "2019-01", "--to", "2019-02"}));
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out.contains("n/a"));

    const Run grouped = cli(f.args({"--from", "2025-01", "--to", "2026-01", "--by", "segment"}));
    REQUIRE(grouped.exitCode == 0);
    CHECK(grouped.out.contains("enterprise"));
    CHECK(grouped.out.contains("(none)"));
}

TEST_CASE("metrics refuses bad months and options with exit code 1")
{
    Fixture f;
    for (const QStringList &args : {QStringList{"--from", "2026-02", "--to", "2026-01"},
                                    QStringList{"--from", "2025-13", "--to", "2026-01"},
                                    QStringList{"--from", "2025-1", "--to", "2026-01"},
                                    QStringList{"--from", "2025-01"},
                                    QStringList{"--from", "2025-01", "--to", "2026-01", "--by", "colour"},
                                    QStringList{"--from", "2025-01", "--to", "2026-01", "--bogus"}}) {
        const Run run = cli(f.args(args));
        INFO(args.join(' ').toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(run.err.isEmpty());
    }
    // A == B is a valid one-month period.
    const Run one = cli(f.args({"--from", "2025-01", "--to", "2025-01", "--json"}));
    CHECK(one.exitCode == 0);
    CHECK(json(one)["nrr"].toDouble() == 1.0);
}

TEST_CASE("metrics opens the database read-only and does not create one")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath("missing.sqlite");
    const Run run = cli({"--db", missing, "metrics", "--from", "2025-01", "--to", "2025-02"});
    CHECK(run.exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(missing));
}
