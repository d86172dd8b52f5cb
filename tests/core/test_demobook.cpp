// The demo book (buildDemoBook): the files imported, snapshots back-filled and example
// hand-offs in every state, all or nothing.
#include <catch2/catch.hpp>

#include "generator/demobook.h"
#include "handoffs/handoffservice.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <map>

using namespace karvan;

namespace {

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return sql::next(q) ? q.value(0).toLongLong() : -1;
}

GeneratorOptions demoOptions()
{
    GeneratorOptions options;
    options.accounts = 400;
    options.months = 24;
    options.endMonth = QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"));
    return options;
}

} // namespace

TEST_CASE("the demo book has example hand-offs in every state, made through the workflow")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("demo.sqlite")));
    const DemoReport report = buildDemoBook(db, demoOptions(), QStringLiteral("test"), dir.filePath(QStringLiteral("files")));
    REQUIRE(report.handoffs == 8);
    CHECK(report.snapshots == 23);
    CHECK(report.imported.size() == qsizetype(allCsvKinds().size()));

    const HandoffService service(db.connection(), QString());
    const std::vector<Handoff> all = service.list();
    REQUIRE(all.size() == 8);
    std::map<QString, int> states;
    int overdue = 0;
    for (const Handoff &h : all) {
        ++states[h.state];
        overdue += h.overdue;
        const Handoff full = service.get(h.id);
        // Every submitted, returned or accepted one has every item done, with the Sales notes.
        if (h.state != QLatin1String("draft")) {
            CHECK(full.missingRequired().isEmpty());
            CHECK(full.items[3].note.contains(QStringLiteral("onboarding workshops")));
        }
        if (h.state == QLatin1String("returned"))
            CHECK(h.lastReason.contains(QStringLiteral("economic buyer")));
        if (h.state == QLatin1String("accepted")) {
            // Accepting moved the account out of acquisition and gave the CSM two tasks.
            QSqlQuery q = sql::prepare(db.connection(), QStringLiteral(
                "SELECT a.stage, (SELECT count(*) FROM tasks t WHERE t.account_id = a.id) FROM accounts a WHERE a.id = ?"));
            q.addBindValue(h.accountId);
            sql::exec(q);
            REQUIRE(sql::next(q));
            CHECK(q.value(0).toString() == QStringLiteral("implementation"));
            CHECK(q.value(1).toInt() == 2);
            // The customer-success stages are the CSM's, with the CSM's team.
            QSqlQuery o = sql::prepare(db.connection(), QStringLiteral(
                "SELECT count(*) FROM ownership o JOIN people p ON p.id = o.person_id JOIN teams t ON t.id = o.team_id"
                " WHERE o.account_id = ? AND p.email = ? AND t.team_key = 'customer_success'"));
            o.addBindValue(h.accountId);
            o.addBindValue(h.csm);
            sql::exec(o);
            REQUIRE(sql::next(o));
            CHECK(o.value(0).toInt() == 3);
        }
    }
    CHECK(states[QStringLiteral("draft")] == 2);
    CHECK(states[QStringLiteral("submitted")] == 3);
    CHECK(states[QStringLiteral("returned")] == 1);
    CHECK(states[QStringLiteral("accepted")] == 2);
    CHECK(overdue == 1);
    // Dated over the last days, not all at once: the quality figures have a median.
    const HandoffQuality quality = service.quality();
    bool median = false;
    for (const HandoffQualityRow &row : quality.csms)
        median = median || (row.medianDaysToAccept && *row.medianDaysToAccept >= 4.0);
    CHECK(median);
}

TEST_CASE("a demo cancelled midway leaves the database as it was")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("demo.sqlite")));
    int calls = 0;
    // Cancel at the last step, after every import, the snapshots and the hand-offs.
    auto progress = [&](int step, int steps) {
        ++calls;
        return step < steps - 1;
    };
    CHECK_THROWS_AS(buildDemoBook(db, demoOptions(), QStringLiteral("test"), dir.filePath(QStringLiteral("files")), progress),
                    ImportCancelled);
    CHECK(calls > 3);
    for (const char *table : {"accounts", "people", "revenue", "interactions", "handoffs", "tasks", "health_snapshots"})
        CHECK(count(db, QString::fromLatin1(table)) == 0);
}

TEST_CASE("building the demo again on a database that holds it adds nothing and says so")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("demo.sqlite")));
    GeneratorOptions options = demoOptions();
    options.accounts = 60;
    const DemoReport first = buildDemoBook(db, options, QStringLiteral("test:demo"), dir.filePath(QStringLiteral("a")));
    REQUIRE_FALSE(first.alreadyPresent);
    CHECK(demoBuiltOn(db.connection()) == QDate::currentDate().toString(Qt::ISODate));
    // Its money is in the generator's currency (Toman), whatever the locale made the file.
    CHECK(SettingsStore(db.connection()).currency() == QStringLiteral("IRT"));
    std::map<QString, qint64> before;
    const QStringList tables = {"accounts", "people", "interactions", "tickets", "surveys", "costs",
                                "revenue", "stage_history", "ownership_history", "handoffs",
                                "health_snapshots", "tasks"};
    for (const QString &t : tables)
        before[t] = count(db, t);

    const DemoReport second = buildDemoBook(db, options, QStringLiteral("test:demo"), dir.filePath(QStringLiteral("b")));
    CHECK(second.alreadyPresent);
    CHECK(second.builtOn == first.builtOn);
    CHECK(second.imported.isEmpty());
    for (const QString &t : tables) {
        INFO(t.toStdString());
        CHECK(count(db, t) == before[t]);
    }
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("b"))).exists());  // nothing generated either
}

TEST_CASE("a database demoed before the demo was recorded is recognised by its demo imports")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("old.sqlite")));
    CHECK(demoBuiltOn(db.connection()).isEmpty());
    sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
        " VALUES ('2026-11-02T09:00:00Z', 'karvan-cli:demo', 'import', 'accounts', 'rows', NULL, '400 rows')"));
    CHECK(demoBuiltOn(db.connection()) == QStringLiteral("2026-11-02"));
}
