#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "health/scorecard.h"
#include "test_healthfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace karvan;

namespace {

QStringList problemsOf(const QByteArray &json)
{
    try {
        Scorecard::fromJson(json, "card.json");
    } catch (const DataError &e) {
        return e.messages();
    }
    return {};
}

} // namespace

TEST_CASE("the default scorecard is the contract's")
{
    const Scorecard card;
    CHECK(card.measures().size() == 5);
    const std::pair<const char *, double> weights[] = {
        {"adoption", 30}, {"nps", 20}, {"csat", 15}, {"support", 20}, {"engagement", 15}};
    for (const auto &[key, weight] : weights) {
        REQUIRE(card.measure(QString::fromLatin1(key)));
        CHECK(card.measure(QString::fromLatin1(key))->weight == weight);
    }
    CHECK(card.yellowFrom() == 50);
    CHECK(card.greenFrom() == 75);
    CHECK(card.minWeight() == 50);
    CHECK(card.measure(u"adoption")->param("floor", -1) == Approx(0.2));
    CHECK(card.measure(u"engagement")->param("zero_days", -1) == 120);
    CHECK_NOTHROW(card.validate());
}

TEST_CASE("a new database holds the default scorecard")
{
    test::HealthFixture f;
    const Scorecard card = Scorecard::load(f.db());
    CHECK(card.toJson() == Scorecard().toJson());
}

TEST_CASE("the scorecard survives a JSON round trip and a save / load")
{
    test::HealthFixture f;
    Scorecard card = Scorecard::load(f.db());
    card.setWeight("adoption", 40);
    card.setParam("engagement", "zero_days", 90);
    card.setEnabled("csat", false);
    card.setBands(40, 70);
    card.setMinWeight(45);

    const QByteArray json = QJsonDocument(card.toJson()).toJson();
    const Scorecard parsed = Scorecard::fromJson(json, "card.json");
    CHECK(parsed.toJson() == card.toJson());

    QSqlDatabase db = f.db();
    parsed.save(db, "csm@example.com");
    const Scorecard loaded = Scorecard::load(db);
    CHECK(loaded.toJson() == card.toJson());
    CHECK(loaded.measure(u"adoption")->weight == 40);
    CHECK_FALSE(loaded.measure(u"csat")->enabled);
    CHECK(loaded.greenFrom() == 70);
    CHECK(f.value("SELECT value FROM settings WHERE name = 'health.green_from'").toString() == "70");
    // Each change is in the audit log: adoption weight, engagement params, csat enabled, 3 settings.
    CHECK(f.value("SELECT count(*) FROM audit_log WHERE entity = 'scorecard'").toInt() == 6);
    CHECK(f.value("SELECT old_value || '>' || new_value FROM audit_log"
                  " WHERE entity = 'scorecard' AND entity_id = 'adoption'").toString() == "30>40");

    // Saving the same scorecard again changes nothing and logs nothing.
    loaded.save(db, "csm@example.com");
    CHECK(f.value("SELECT count(*) FROM audit_log WHERE entity = 'scorecard'").toInt() == 6);
}

TEST_CASE("a partial scorecard file changes only what it names")
{
    const Scorecard card = Scorecard::fromJson(
        R"({"measures": [{"key": "nps", "weight": 25, "params": {"window_days": 365}}]})", "x.json");
    CHECK(card.measure(u"nps")->weight == 25);
    CHECK(card.measure(u"nps")->param("window_days", 0) == 365);
    CHECK(card.measure(u"adoption")->weight == 30);
    CHECK(card.yellowFrom() == 50);
}

TEST_CASE("invalid scorecard files are refused with every problem named")
{
    CHECK(problemsOf("{ not json").value(0).startsWith("card.json: not valid JSON"));
    CHECK(problemsOf("[1, 2]").value(0).contains("expected a JSON object"));

    QStringList p = problemsOf(R"({"measures": [{"key": "happiness", "weight": 10}]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "card.json: measures[0]: unknown measure 'happiness' (known: adoption, nps, csat, support, engagement)");

    p = problemsOf(R"({"measures": [{"key": "nps", "weight": -5}]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "card.json: measure 'nps': weight must be a number >= 0 (value -5)");

    p = problemsOf(R"({"yellow_from": 80, "green_from": 60})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].contains("bands out of order"));

    p = problemsOf(R"({"measures": [{"key": "adoption", "weight": "thirty"},
                                     {"key": "engagement", "params": {"full_days": 130}},
                                     {"key": "csat", "params": {"colour": 1}},
                                     {"key": "adoption"}], "extra": 1})");
    CHECK(p.size() == 5);
    CHECK(p.filter("'weight' must be a number").size() == 1);
    CHECK(p.filter("need 0 <= full_days < zero_days").size() == 1);
    CHECK(p.filter("unknown parameter 'colour'").size() == 1);
    CHECK(p.filter("listed twice").size() == 1);
    CHECK(p.filter("unknown key 'extra'").size() == 1);

    CHECK(problemsOf(R"({"measures": [{"key": "nps", "weight": 0}]})").isEmpty());
}

TEST_CASE("band keys and labels")
{
    CHECK(bandKey(Band::Insufficient) == "insufficient");
    CHECK(bandLabel(Band::Insufficient) == "No data");
    CHECK(bandFromKey(u"yellow") == Band::Yellow);
    CHECK(bandFromKey(u"insufficient data") == Band::Insufficient);
    CHECK_FALSE(bandFromKey(u"purple").has_value());
    CHECK(nextBand(Band::Red) == Band::Yellow);
    CHECK(nextBand(Band::Yellow) == Band::Green);
    CHECK_FALSE(nextBand(Band::Green).has_value());
}
