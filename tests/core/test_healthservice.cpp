#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "health/healthloader.h"
#include "health/healthservice.h"
#include "test_healthfixture.h"

#include <QJsonObject>

using namespace karvan;

namespace {

const QDate kServiceAsOf(2026, 6, 30); // D - 180 = 2026-01-01, D - 90 = 2026-04-01

struct Book
{
    test::HealthFixture f;
    qint64 a = 0, b = 0, c = 0;

    Book()
    {
        a = f.account("A-1", "Alborz Trading");
        b = f.account("B-2", "Bam Foods");
        c = f.account("C-3", "Caspian Soft");
        // adoption: the latest month not after June: 50 of 100 -> 50
        f.usage(a, "2026-05", 80, 100);
        f.usage(a, "2026-06", 50, 100);
        f.usage(a, "2026-07", 100, 100);
        // nps in (2026-01-01, 2026-06-30]: 6 and 10 -> mean 8 -> 80
        f.survey(a, "2026-01-01", "nps", 0);
        f.survey(a, "2026-01-02", "nps", 6);
        f.survey(a, "2026-06-30", "nps", 10);
        f.survey(a, "2026-07-01", "nps", 0);
        // csat in (2026-04-01, 2026-06-30]: 5, 3, 4 -> 2 of 3 good -> 66.67
        f.survey(a, "2026-04-01", "csat", 1);
        f.survey(a, "2026-04-02", "csat", 5);
        f.survey(a, "2026-06-15", "csat", 3);
        f.survey(a, "2026-06-20", "csat", 4);
        f.survey(a, "2026-06-20", "ces", 1);
        // support: 4 tickets by D, 2 open at D, 1 escalated in the window -> 100 - 40 - 30 = 30
        f.ticket(a, "T1", "2026-01-10", "2026-02-01");
        f.ticket(a, "T2", "2026-06-01", "2026-07-05");
        f.ticket(a, "T3", "2026-06-10", QVariant(), true);
        f.ticket(a, "T4", "2026-03-01", "2026-03-05", true);
        f.ticket(a, "T5", "2026-07-02");
        // engagement: last contact 2026-05-16, 45 days -> 83.33
        f.interaction(a, "2026-02-01");
        f.interaction(a, "2026-05-16");
        f.interaction(a, "2026-07-10");
        // C: only a ticket after D -> no support data
        f.ticket(c, "T6", "2026-07-01");
    }
};

const AccountHealth &byKey(const std::vector<AccountHealth> &all, const QString &key)
{
    for (const AccountHealth &h : all) {
        if (h.extId == key)
            return h;
    }
    FAIL("no account " << key.toStdString());
    return all.front();
}

const MeasureResult &measure(const AccountHealth &h, const QString &key)
{
    for (const MeasureResult &m : h.computed.measures) {
        if (m.key == key)
            return m;
    }
    FAIL("no measure " << key.toStdString());
    return h.computed.measures.front();
}

} // namespace

TEST_CASE("the loader reads each input within its window for all accounts at once")
{
    Book book;
    const std::vector<HealthInputs> all = HealthLoader(book.f.db()).load(kServiceAsOf, Scorecard());
    REQUIRE(all.size() == 3);
    const HealthInputs &a = all[0];
    CHECK(a.extId == "A-1");
    CHECK(a.usageMonth == "2026-06");
    CHECK(a.activeUsers == 50);
    CHECK(a.licensedUsers == 100);
    CHECK(a.npsCount == 2);
    CHECK(a.npsSum == 16);
    CHECK(a.csatCount == 3);
    CHECK(a.csatGood == 2);
    CHECK(a.ticketsEver == 4);
    CHECK(a.ticketsOpen == 2);
    CHECK(a.escalatedRecent == 1);
    CHECK(a.lastInteraction == QDate(2026, 5, 16));
    CHECK(all[2].ticketsEver == 0);

    const std::vector<HealthInputs> one
        = HealthLoader(book.f.db()).load(kServiceAsOf, Scorecard(), book.a);
    REQUIRE(one.size() == 1);
    CHECK(one[0].ticketsOpen == 2);
    CHECK(one[0].usageMonth == "2026-06");
    CHECK(one[0].lastInteraction == QDate(2026, 5, 16));
}

