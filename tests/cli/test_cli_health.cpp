// karvan-cli health, scorecard and matrix run as a user would: JSON shapes, figures, tables,
// snapshots, files and exit codes. Fixture rows are inserted with SQL (test_healthfixture.h).
#include <catch2/catch.hpp>

#include "clirun.h"

#include "health/healthservice.h"

#include "../core/test_healthfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace karvan;

using namespace karvan::clitest;

namespace {

// A-1: adoption 50, nps 80, csat 66.67, support 30, engagement 83.33 -> 59.5 yellow on
// 2026-06-30 (see test_healthservice.cpp); B-2: no data; C-3: owned by an inactive person.
struct Book
{
    test::HealthFixture f;
    qint64 a = 0, b = 0, c = 0;

    Book()
    {
        const qint64 sara = f.person("sara@example.com", "customer_success");
        const qint64 reza = f.person("reza@example.com", "customer_success", false);
        f.person("sam@example.com", "support");
        f.person("mina@example.com", "marketing");
        a = f.account("A-1", "Alborz Trading", "retention");
        b = f.account("B-2", "Bam Foods", "implementation");
        c = f.account("C-3", "Caspian Soft", "retention");
        f.ownership(a, "retention", sara, "customer_success");
        f.ownership(c, "retention", reza, "customer_success");
        f.usage(a, "2026-06", 50, 100);
        f.survey(a, "2026-01-02", "nps", 6);
        f.survey(a, "2026-06-30", "nps", 10);
        f.survey(a, "2026-04-02", "csat", 5);
        f.survey(a, "2026-06-15", "csat", 3);
        f.survey(a, "2026-06-20", "csat", 4);
        f.ticket(a, "T1", "2026-01-10", "2026-02-01");
        f.ticket(a, "T2", "2026-06-01", "2026-07-05");
        f.ticket(a, "T3", "2026-06-10", QVariant(), true);
        f.ticket(a, "T4", "2026-03-01", "2026-03-05", true);
        f.interaction(a, "2026-05-16");
        f.revenue(a, "2026-06", 399000050);
        f.revenue(c, "2026-06", 1000);
    }

    QStringList args(const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), f.path()} + rest;
    }
};

} // namespace

TEST_CASE("health --json prints the contract's shape with hand-computed figures")
{
    Book book;
    const Run run = cli(book.args({"health", "--as-of", "2026-06-30", "--json"}));
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = json(run);
    CHECK(doc.value("as_of").toString() == "2026-06-30");
    const QJsonArray accounts = doc.value("accounts").toArray();
    REQUIRE(accounts.size() == 3);
    const QJsonObject a = accounts.at(0).toObject();
    CHECK(a.value("id").toString() == "A-1");
    CHECK(a.value("name").toString() == "Alborz Trading");
    CHECK(a.value("score").toDouble() == Approx(59.5));
    CHECK(a.value("band").toString() == "yellow");
    CHECK(a.value("override").isNull());
    const QJsonObject measures = a.value("measures").toObject();
    CHECK(measures.keys() == QStringList{"adoption", "csat", "engagement", "nps", "support"});
    const QJsonObject adoption = measures.value("adoption").toObject();
    CHECK(adoption.value("score").toDouble() == Approx(50));
    CHECK(adoption.value("weight").toDouble() == 30);
    CHECK(adoption.value("value").toDouble() == Approx(0.5));
    CHECK(measures.value("nps").toObject().value("value").toDouble() == Approx(8.0));
    CHECK(measures.value("support").toObject().value("value").toObject().value("open").toInt() == 2);
    CHECK(measures.value("engagement").toObject().value("value").toDouble() == 45);

    const QJsonObject b = accounts.at(1).toObject();
    CHECK(b.value("score").isNull());
    CHECK(b.value("band").toString() == "insufficient");
    CHECK(b.value("measures").toObject().value("adoption").toObject().value("score").isNull());
}

TEST_CASE("health shows an override next to the computed band")
{
    Book book;
    HealthService(book.f.db()).addOverride(book.a, Band::Red, "Champion left", "sara@example.com",
                                           QDate(2026, 7, 31));
    const QJsonObject a = json(cli(book.args({"health", "--as-of", "2026-06-30", "--account", "A-1", "--json"})))
                              .value("accounts").toArray().at(0).toObject();
    CHECK(a.value("band").toString() == "red");
    CHECK(a.value("computed_band").toString() == "yellow");
    CHECK(a.value("score").toDouble() == Approx(59.5));
    const QJsonObject o = a.value("override").toObject();
    CHECK(o.value("band").toString() == "red");
    CHECK(o.value("reason").toString() == "Champion left");
    CHECK(o.value("author").toString() == "sara@example.com");
    CHECK(o.value("ends_on").toString() == "2026-07-31");

    const QJsonObject later = json(cli(book.args({"health", "--as-of", "2026-08-01", "--account", "A-1", "--json"})))
                                  .value("accounts").toArray().at(0).toObject();
    CHECK(later.value("override").isNull());
}

