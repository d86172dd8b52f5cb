// The health now: one band type, the current band everywhere (not last month's snapshot), one
// override rule, one trend rule, churned accounts, and the stored value kept up to date.
#include <catch2/catch.hpp>

#include "test_healthfixture.h"

#include "accounts/accountbook.h"
#include "accounts/accountdetailloader.h"
#include "accounts/accounteditor.h"
#include "accounts/activityrecords.h"
#include "health/healthservice.h"
#include "io/importer.h"
#include "models/accountfiltermodel.h"
#include "models/accountlistmodel.h"

#include <QFile>
#include <QJsonObject>

#include <map>

using namespace karvan;
using karvan::test::HealthFixture;

namespace {

const QDate kDay(2026, 6, 15);

int visibleWith(const std::vector<AccountRow> &rows, const AccountFilterSpec &spec,
                const QString &mine = QString())
{
    AccountListModel list;
    list.setRows(rows);
    AccountFilterModel filter;
    filter.setListModel(&list);
    filter.setMineOnly(!mine.isEmpty());
    filter.setOwnerEmail(mine);
    filter.setSpec(spec);
    return filter.rowCount();
}

AccountFilterSpec bandSpec(Band band)
{
    AccountFilterSpec spec;
    spec.band = band;
    return spec;
}

} // namespace

TEST_CASE("the band shown is the live score of today and not last month's snapshot")
{
    HealthFixture f;
    const qint64 a = f.account("A-1");
    f.exec("INSERT INTO health_snapshots (account_id, month, score, band) VALUES (?, '2026-05', 56, 'yellow')", {a});
    f.usage(a, "2026-06", 20, 100);              // adoption 0
    f.ticket(a, "T-1", "2026-06-01");            // one open ticket: support 80
    f.interaction(a, "2026-06-10");              // engagement 100
    HealthService health(f.db());
    health.refreshCurrent(kDay);
    const AccountHealth live = health.evaluate(a, kDay);
    REQUIRE(live.computed.score);
    CHECK(*live.computed.score == Approx(47.69).margin(0.01));  // (1600 + 1500) / 65
    CHECK(live.band() == Band::Red);
    CHECK(live.trend == Trend::Down);            // against May's 56

    AccountBook book(f.db());
    AccountDetailLoader detail(f.db());
    const std::vector<AccountRow> rows = book.loadBook();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].band == Band::Red);
    CHECK(rows[0].score == live.computed.score);
    CHECK(rows[0].trend == Trend::Down);
    CHECK(rows[0].previousScore == 56.0);
    CHECK(detail.load(a).band() == Band::Red);
    CHECK(detail.load(a).score() == live.computed.score);
    CHECK(visibleWith(rows, bandSpec(Band::Red)) == 1);
    CHECK(visibleWith(rows, bandSpec(Band::Yellow)) == 0);
    CHECK(HealthService::toJson(live).value("band").toString() == "red");
}

TEST_CASE("the override in force is the latest created one, then the highest id")
{
    HealthFixture f;
    const qint64 a = f.account("A-1");
    const QString insert = QStringLiteral(
        "INSERT INTO health_overrides (account_id, band, reason, author, created_at, ends_on)"
        " VALUES (?, ?, ?, 'x', ?, ?)");
    f.exec(insert, {a, "green", "first", "2026-06-01T10:00:00Z", "2026-12-31"});
    f.exec(insert, {a, "red", "second", "2026-06-02T10:00:00Z", "2026-12-31"});
    f.exec(insert, {a, "yellow", "third, same time", "2026-06-02T10:00:00Z", "2026-12-31"});
    f.exec(insert, {a, "green", "newest but ended", "2026-06-03T10:00:00Z", "2026-06-10"});
    HealthService health(f.db());
    REQUIRE(health.activeOverride(a, kDay));
    CHECK(health.activeOverride(a, kDay)->reason == "third, same time");
    CHECK(health.evaluate(a, kDay).band() == Band::Yellow);
    CHECK(health.evaluateAll(kDay).front().override_->reason == "third, same time");
    CHECK(health.activeOverride(a, QDate(2026, 6, 5))->reason == "newest but ended");
    health.refreshCurrent(kDay);
    const CurrentHealth now = health.readCurrent(a);
    CHECK(now.band == Band::Yellow);
    CHECK(now.computedBand == Band::Insufficient);
    CHECK(now.overridden);
    CHECK(now.overrideReason == "third, same time");
    CHECK_FALSE(health.activeOverride(a, QDate(2027, 1, 1)));
}