TEST_CASE("an account's health from the database hand-computed")
{
    Book book;
    HealthService service(book.f.db());
    const std::vector<AccountHealth> all = service.evaluateAll(kServiceAsOf);
    REQUIRE(all.size() == 3);
    const AccountHealth &a = byKey(all, "A-1");
    CHECK(measure(a, "adoption").score == Approx(50.0));
    CHECK(measure(a, "nps").score == Approx(80.0));
    CHECK(measure(a, "csat").score == Approx(200.0 / 3));
    CHECK(measure(a, "support").score == Approx(30.0));
    CHECK(measure(a, "engagement").score == Approx(250.0 / 3));
    // (1500 + 1600 + 1000 + 600 + 1250) / 100
    REQUIRE(a.computed.score.has_value());
    CHECK(*a.computed.score == Approx(59.5));
    CHECK(a.band() == Band::Yellow);
    CHECK(byKey(all, "B-2").band() == Band::Insufficient);
    CHECK_FALSE(byKey(all, "C-3").computed.score.has_value());
    CHECK_FALSE(measure(byKey(all, "C-3"), "support").hasData);

    const AccountHealth one = service.evaluate(book.a, kServiceAsOf);
    CHECK(*one.computed.score == Approx(59.5));
    CHECK(service.accountIdForKey("A-1") == book.a);
    CHECK_FALSE(service.accountIdForKey("nope").has_value());
    CHECK_THROWS_AS(service.evaluate(99999, kServiceAsOf), DataError);

    const QJsonObject json = HealthService::toJson(a);
    CHECK(json.value("id").toString() == "A-1");
    CHECK(json.value("name").toString() == "Alborz Trading");
    CHECK(json.value("score").toDouble() == Approx(59.5));
    CHECK(json.value("band").toString() == "yellow");
    CHECK(json.value("override").isNull());
    const QJsonObject adoption = json.value("measures").toObject().value("adoption").toObject();
    CHECK(adoption.value("score").toDouble() == Approx(50.0));
    CHECK(adoption.value("weight").toDouble() == 30);
    CHECK(adoption.value("value").toDouble() == Approx(0.5));
    CHECK(adoption.value("contribution").toDouble() == Approx(15.0));
    const QJsonObject insufficient = HealthService::toJson(byKey(all, "B-2"));
    CHECK(insufficient.value("score").isNull());
    CHECK(insufficient.value("band").toString() == "insufficient");
    CHECK(insufficient.value("measures").toObject().value("nps").toObject().value("score").isNull());
}

TEST_CASE("an override applies while the as-of date is not after its end")
{
    Book book;
    HealthService service(book.f.db());
    service.addOverride(book.a, Band::Red, "Champion left; renewal at risk", "sara@example.com",
                        QDate(2026, 6, 30));
    AccountHealth a = service.evaluate(book.a, kServiceAsOf);
    REQUIRE(a.override_.has_value());
    CHECK(a.band() == Band::Red);
    CHECK(a.computed.band == Band::Yellow);
    QJsonObject json = HealthService::toJson(a);
    CHECK(json.value("band").toString() == "red");
    CHECK(json.value("computed_band").toString() == "yellow");
    const QJsonObject o = json.value("override").toObject();
    CHECK(o.value("band").toString() == "red");
    CHECK(o.value("reason").toString() == "Champion left; renewal at risk");
    CHECK(o.value("author").toString() == "sara@example.com");
    CHECK(o.value("ends_on").toString() == "2026-06-30");

    // Expired the day after its end.
    a = service.evaluate(book.a, kServiceAsOf.addDays(1));
    CHECK_FALSE(a.override_.has_value());
    CHECK(a.band() == a.computed.band);
    CHECK(service.activeOverride(book.a, kServiceAsOf).has_value());
    CHECK_FALSE(service.activeOverride(book.a, kServiceAsOf.addDays(1)).has_value());

    // The latest one wins; an insufficient account can be overridden too.
    service.addOverride(book.a, Band::Green, "Signed the renewal", "sara@example.com", QDate(2026, 12, 31));
    CHECK(service.evaluate(book.a, kServiceAsOf).band() == Band::Green);
    service.addOverride(book.b, Band::Yellow, "New, no data yet", "omid@example.com", QDate(2026, 8, 1));
    CHECK(byKey(service.evaluateAll(kServiceAsOf), "B-2").band() == Band::Yellow);
    CHECK(service.overrides(book.a).size() == 2);
    CHECK(book.f.value("SELECT count(*) FROM audit_log WHERE entity = 'health_override'").toInt() == 3);

    CHECK(service.clearOverrides(book.a, "lead@example.com") == 2);
    CHECK_FALSE(service.evaluate(book.a, kServiceAsOf).override_.has_value());
    CHECK(book.f.value("SELECT count(*) FROM audit_log WHERE entity = 'health_override'"
                       " AND actor = 'lead@example.com' AND new_value IS NULL").toInt() == 2);
}