TEST_CASE("health records the month's snapshot unless told not to and shows the trend")
{
    Book book;
    REQUIRE(cli(book.args({"health", "--as-of", "2026-05-31", "--no-snapshot"})).exitCode == 0);
    CHECK(book.f.value("SELECT count(*) FROM health_snapshots").toInt() == 0);
    REQUIRE(cli(book.args({"health", "--as-of", "2026-05-31"})).exitCode == 0);
    CHECK(book.f.value("SELECT count(*) FROM health_snapshots WHERE month = '2026-05'").toInt() == 3);
    // May 31: no usage yet, nps 60, csat 100, support 100, engagement 100:
    // (1200 + 1500 + 2000 + 1500) / 70 = 88.57
    CHECK(book.f.value("SELECT score FROM health_snapshots WHERE month = '2026-05'"
                       " AND account_id = ?", {book.a}).toDouble() == Approx(88.57));
    const QJsonObject a = json(cli(book.args({"health", "--as-of", "2026-06-30", "--json"})))
                              .value("accounts").toArray().at(0).toObject();
    CHECK(a.value("previous_month").toString() == "2026-05");
    CHECK(a.value("previous_score").toDouble() == Approx(88.57));
    CHECK(a.value("trend").toString() == "down");
    CHECK(book.f.value("SELECT count(*) FROM health_snapshots WHERE month = '2026-06'").toInt() == 3);
}

TEST_CASE("health prints a readable table and one account's explanation")
{
    Book book;
    Run run = cli(book.args({"health", "--as-of", "2026-06-30", "--no-snapshot"}));
    REQUIRE(run.exitCode == 0);
    const QString table = run.out;
    CHECK(table.contains("Health as of 2026-06-30: 3 accounts"));
    CHECK(table.contains("A-1"));
    CHECK(table.contains("59.5"));
    CHECK(table.contains("insufficient data"));

    run = cli(book.args({"health", "--as-of", "2026-06-30", "--account", "A-1"}));
    REQUIRE(run.exitCode == 0);
    const QString one = run.out;
    CHECK(one.contains("score 59.5, band yellow"));
    CHECK(one.contains("50% of licensed users active (50 of 100, 2026-06)"));
    // Green needs +15.5 points: more than any one measure can give.
    CHECK(one.contains("no single measure alone can lift it to green"));
    HealthService(book.f.db()).addOverride(book.c, Band::Green, "x", "y", QDate(2026, 7, 1));
    book.f.usage(book.b, "2026-06", 30, 100);   // adoption 16.67
    book.f.interaction(book.b, "2026-06-01");   // engagement 100: (500 + 1500) / 45 = 44.44
    book.f.survey(book.b, "2026-06-01", "nps", 5); // nps 50: (500 + 1000 + 1500) / 65 = 46.15
    run = cli(book.args({"health", "--as-of", "2026-06-30", "--account", "B-2"}));
    const QString b = run.out;
    CHECK(b.contains("score 46.15, band red"));
    // adoption: 46.15 -> 50 needs +3.85 x 65 / 30 = 8.33 points -> 25 -> 35% of 100
    CHECK(b.contains("adoption: 30% -> 35% of licensed users active (35 of 100) lifts it to yellow"));
}

TEST_CASE("health refuses an unknown account or a bad date or a missing database")
{
    Book book;
    Run run = cli(book.args({"health", "--account", "NOPE"}));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("unknown account 'NOPE'"));
    CHECK(run.out.isEmpty());
    run = cli(book.args({"health", "--as-of", "2026-02-30"}));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("--as-of"));
    run = cli({"--db", book.f.path() + ".missing", "health"});
    CHECK(run.exitCode == 3);
    CHECK_FALSE(QFile::exists(book.f.path() + ".missing"));
}

TEST_CASE("scorecard export and import round-trip and a bad file changes nothing")
{
    Book book;
    const QString file = book.f.path() + ".card.json";
    REQUIRE(cli(book.args({"scorecard", "export", file})).exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject card = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    CHECK(card.value("green_from").toDouble() == 75);
    CHECK(card.value("measures").toArray().size() == 5);

    // Weigh adoption 50 instead of 30: A-1 = (2500 + 1600 + 1000 + 600 + 1250) / 120 = 57.92
    QJsonArray measures = card.value("measures").toArray();
    QJsonObject adoption = measures.at(0).toObject();
    REQUIRE(adoption.value("key").toString() == "adoption");
    adoption.insert("weight", 50);
    measures.replace(0, adoption);
    card.insert("measures", measures);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(card).toJson());
    f.close();
    Run run = cli(book.args({"scorecard", "import", file}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(book.f.value("SELECT weight FROM scorecard_measures WHERE measure = 'adoption'").toDouble() == 50);
    const QJsonObject a = json(cli(book.args({"health", "--as-of", "2026-06-30", "--account", "A-1", "--json"})))
                              .value("accounts").toArray().at(0).toObject();
    CHECK(a.value("score").toDouble() == Approx(57.92));

    const Run exported = cli(book.args({"scorecard", "export"}));
    CHECK(json(exported).value("measures").toArray().at(0).toObject().value("weight").toDouble() == 50);

    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"green_from": 40, "measures": [{"key": "loyalty", "weight": 10}, {"key": "nps", "weight": -1}]})");
    f.close();
    run = cli(book.args({"scorecard", "import", file}));
    CHECK(run.exitCode == 2);
    const QString err = run.err;
    CHECK(err.contains("unknown measure 'loyalty'"));
    CHECK(err.contains("weight must be a number >= 0"));
    CHECK(err.contains("bands out of order"));
    CHECK(book.f.value("SELECT weight FROM scorecard_measures WHERE measure = 'nps'").toDouble() == 20);
    CHECK(book.f.value("SELECT value FROM settings WHERE name = 'health.green_from'").toString() == "75");
    CHECK(cli(book.args({"scorecard", "import", file + ".none"})).exitCode == 2);
    CHECK(cli(book.args({"scorecard", "frobnicate"})).exitCode == 1);
}

