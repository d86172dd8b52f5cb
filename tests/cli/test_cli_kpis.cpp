// karvan-cli kpis run as a user would, over the metrics fixture of
// tests/core/test_metricsfixture.h (period 2025-01 .. 2026-01) plus two usage rows.
// Worked out by hand:
// - acquisition: nobody entered it in the period (a1 did in 2024): 0, 0, null.
// - implementation: a3 entered deployment on 2025-04-01, implementation on 2025-02-01:
//   went_live 1, time to value 59 days; owner of a3's implementation then: dave.
// - deployment at 2026-01-31: a3 only (a1 is in expansion); usage 2025-12 3/4 = 0.75 (the
//   2026-02 row is after the end); no owner row: "(none)".
// - retention at 2025-01-01: a1 (since 2024-12-01, owner dave from 2024-12-15) and a2 (no
//   history, today's retention, owner erin). a1 1000.00 -> 1200.50, a2 500.00 -> 450.25:
//   accounts_start 2, logo churn 0, GRR (1500 - 49.75) / 1500; NPS a1 10, 9, a2 7:
//   100 x 2 / 3. Per owner: dave GRR 1, NPS 100; erin GRR 450.25 / 500, NPS 0.
// - expansion at the start: nobody (a1 entered it in 2025-06): 0, 0, null.
// - advocacy: nobody, no referrals.
#include <catch2/catch.hpp>

#include "clirun.h"

#include "storage/database.h"

#include "../core/test_metricsfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace karvan;
using namespace karvan::clitest;
using Catch::Detail::Approx;

namespace {

class Fixture
{
public:
    Fixture()
    {
        m_path = m_dir.filePath(QStringLiteral("karvan.sqlite"));
        Database db(m_path);
        const auto id = testing::insertMetricsFixture(db.connection());
        const QString usage = "INSERT INTO usage (account_id, month, active_users, "
                              "licensed_users) VALUES (?, ?, ?, ?)";
        testing::metricsInsert(db.connection(), usage, {id.value("a3"), "2025-12", 3, 4});
        testing::metricsInsert(db.connection(), usage, {id.value("a3"), "2026-02", 4, 4});
    }
    QStringList args(const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), m_path, QStringLiteral("kpis"),
                           QStringLiteral("--from"), QStringLiteral("2025-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-01")} + rest;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QJsonObject stage(const QJsonObject &o, const char *name)
{
    return o["stages"].toObject()[name].toObject();
}

} // namespace

TEST_CASE("kpis --json prints every stage's keys with the hand-computed numbers")
{
    Fixture f;
    const Run run = cli(f.args({"--json"}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = json(run);
    CHECK(o.keys() == QStringList{"from", "stages", "to"});
    CHECK(o["from"].toString() == "2025-01");
    CHECK(o["to"].toString() == "2026-01");

    const QJsonObject acq = stage(o, "acquisition");
    CHECK(acq["entered"].toInt() == 0);
    CHECK(acq["won"].toInt() == 0);
    CHECK(acq["conversion_rate"].isNull());
    const QJsonObject imp = stage(o, "implementation");
    CHECK(imp["went_live"].toInt() == 1);
    CHECK(imp["time_to_value_days"].toDouble() == 59.0);
    const QJsonObject dep = stage(o, "deployment");
    CHECK(dep["accounts"].toInt() == 1);
    CHECK(dep["adoption"].toDouble() == Approx(0.75));
    const QJsonObject ret = stage(o, "retention");
    CHECK(ret.keys() == QStringList{"accounts_start", "grr", "logo_churn_rate", "nps"});
    CHECK(ret["accounts_start"].toInt() == 2);
    CHECK(ret["logo_churn_rate"].toDouble() == 0.0);
    CHECK(ret["grr"].toDouble() == Approx(1450.25 / 1500.0));
    CHECK(ret["nps"].toDouble() == Approx(200.0 / 3.0));
    const QJsonObject exp = stage(o, "expansion");
    CHECK(exp["accounts_start"].toInt() == 0);
    CHECK(exp["expansion_mrr"].toDouble() == 0.0);
    CHECK(exp["nrr"].isNull());
    const QJsonObject adv = stage(o, "advocacy");
    CHECK(adv["accounts"].toInt() == 0);
    CHECK(adv["referrals"].toInt() == 0);
}

TEST_CASE("kpis --by owner gives each stage to its owner at the moment that counts")
{
    Fixture f;
    const QJsonObject o = json(cli(f.args({"--by", "owner", "--json"})));
    CHECK(o["by"].toString() == "owner");
    const QJsonArray groups = o["groups"].toArray();
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].toObject()["key"].toString() == "(none)");
    CHECK(groups[1].toObject()["key"].toString() == "dave@example.com");
    CHECK(groups[2].toObject()["key"].toString() == "erin@example.com");

    const QJsonObject none = groups[0].toObject();
    CHECK(stage(none, "deployment")["accounts"].toInt() == 1);
    CHECK(stage(none, "retention")["grr"].isNull());

    const QJsonObject dave = groups[1].toObject();
    CHECK(stage(dave, "implementation")["went_live"].toInt() == 1);
    CHECK(stage(dave, "implementation")["time_to_value_days"].toDouble() == 59.0);
    CHECK(stage(dave, "retention")["accounts_start"].toInt() == 1);
    CHECK(stage(dave, "retention")["grr"].toDouble() == Approx(1.0));
    CHECK(stage(dave, "retention")["nps"].toDouble() == Approx(100.0));
    CHECK(stage(dave, "deployment")["adoption"].isNull());

    const QJsonObject erin = groups[2].toObject();
    CHECK(stage(erin, "retention")["accounts_start"].toInt() == 1);
    CHECK(stage(erin, "retention")["grr"].toDouble() == Approx(450.25 / 500.0));
    CHECK(stage(erin, "retention")["nps"].toDouble() == Approx(0.0));
    CHECK(stage(erin, "implementation")["time_to_value_days"].isNull());
}

TEST_CASE("kpis --by team uses the owners' teams")
{
    Fixture f;
    const QJsonObject o = json(cli(f.args({"--by", "team", "--json"})));
    CHECK(o["by"].toString() == "team");
    QStringList keys;
    for (const QJsonValue &g : o["groups"].toArray())
        keys << g.toObject()["key"].toString();
    // a3's deployment has no row: the template's owner team of deployment.
    CHECK(keys.contains("customer_success"));
    CHECK(keys.contains("account_management"));
}

TEST_CASE("kpis prints a table and refuses bad options")
{
    Fixture f;
    const Run table = cli(f.args({}));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains("Time to value (median)"));
    CHECK(table.out.contains("59.0 days"));
    CHECK(table.out.contains("n/a"));
    CHECK(cli(f.args({"--by", "segment"})).exitCode == 1);
    CHECK(cli({"kpis", "--from", "2025-03", "--to", "2025-01"}).exitCode == 1);
    CHECK(cli({"kpis", "--to", "2025-01"}).exitCode == 1);
}
