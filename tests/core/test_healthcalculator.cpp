#include <catch2/catch.hpp>

#include "domain/healthmeasures.h"
#include "domain/storedtext.h"
#include "health/healthcalculator.h"

using namespace karvan;

namespace {

const QDate kAsOf(2026, 6, 30);

HealthInputs withAdoption(qint64 active, qint64 licensed, HealthInputs in = {})
{
    in.usageMonth = QStringLiteral("2026-06");
    in.activeUsers = active;
    in.licensedUsers = licensed;
    return in;
}

HealthInputs withNps(std::initializer_list<int> scores, HealthInputs in = {})
{
    for (int s : scores) {
        ++in.npsCount;
        in.npsSum += s;
    }
    return in;
}

const MeasureResult &measure(const HealthResult &r, const QString &key)
{
    for (const MeasureResult &m : r.measures) {
        if (m.key == key)
            return m;
    }
    FAIL("no measure " << key.toStdString());
    return r.measures.front();
}

} // namespace

TEST_CASE("adoption scores the active share of licensed users between 20% and 80%")
{
    const HealthCalculator c{Scorecard()};
    CHECK(*c.adoptionScore(withAdoption(50, 100)) == Approx(50.0));
    CHECK(*c.adoptionScore(withAdoption(10, 100)) == Approx(0.0));
    CHECK(*c.adoptionScore(withAdoption(20, 100)) == Approx(0.0));
    CHECK(*c.adoptionScore(withAdoption(80, 100)) == Approx(100.0));
    CHECK(*c.adoptionScore(withAdoption(95, 100)) == Approx(100.0));
    CHECK(*c.adoptionScore(withAdoption(35, 100)) == Approx(25.0));
    CHECK_FALSE(c.adoptionScore(withAdoption(5, 0)).has_value());
    CHECK_FALSE(c.adoptionScore(HealthInputs{}).has_value());
}

TEST_CASE("nps scores the mean answer x 10 and csat the share of 4-5 answers")
{
    const HealthCalculator c{Scorecard()};
    CHECK(*c.npsScore(withNps({8, 9, 10})) == Approx(90.0));
    CHECK(*c.npsScore(withNps({0, 3})) == Approx(15.0));
    CHECK_FALSE(c.npsScore(HealthInputs{}).has_value());
    HealthInputs in;
    in.csatCount = 4;
    in.csatGood = 3;
    CHECK(*c.csatScore(in) == Approx(75.0));
    in.csatGood = 0;
    CHECK(*c.csatScore(in) == Approx(0.0));
    CHECK_FALSE(c.csatScore(HealthInputs{}).has_value());
}

TEST_CASE("support loses 20 per open ticket and 30 per recent escalation down to 0")
{
    const HealthCalculator c{Scorecard()};
    HealthInputs in;
    CHECK_FALSE(c.supportScore(in).has_value());
    in.ticketsEver = 5;
    CHECK(*c.supportScore(in) == Approx(100.0));
    in.ticketsOpen = 2;
    in.escalatedRecent = 1;
    CHECK(*c.supportScore(in) == Approx(30.0));
    in.ticketsOpen = 4;
    CHECK(*c.supportScore(in) == Approx(0.0));
}

TEST_CASE("engagement is 100 up to 30 days and 0 from 120 days with a line between")
{
    const HealthCalculator c{Scorecard()};
    HealthInputs in;
    CHECK_FALSE(c.engagementScore(in, kAsOf).has_value());
    in.lastInteraction = kAsOf.addDays(-30);
    CHECK(*c.engagementScore(in, kAsOf) == Approx(100.0));
    in.lastInteraction = kAsOf.addDays(-75);
    CHECK(*c.engagementScore(in, kAsOf) == Approx(50.0));
    in.lastInteraction = kAsOf.addDays(-31);
    CHECK(*c.engagementScore(in, kAsOf) == Approx(100.0 * 89 / 90));
    in.lastInteraction = kAsOf.addDays(-120);
    CHECK(*c.engagementScore(in, kAsOf) == Approx(0.0));
    in.lastInteraction = kAsOf.addDays(-400);
    CHECK(*c.engagementScore(in, kAsOf) == Approx(0.0));
}