TEST_CASE("matrix --json prints owners per stage with the gaps and the load")
{
    Book book;
    const Run run = cli(book.args({"matrix", "--json", "--as-of", "2026-06-30"}));
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = json(run);
    CHECK(doc.value("stages").toArray().size() == 6);
    const QJsonArray accounts = doc.value("accounts").toArray();
    REQUIRE(accounts.size() == 3);
    const QJsonObject owners = accounts.at(0).toObject().value("owners").toObject();
    CHECK(owners.value("retention").toObject().value("person").toString() == "sara@example.com");
    CHECK(owners.value("retention").toObject().value("from_template").toBool() == false);
    CHECK(owners.value("acquisition").toObject().value("team").toString() == "sales");
    CHECK(owners.value("acquisition").toObject().value("from_template").toBool());

    QStringList gaps;
    int ahead = 0;
    for (const QJsonValue &g : doc.value("gaps").toArray()) {
        const QJsonObject o = g.toObject();
        if (!o.value("current").toBool()) {
            // Stages still ahead of the account: only named inactive owners and teams with nobody active.
            CHECK(o.value("problem").toString() != "no owner");
            ++ahead;
            continue;
        }
        gaps << o.value("account").toString() + " " + o.value("stage").toString() + " "
                    + o.value("problem").toString() + " " + o.value("team").toString();
    }
    CHECK(ahead > 0);
    // B-2 implementation: no owner, training has no active member (support has sam);
    // C-3 retention: inactive owner; A-1 retention: marketing (mina) and support (sam) active.
    CHECK(gaps == QStringList{"B-2 implementation no owner ",
                              "B-2 implementation no active member in a supporting team training",
                              "C-3 retention inactive owner "});

    const QJsonArray load = doc.value("load").toArray();
    REQUIRE(load.size() == 2);
    CHECK(load.at(0).toObject().value("person").toString() == "reza@example.com");
    CHECK(load.at(0).toObject().value("mrr").toDouble() == Approx(10.0));
    CHECK(load.at(1).toObject().value("person").toString() == "sara@example.com");
    CHECK(load.at(1).toObject().value("mrr").toDouble() == Approx(3990000.5));
    CHECK(load.at(1).toObject().value("accounts").toInt() == 1);
    CHECK(load.at(1).toObject().value("red").toInt() == 0);

    const Run text = cli(book.args({"matrix"}));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Gaps at the current and later stages: %1").arg(3 + ahead)));
    CHECK(text.out.contains("reza@example.com (inactive)"));
}

TEST_CASE("health --json shows a churned account as churned with no score")
{
    Book book;
    book.f.exec("UPDATE accounts SET status = 'churned' WHERE id = ?", {book.a});
    const QJsonObject a = json(cli(book.args({"health", "--as-of", "2026-06-30", "--account", "A-1", "--json"})))
                              .value("accounts").toArray().at(0).toObject();
    CHECK(a.value("band").toString() == "churned");
    CHECK(a.value("computed_band").toString() == "churned");
    CHECK(a.value("score").isNull());
    CHECK(a.value("measures").toObject().value("adoption").toObject().value("lift").isNull());
    CHECK(cli(book.args({"health", "--as-of", "2026-06-30", "--account", "A-1"})).out.contains("churned"));
}

TEST_CASE("health as of today stores the health now that the book reads")
{
    Book book;
    const Run run = cli(book.args({"health", "--json"}));
    REQUIRE(run.exitCode == 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const QJsonValue &v : json(run).value("accounts").toArray()) {
        const QJsonObject o = v.toObject();
        CHECK(book.f.value("SELECT h.band FROM health_current h JOIN accounts a ON a.id = h.account_id"
                           " WHERE a.ext_id = ? AND h.as_of = ?", {o.value("id").toString(), today})
                  .toString() == o.value("band").toString());
    }
}