TEST_CASE("one trend rule: scores rounded to one decimal")
{
    CHECK(trendBetween(59.54, 59.46) == Trend::Same);  // 59.5 and 59.5
    CHECK(trendBetween(59.56, 59.44) == Trend::Up);    // 59.6 and 59.4
    CHECK(trendBetween(59.44, 59.56) == Trend::Down);
    CHECK(trendBetween(59.5, 59.5) == Trend::Same);
    CHECK(trendBetween(std::nullopt, 50.0) == Trend::None);
    CHECK(trendBetween(50.0, std::nullopt) == Trend::None);
    CHECK(trendKey(Trend::Up) == "up");
}

TEST_CASE("one band type with keys and labels")
{
    for (Band b : allBands()) {
        CHECK(bandFromKey(bandKey(b)) == b);
        CHECK_FALSE(bandLabel(b).isEmpty());
    }
    CHECK(bandKey(Band::Churned) == "churned");
    CHECK(bandLabel(Band::Insufficient) == "No data");
    CHECK(bandFromKey(u"insufficient data") == Band::Insufficient);
    CHECK_FALSE(bandFromKey(u"purple"));
    CHECK(nextBand(Band::Red) == Band::Yellow);
    CHECK_FALSE(nextBand(Band::Churned));
}

TEST_CASE("a churned account has band churned and no score everywhere")
{
    HealthFixture f;
    const qint64 c = f.account("C-1", "Gone Inc", "retention", "churned");
    const qint64 a = f.account("A-1");
    const qint64 sara = f.person("sara@example.com", "customer_success");
    f.ownership(c, "retention", sara);
    f.ownership(a, "retention", sara);
    for (qint64 id : {a, c}) {
        f.usage(id, "2026-06", 100, 100);
        f.ticket(id, QStringLiteral("T-%1").arg(id), "2026-01-01", "2026-01-02");
        f.interaction(id, "2026-06-10");
    }
    HealthService health(f.db());
    health.addOverride(c, Band::Red, "gone", "sara@example.com", QDate::currentDate().addDays(10));
    const AccountHealth h = health.evaluate(c, kDay);
    CHECK(h.band() == Band::Churned);
    CHECK_FALSE(h.computed.score);
    const QJsonObject json = HealthService::toJson(h);
    CHECK(json.value("band").toString() == "churned");
    CHECK(json.value("computed_band").toString() == "churned");
    CHECK(json.value("score").isNull());
    for (const MeasureResult &m : h.computed.measures)
        CHECK_FALSE(m.lift);
    CHECK(health.evaluate(a, kDay).band() == Band::Green);

    health.refreshCurrent(kDay);
    const std::vector<AccountRow> rows = AccountBook(f.db()).loadBook();
    REQUIRE(rows.size() == 2);
    for (const AccountRow &r : rows)
        CHECK(r.band == (r.id == c ? Band::Churned : Band::Green));
    CHECK_FALSE(health.readCurrent(c).overridden);
    // Out of My book and out of the red counts; the status filter finds it.
    CHECK(visibleWith(rows, AccountFilterSpec(), QStringLiteral("sara@example.com")) == 1);
    CHECK(visibleWith(rows, bandSpec(Band::Red)) == 0);
    AccountFilterSpec status;
    status.status = AccountFilterSpec::Status::Churned;
    CHECK(visibleWith(rows, status) == 1);
    status.status = AccountFilterSpec::Status::Active;
    CHECK(visibleWith(rows, status) == 1);
    CHECK(AccountFilterSpec::fromJson(status.toJson()) == status);
    AccountListModel list;
    list.setRows(rows);
    for (int r = 0; r < 2; ++r)
        CHECK(list.index(r, 0).data(AccountListModel::MutedRole).toBool() == (list.row(r).id == c));
}