TEST_CASE("the score is the weighted mean over the measures with data")
{
    // adoption 50 (30), nps 90 (20), csat 75 (15), support 30 (20), engagement 50 (15):
    // (1500 + 1800 + 1125 + 600 + 750) / 100 = 57.75
    HealthInputs in = withNps({8, 9, 10}, withAdoption(50, 100));
    in.csatCount = 4;
    in.csatGood = 3;
    in.ticketsEver = 3;
    in.ticketsOpen = 2;
    in.escalatedRecent = 1;
    in.lastInteraction = kAsOf.addDays(-75);
    const HealthResult r = HealthCalculator(Scorecard()).evaluate(in, kAsOf);
    REQUIRE(r.score.has_value());
    CHECK(*r.score == Approx(57.75));
    CHECK(r.band == Band::Yellow);
    CHECK(r.weightWithData == Approx(100.0));
    CHECK(measure(r, "adoption").contribution == Approx(15.0));
    CHECK(measure(r, "nps").contribution == Approx(18.0));
    double sum = 0;
    for (const MeasureResult &m : r.measures)
        sum += m.contribution;
    CHECK(sum == Approx(57.75));
    CHECK(measure(r, "adoption").value.toDouble() == Approx(0.5));
    CHECK(measure(r, "nps").value.toDouble() == Approx(9.0));
    CHECK(measure(r, "csat").value.toDouble() == Approx(0.75));
    CHECK(measure(r, "support").value.toObject().value("open").toInt() == 2);
    CHECK(measure(r, "support").value.toObject().value("escalated").toInt() == 1);
    CHECK(measure(r, "engagement").value.toDouble() == Approx(75.0));

    // Without nps and csat: (1500 + 600 + 750) / 65
    in.npsCount = 0;
    in.csatCount = 0;
    const HealthResult partial = HealthCalculator(Scorecard()).evaluate(in, kAsOf);
    CHECK(*partial.score == Approx(43.85));
    CHECK(partial.band == Band::Red);
    CHECK(partial.weightWithData == Approx(65.0));
    CHECK_FALSE(measure(partial, "nps").hasData);
    CHECK(measure(partial, "nps").value.isNull());
}

TEST_CASE("measures with data weighing less than 50 give insufficient data")
{
    HealthInputs in = withNps({9});
    in.csatCount = 2;
    in.csatGood = 2;
    HealthResult r = HealthCalculator(Scorecard()).evaluate(in, kAsOf); // 20 + 15 = 35
    CHECK_FALSE(r.score.has_value());
    CHECK(r.band == Band::Insufficient);
    CHECK(r.weightWithData == Approx(35.0));
    CHECK(bandKey(r.band) == "insufficient");

    r = HealthCalculator(Scorecard()).evaluate(withAdoption(50, 100, in), kAsOf); // 30 + 35 = 65
    CHECK(r.score.has_value());
    r = HealthCalculator(Scorecard()).evaluate(HealthInputs{}, kAsOf);
    CHECK(r.band == Band::Insufficient);

    // Exactly the minimum weight is enough: adoption 30 + nps 20 = 50.
    r = HealthCalculator(Scorecard()).evaluate(withNps({5}, withAdoption(50, 100)), kAsOf);
    REQUIRE(r.score.has_value());
    CHECK(*r.score == Approx(50.0));
}

TEST_CASE("band edges: 49.99 red - 50 yellow - 74.99 yellow - 75 green")
{
    const Scorecard card;
    CHECK(card.bandFor(49.99) == Band::Red);
    CHECK(card.bandFor(50.0) == Band::Yellow);
    CHECK(card.bandFor(74.99) == Band::Yellow);
    CHECK(card.bandFor(75.0) == Band::Green);
    CHECK(card.bandFor(0.0) == Band::Red);
    CHECK(card.bandFor(std::nullopt) == Band::Insufficient);

    const HealthCalculator c{card};
    // adoption 4999/10000 -> 49.9833.., nps 50: (30 x 49.9833 + 1000) / 50 = 49.99
    HealthResult r = c.evaluate(withNps({5}, withAdoption(4999, 10000)), kAsOf);
    CHECK(*r.score == Approx(49.99));
    CHECK(r.band == Band::Red);
    // adoption 6499/10000 -> 74.9833.., nps 75: 74.99
    r = c.evaluate(withNps({7, 8}, withAdoption(6499, 10000)), kAsOf);
    CHECK(*r.score == Approx(74.99));
    CHECK(r.band == Band::Yellow);
    // adoption 65% -> 75 (with binary rounding noise), nps 75: exactly 75, green
    r = c.evaluate(withNps({7, 8}, withAdoption(65, 100)), kAsOf);
    CHECK(*r.score == 75.0);
    CHECK(r.band == Band::Green);
}

TEST_CASE("the weights and thresholds and bands come from the scorecard")
{
    Scorecard card;
    card.setWeight("adoption", 60);
    card.setParam("adoption", "floor", 0.0);
    card.setParam("adoption", "full", 1.0);
    card.setBands(40, 60);
    card.setEnabled("nps", false);
    const HealthResult r = HealthCalculator(card).evaluate(withNps({0}, withAdoption(45, 100)), kAsOf);
    REQUIRE(r.score.has_value());
    CHECK(*r.score == Approx(45.0));           // nps disabled: only adoption (45% of 0..100%)
    CHECK(r.band == Band::Yellow);
    CHECK(r.measures.size() == 4);
    card.setMinWeight(61);
    CHECK_FALSE(HealthCalculator(card).evaluate(withAdoption(45, 100), kAsOf).score.has_value());
}