TEST_CASE("bad overrides are refused")
{
    Book book;
    HealthService service(book.f.db());
    CHECK_THROWS_AS(
        service.addOverride(book.a, Band::Insufficient, "r", "me", kServiceAsOf), DataError);
    CHECK_THROWS_AS(service.addOverride(book.a, Band::Red, "  ", "me", kServiceAsOf), DataError);
    CHECK_THROWS_AS(service.addOverride(book.a, Band::Red, "r", "", kServiceAsOf), DataError);
    CHECK_THROWS_AS(service.addOverride(book.a, Band::Red, "r", "me", QDate()), DataError);
    CHECK_THROWS_AS(service.addOverride(424242, Band::Red, "r", "me", kServiceAsOf), DataError);
    CHECK(book.f.value("SELECT count(*) FROM health_overrides").toInt() == 0);
}

TEST_CASE("monthly snapshots and the trend against the latest earlier month")
{
    Book book;
    HealthService service(book.f.db());
    // Nothing earlier: no trend.
    CHECK(service.evaluate(book.a, kServiceAsOf).trend == Trend::None);

    book.f.exec("INSERT INTO health_snapshots (account_id, month, score, band) VALUES (?, ?, ?, ?)",
                {book.a, "2026-04", 80.0, "green"});
    book.f.exec("INSERT INTO health_snapshots (account_id, month, score, band) VALUES (?, ?, ?, ?)",
                {book.a, "2026-05", 55.0, "yellow"});
    AccountHealth a = service.evaluate(book.a, kServiceAsOf);
    CHECK(a.trend == Trend::Up);                // 59.5 vs May's 55
    CHECK(a.previousMonth == "2026-05");
    CHECK(*a.previousScore == Approx(55.0));
    CHECK(HealthService::toJson(a).value("trend").toString() == "up");

    CHECK(service.recordSnapshot(kServiceAsOf) == 3);
    CHECK(service.hasSnapshot("2026-06"));
    CHECK_FALSE(service.hasSnapshot("2026-07"));
    CHECK(book.f.value("SELECT score FROM health_snapshots WHERE account_id = ? AND month = '2026-06'",
                       {book.a}).toDouble() == Approx(59.5));
    CHECK(book.f.value("SELECT band FROM health_snapshots WHERE account_id = ? AND month = '2026-06'",
                       {book.b}).toString() == "insufficient");
    CHECK(book.f.value("SELECT score FROM health_snapshots WHERE account_id = ? AND month = '2026-06'",
                       {book.b}).isNull());
    // Its own month is not compared with: still up against May.
    CHECK(service.evaluate(book.a, kServiceAsOf).trend == Trend::Up);

    // In July the June snapshot is the one compared with. July 1: adoption 100 (July's usage),
    // nps (0 + 10) / 2 -> 50, csat 1 of 2 -> 50, support 30, engagement 46 days -> 82.22:
    // (3000 + 1000 + 750 + 600 + 1233.33) / 100 = 65.83, up from June's 59.5.
    const AccountHealth july = service.evaluate(book.a, QDate(2026, 7, 1));
    CHECK(*july.computed.score == Approx(65.83));
    CHECK(july.previousMonth == "2026-06");
    CHECK(july.trend == Trend::Up);

    // Re-recording the month updates the rows; an override's band is the one recorded.
    service.addOverride(book.a, Band::Red, "escalation", "sara@example.com", QDate(2026, 6, 30));
    CHECK(service.recordSnapshot(kServiceAsOf) == 3);
    CHECK(book.f.value("SELECT count(*) FROM health_snapshots WHERE month = '2026-06'").toInt() == 3);
    CHECK(book.f.value("SELECT band FROM health_snapshots WHERE account_id = ? AND month = '2026-06'",
                       {book.a}).toString() == "red");

    // Same score as the earlier month: same.
    book.f.exec("UPDATE health_snapshots SET score = 59.5 WHERE account_id = ? AND month = '2026-05'", {book.a});
    CHECK(service.evaluate(book.a, kServiceAsOf).trend == Trend::Same);
    book.f.exec("UPDATE health_snapshots SET score = 70 WHERE account_id = ? AND month = '2026-05'", {book.a});
    CHECK(service.evaluate(book.a, kServiceAsOf).trend == Trend::Down);
}