TEST_CASE("the stored health follows an edit through the account store")
{
    HealthFixture f;
    const qint64 a = f.account("A-1");
    f.usage(a, "2026-05", 100, 100);             // adoption 100
    f.ticket(a, "T-1", "2026-01-01", "2026-01-02");  // support 100
    f.interaction(a, "2026-06-01");              // engagement 100
    HealthService health(f.db());
    health.refreshCurrent(kDay);
    CHECK(health.readCurrent(a).band == Band::Green);

    ActivityRecords records(f.db(), QStringLiteral("t"));
    AccountBook book(f.db());
    AccountDetailLoader detail(f.db());
    AccountEditor editor(f.db(), QStringLiteral("t"));
    records.setToday(kDay);
    editor.setToday(kDay);
    Ticket t;
    t.opened = QDate(2026, 6, 10);
    t.escalated = true;
    records.addTicket(a, t);
    CHECK(book.loadRow(a)->band == Band::Green);  // support 50: (3000 + 1000 + 1500) / 65
    records.addTicket(a, t);
    // support 0: (3000 + 1500) / 65 = 69.23
    CHECK(book.loadRow(a)->band == Band::Yellow);
    CHECK(detail.load(a).band() == Band::Yellow);
    CHECK(*book.loadRow(a)->score == Approx(69.23).margin(0.01));
    CHECK(health.readCurrent(a).asOf == kDay);

    editor.setProfileValue(a, QStringLiteral("status"), QStringLiteral("churned"));
    CHECK(book.loadRow(a)->band == Band::Churned);
    CHECK_FALSE(book.loadRow(a)->score);
    editor.setProfileValue(a, QStringLiteral("status"), QStringLiteral("active"));
    CHECK(book.loadRow(a)->band == Band::Yellow);
}