TEST_CASE("each measure says what change would lift the account to the next band")
{
    const HealthCalculator c{Scorecard()};
    // adoption 32% -> 20, nps mean 5 -> 50: (600 + 1000) / 50 = 32, red; yellow needs +18.
    HealthResult r = c.evaluate(withNps({5}, withAdoption(32, 100)), kAsOf);
    CHECK(*r.score == Approx(32.0));
    REQUIRE(measure(r, "adoption").lift.has_value());
    const HealthLift adoption = *measure(r, "adoption").lift;
    CHECK(adoption.targetBand == Band::Yellow);
    CHECK(adoption.score == Approx(50.0));
    CHECK(adoption.value.toDouble() == Approx(0.5));
    CHECK(adoption.text == "adoption: 32% -> 50% of licensed users active (50 of 100) lifts it to yellow");
    REQUIRE(measure(r, "nps").lift.has_value());
    CHECK(measure(r, "nps").lift->score == Approx(95.0));
    CHECK(measure(r, "nps").lift->text == "nps: mean answer 5.0 -> 9.5 lifts it to yellow");

    // support 3 open -> 40, adoption 50: (800 + 1500) / 50 = 46; closing one ticket gives 50.
    HealthInputs in = withAdoption(50, 100);
    in.ticketsEver = 3;
    in.ticketsOpen = 3;
    r = c.evaluate(in, kAsOf);
    CHECK(*r.score == Approx(46.0));
    REQUIRE(measure(r, "support").lift.has_value());
    CHECK(measure(r, "support").lift->value.toInt() == 2);
    CHECK(measure(r, "support").lift->text == "support: 3 tickets open -> 2 (close 1) lifts it to yellow");
    REQUIRE(measure(r, "adoption").lift.has_value());
    CHECK(measure(r, "adoption").lift->text.contains("(54 of 100)"));

    // Green already: no lift; an unreachable target: no lift for that measure.
    r = c.evaluate(withNps({10}, withAdoption(90, 100)), kAsOf);
    CHECK(r.band == Band::Green);
    for (const MeasureResult &m : r.measures)
        CHECK_FALSE(m.lift.has_value());
    r = c.evaluate(withNps({0}, withAdoption(90, 100)), kAsOf); // (3000 + 0) / 50 = 60, yellow
    CHECK_FALSE(measure(r, "adoption").lift.has_value());      // already 100
    REQUIRE(measure(r, "nps").lift.has_value());                 // 0 + 15 x 50 / 20 = 37.5
    CHECK(measure(r, "nps").lift->score == Approx(37.5));
    CHECK(measure(r, "nps").lift->targetBand == Band::Green);
}

TEST_CASE("engagement's lift is the most days since the last contact that reach the band")
{
    Scorecard card;
    card.setWeight("engagement", 60);
    HealthInputs in = withAdoption(10, 100);           // adoption 0 (30)
    in.lastInteraction = kAsOf.addDays(-75);           // engagement 50 (60)
    const HealthResult r = HealthCalculator(card).evaluate(in, kAsOf);
    CHECK(*r.score == Approx(33.33));
    REQUIRE(measure(r, "engagement").lift.has_value());
    // needed 50 + 16.67 x 90 / 60 = 75.005 -> at most 52 days
    CHECK(measure(r, "engagement").lift->value.toDouble() == Approx(52.0));
    CHECK(measure(r, "engagement").lift->text.contains("within 52 days"));
}

TEST_CASE("every input and lift the calculator writes is one the display knows how to translate")
{
    // In health --json these stay English; on screen display::storedText shows them translated.
    HealthInputs in = withNps({8, 9, 10}, withAdoption(50, 100));
    in.csatCount = 4;
    in.csatGood = 3;
    in.ticketsEver = 3;
    in.ticketsOpen = 2;
    in.escalatedRecent = 1;
    in.lastInteraction = kAsOf.addDays(-75);
    HealthInputs single = withNps({5}, withAdoption(30, 100));
    single.csatCount = 1;
    single.csatGood = 0;
    single.ticketsEver = 1;
    single.ticketsOpen = 1;
    single.lastInteraction = kAsOf.addDays(-100);
    HealthInputs none;
    none.usageMonth = QStringLiteral("2026-06");
    // Red, with a lift from adoption and nps; yellow with one from support; engagement's.
    const HealthInputs red = withNps({5}, withAdoption(32, 100));
    HealthInputs support = withAdoption(50, 100);
    support.ticketsEver = 3;
    support.ticketsOpen = 3;
    HealthInputs silent = withAdoption(10, 100);
    silent.lastInteraction = kAsOf.addDays(-75);
    HealthInputs csat = withAdoption(30, 100);
    csat.csatCount = 4;
    csat.csatGood = 1;
    int lifts = 0;
    for (const HealthInputs &inputs : {in, single, none, HealthInputs(), red, support, silent, csat}) {
        const HealthResult r = HealthCalculator(Scorecard()).evaluate(inputs, kAsOf);
        for (const MeasureResult &m : r.measures) {
            INFO(m.detail.toStdString());
            CHECK(display::isKnownStoredText(m.detail));
            CHECK(display::storedText(m.detail) == m.detail);
            if (m.lift) {
                ++lifts;
                INFO(m.lift->text.toStdString());
                CHECK(display::isKnownStoredText(m.lift->text));
            }
        }
    }
    CHECK(lifts >= 4);
    for (const HealthMeasureDefault &d : healthMeasureDefaults())
        CHECK(display::isKnownStoredText(QString::fromUtf8(d.label)));
}