TEST_CASE("the stored health follows an import")
{
    HealthFixture f;
    const qint64 a = f.account("A-1");
    const QDate today = QDate::currentDate();
    f.usage(a, today.toString("yyyy-MM"), 20, 100);  // adoption 0, weight 30: not enough alone
    HealthService health(f.db());
    health.refreshCurrent(today);
    CHECK(health.readCurrent(a).band == Band::Insufficient);

    QTemporaryDir dir;
    const QString path = dir.filePath("tickets.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QString opened = today.addDays(-5).toString(Qt::ISODate);
    file.write(QStringLiteral("id,account_id,opened,escalated\nT-1,A-1,%1,true\nT-2,A-1,%1,true\n")
                   .arg(opened).toUtf8());
    file.close();
    Database second(f.path());
    Importer(second, QStringLiteral("tester")).importFile(CsvKind::Tickets, path);
    const CurrentHealth now = health.readCurrent(a);
    CHECK(now.asOf == today);
    CHECK(now.band == Band::Red);                // adoption 0, support 0
    CHECK(now.score == 0.0);
}

TEST_CASE("an import refreshes the health of the accounts it names, the same as a whole refresh")
{
    HealthFixture f;
    const QDate today = QDate::currentDate();
    const qint64 a = f.account("A-1");
    const qint64 b = f.account("B-1");
    for (const qint64 id : {a, b})
        f.usage(id, today.toString("yyyy-MM"), 20, 100);
    // A book where one account is less than a twenty-fifth: refreshed one by one.
    for (int i = 0; i < int(HealthService::kOneByOneCost); ++i)
        f.account(QStringLiteral("X-%1").arg(i));
    HealthService health(f.db());
    health.refreshCurrent(today);
    // B's stored row is made to look old: only a whole refresh would touch it.
    f.exec(QStringLiteral("UPDATE health_current SET as_of = '2001-01-01' WHERE account_id = ?"), {b});

    QTemporaryDir dir;
    const QString path = dir.filePath("tickets.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("id,account_id,opened,escalated\nT-1,A-1,%1,true\n")
                   .arg(today.addDays(-3).toString(Qt::ISODate)).toUtf8());
    file.close();
    Database second(f.path());
    Importer(second, QStringLiteral("tester")).importFile(CsvKind::Tickets, path);
    const CurrentHealth refreshed = health.readCurrent(a);
    CHECK(refreshed.asOf == today);
    CHECK(refreshed.band == Band::Red);
    CHECK(health.readCurrent(b).asOf == QDate(2001, 1, 1));  // not named by the file: left alone

    // A whole refresh now changes nothing for A: the one-by-one refresh stored the same.
    health.refreshCurrent(today);
    const CurrentHealth whole = health.readCurrent(a);
    CHECK(whole.score == refreshed.score);
    CHECK(whole.band == refreshed.band);
    CHECK(whole.trend == refreshed.trend);
    CHECK(health.readCurrent(b).asOf == today);

    // A file naming more than a twenty-fifth of the book refreshes the whole book.
    f.exec(QStringLiteral("UPDATE health_current SET as_of = '2001-01-01' WHERE account_id = ?"), {b});
    QFile many(dir.filePath("many.csv"));
    REQUIRE(many.open(QIODevice::WriteOnly));
    many.write(QStringLiteral("id,account_id,opened\nT-2,A-1,%1\nT-3,X-1,%1\n")
                   .arg(today.addDays(-2).toString(Qt::ISODate)).toUtf8());
    many.close();
    Importer(second, QStringLiteral("tester")).importFile(CsvKind::Tickets, many.fileName());
    CHECK(health.readCurrent(b).asOf == today);
}

TEST_CASE("the stored health is refreshed on a new day")
{
    HealthFixture f;
    const qint64 a = f.account("A-1");
    f.usage(a, "2026-05", 20, 100);              // adoption 0
    f.ticket(a, "T-1", "2026-01-01", "2026-01-02");  // support 100
    f.interaction(a, "2026-06-01");
    HealthService health(f.db());
    CHECK(health.currentIsStale(kDay));          // never scored
    CHECK(health.ensureCurrent(kDay));
    CHECK(health.readCurrent(a).band == Band::Yellow);  // (2000 + 1500) / 65 = 53.85
    CHECK_FALSE(health.ensureCurrent(kDay));

    const QDate later(2026, 9, 30);              // 121 days without contact: engagement 0
    CHECK(health.currentIsStale(later));
    CHECK(health.ensureCurrent(later));
    CHECK(health.readCurrent(a).band == Band::Red);     // 2000 / 65 = 30.77
    CHECK(health.readCurrent(a).asOf == later);
    CHECK(AccountBook(f.db()).loadRow(a)->band == Band::Red);

    // A new scorecard makes every stored row stale.
    Scorecard card = health.scorecard();
    card.setWeight(QStringLiteral("engagement"), 0);
    QSqlDatabase db = f.db();
    card.save(db, QStringLiteral("t"));
    CHECK(health.currentIsStale(later));
}

TEST_CASE("a refresh in parts of the book stores exactly what a refresh in one part stores")
{
    HealthFixture f;
    std::vector<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        const qint64 a = f.account(QStringLiteral("P-%1").arg(7 - i),  // ext_id order != row id order
                                   QString(), QStringLiteral("retention"),
                                   i == 5 ? QStringLiteral("churned") : QStringLiteral("active"));
        ids.push_back(a);
        if (i % 3 != 2)
            f.usage(a, "2026-05", 10 * (i + 2), 100);
        if (i % 2 == 0)
            f.survey(a, "2026-06-01", "nps", i + 3);
        if (i != 1)
            f.survey(a, "2026-06-10", "csat", 1 + i % 5);
        if (i % 2 == 1)
            f.ticket(a, QStringLiteral("T-%1").arg(i), "2026-06-01", QVariant(), i == 3);
        if (i != 4)
            f.interaction(a, QStringLiteral("2026-0%1-01").arg(2 + i % 4));
        f.exec(QStringLiteral("INSERT INTO health_snapshots (account_id, month, score, band) VALUES (?, ?, ?, ?)"),
               {a, "2026-05", 40.0 + 5 * i, "yellow"});
    }
    HealthService health(f.db());
    health.addOverride(ids.at(2), Band::Green, QStringLiteral("renewal signed"), QStringLiteral("t"),
                       kDay.addDays(10));

    auto stored = [&] {
        std::map<qint64, CurrentHealth> all;
        health.readCurrent([&](qint64 id, CurrentHealth &&c) { all.emplace(id, std::move(c)); });
        return all;
    };
    CHECK(health.refreshCurrent(kDay) == 7);
    const std::map<qint64, CurrentHealth> whole = stored();
    REQUIRE(whole.size() == 7);
    QSqlDatabase db = f.db();
    HealthService::invalidateCurrent(db);

    HealthService parts(f.db());
    parts.setAccountsPerPart(2);  // four parts of row ids
    CHECK(parts.refreshCurrent(kDay) == 7);
    const std::map<qint64, CurrentHealth> inParts = stored();
    REQUIRE(inParts.size() == 7);
    int scored = 0;
    for (const auto &[id, c] : whole) {
        const CurrentHealth &p = inParts.at(id);
        CHECK(p.asOf == kDay);
        CHECK(p.score == c.score);
        CHECK(p.computedBand == c.computedBand);
        CHECK(p.band == c.band);
        CHECK(p.overridden == c.overridden);
        CHECK(p.overrideReason == c.overrideReason);
        CHECK(p.trend == c.trend);
        CHECK(p.previousScore == c.previousScore);
        CHECK(p.previousMonth == c.previousMonth);
        scored += c.score.has_value() ? 1 : 0;
    }
    CHECK(scored >= 4);                                  // the inputs reached every part
    CHECK(inParts.at(ids.at(2)).overridden);
    CHECK(inParts.at(ids.at(5)).band == Band::Churned);
    CHECK(inParts.at(ids.at(0)).previousMonth == QStringLiteral("2026-05"));
}
