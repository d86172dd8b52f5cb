#include <catch2/catch.hpp>

#include "storage/database.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "domain/storedtext.h"
#include "storage/migrations.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/sqlengine.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

using namespace karvan;

namespace {

int count(const QSqlDatabase &db, const QString &sqlText)
{
    QSqlQuery q = sql::run(db, sqlText);
    return q.next() ? q.value(0).toInt() : -1;
}

bool hasTable(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q = sql::prepare(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    q.addBindValue(name);
    sql::exec(q);
    return q.next() && q.value(0).toInt() == 1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("a new database gets the schema, the teams and the default template")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("k.sqlite");
    Database db(path);
    CHECK(db.wasCreated());
    CHECK(db.schemaVersion() == migrations::latestVersion());
    const QSqlDatabase c = db.connection();
    CHECK(count(c, "SELECT count(*) FROM teams") == 12);
    CHECK(count(c, "SELECT count(*) FROM template_stages") == 6);
    CHECK(count(c, "SELECT count(*) FROM template_supporting") == 12);
    CHECK(count(c, "SELECT count(*) FROM conflict_rules") == 2);  // escalated ticket, feature request
    CHECK(count(c, "SELECT count(*) FROM scorecard_measures") == 5);
    CHECK(count(c, "PRAGMA foreign_keys") == 1);

    QSqlQuery q = sql::run(c,
        "SELECT o.team_key, s.key_metrics FROM template_stages s "
        "JOIN teams o ON o.id = s.owner_team_id WHERE s.stage = 'implementation'");
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == "customer_success");
    CHECK(q.value(1).toString().startsWith("time to value"));
}

TEST_CASE("opening an existing database again is idempotent")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("k.sqlite");
    { Database db(path); }
    Database again(path);
    CHECK_FALSE(again.wasCreated());
    CHECK(count(again.connection(), "SELECT count(*) FROM teams") == 12);
    CHECK(count(again.connection(), "SELECT count(*) FROM conflict_rules") == 2);
}

TEST_CASE("each migration step produces its own tables")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("k.sqlite");
    Database::Options options;

    SECTION("step 1: records of the CSV kinds") {
        options.targetVersion = 1;
        Database db(path, options);
        CHECK(db.schemaVersion() == 1);
        for (const char *t : {"teams", "people", "accounts", "custom_fields", "account_fields",
                              "goals", "contacts", "stage_history", "ownership",
                              "ownership_supporting", "ownership_history", "interactions",
                              "tickets", "surveys", "costs", "revenue", "usage", "audit_log",
                              "settings"})
            CHECK(hasTable(db.connection(), t));
        CHECK_FALSE(hasTable(db.connection(), "template_stages"));
        CHECK(count(db.connection(), "SELECT count(*) FROM teams") == 12);
    }
    SECTION("step 2: template, hand-offs, rules") {
        options.targetVersion = 2;
        Database db(path, options);
        CHECK(db.schemaVersion() == 2);
        for (const char *t : {"template_stages", "template_supporting", "checklist_template",
                              "handoffs", "handoff_items", "handoff_events", "conflict_rules"})
            CHECK(hasTable(db.connection(), t));
        CHECK_FALSE(hasTable(db.connection(), "scorecard_measures"));
        CHECK(count(db.connection(), "SELECT count(*) FROM checklist_template WHERE required = 1") == 5);
    }
    SECTION("step 3: health") {
        options.targetVersion = 3;
        Database db(path, options);
        for (const char *t : {"scorecard_measures", "health_overrides", "health_snapshots",
                              "saved_filters"})
            CHECK(hasTable(db.connection(), t));
        CHECK(count(db.connection(), "SELECT sum(weight) FROM scorecard_measures") == 100);
        CHECK_FALSE(hasTable(db.connection(), "health_current"));
    }
    SECTION("step 6: the hand-off checklist with help texts") {
        options.targetVersion = 6;
        Database db(path, options);
        CHECK(count(db.connection(), "SELECT count(*) FROM checklist_template") == 9);
        CHECK(count(db.connection(), "SELECT count(*) FROM checklist_template WHERE required = 1") == 7);
        CHECK(count(db.connection(), "SELECT count(*) FROM checklist_template WHERE help = ''") == 0);
        CHECK(count(db.connection(), "SELECT count(*) FROM handoff_items WHERE help IS NULL") == 0);
    }
}

TEST_CASE("an organisation's own checklist survives the step that brings the nine-item default")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("own.sqlite");
    {
        Database::Options options;
        options.targetVersion = 3;
        Database db(path, options);
        sql::exec(db.connection(), "UPDATE checklist_template SET text = 'Our own first item' WHERE position = 0");
    }
    Database db(path);
    CHECK(count(db.connection(), "SELECT count(*) FROM checklist_template") == 8);
    CHECK(count(db.connection(), "SELECT count(*) FROM checklist_template WHERE text = 'Our own first item'") == 1);
}

TEST_CASE("every migration step upgrades a database made at the version before it")
{
    // Generic over migrations::steps(): a step added later is covered without editing this test.
    for (int target = 2; target <= migrations::latestVersion(); ++target) {
        INFO("step " << target);
        QTemporaryDir dir;
        const QString path = dir.filePath("step.sqlite");
        QStringList tablesBefore;
        {
            Database::Options options;
            options.targetVersion = target - 1;
            Database db(path, options);
            REQUIRE(db.schemaVersion() == target - 1);
            QSqlQuery q = sql::prepare(db.connection(),
                "INSERT INTO accounts (ext_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
            q.addBindValue("KEEP-1");
            q.addBindValue(QStringLiteral("Kept \u0634\u0631\u06a9\u062a"));
            q.addBindValue("2026-01-01T00:00:00Z");
            q.addBindValue("2026-01-01T00:00:00Z");
            sql::exec(q);
            QSqlQuery t = sql::run(db.connection(),
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            while (t.next())
                tablesBefore << t.value(0).toString();
        }
        Database::Options options;
        options.targetVersion = target;
        Database db(path, options);
        CHECK(db.schemaVersion() == target);
        CHECK(db.backupPath() == path + QStringLiteral(".v%1.backup").arg(target - 1));
        CHECK(count(db.connection(), "SELECT count(*) FROM accounts WHERE ext_id = 'KEEP-1'") == 1);
        for (const QString &table : tablesBefore)
            CHECK(hasTable(db.connection(), table));
        CHECK(count(db.connection(), "PRAGMA foreign_key_check") == -1); // no violation rows
    }
}

TEST_CASE("step 5 adds the stored health now to a version 4 database and keeps its data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v4.sqlite");
    {
        Database::Options options;
        options.targetVersion = 4;
        Database db(path, options);
        REQUIRE(db.schemaVersion() == 4);
        sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO accounts (ext_id, name, created_at, updated_at)"
            " VALUES ('A1', 'Kept Ltd', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO health_snapshots (account_id, month, score, band)"
            " SELECT id, '2026-05', 61.5, 'yellow' FROM accounts"));
    }
    Database::Options upTo5;
    upTo5.targetVersion = 5;
    Database db(path, upTo5);
    CHECK(db.schemaVersion() == 5);
    CHECK(hasTable(db.connection(), "health_current"));
    // Empty until first scored: every account is stale, so the app and the CLI fill it.
    CHECK(count(db.connection(), "SELECT count(*) FROM health_current") == 0);
    CHECK(count(db.connection(), "SELECT count(*) FROM health_snapshots WHERE score = 61.5") == 1);
    CHECK(count(db.connection(), "SELECT count(*) FROM accounts WHERE ext_id = 'A1'") == 1);
    // One row per account, removed with it.
    sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO health_current (account_id, as_of, score, computed_band, band)"
        " SELECT id, '2026-06-01', 50, 'yellow', 'yellow' FROM accounts"));
    sql::exec(db.connection(), QStringLiteral("DELETE FROM accounts"));
    CHECK(count(db.connection(), "SELECT count(*) FROM health_current") == 0);
}

namespace {

// The plan SQLite picks for a statement, one line per step.
QString queryPlan(const QSqlDatabase &db, const QString &statement)
{
    QStringList steps;
    QSqlQuery q = sql::run(db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1String("; "));
}

} // namespace

TEST_CASE("step 8 stores revenue and usage in key order, keeps their rows and the metrics' index")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v7.sqlite");
    {
        Database::Options options;
        options.targetVersion = 7;
        Database db(path, options);
        REQUIRE(db.schemaVersion() == 7);
        const QSqlDatabase c = db.connection();
        CHECK_FALSE(sqlengine::isClusteredByKey(c, "revenue"));
        sql::exec(c, "INSERT INTO accounts (ext_id, name, created_at, updated_at) VALUES"
                     " ('A1', 'One', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),"
                     " ('A2', 'Two', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        sql::exec(c, "INSERT INTO revenue (account_id, month, mrr) VALUES"
                     " (2, '2025-02', 700), (1, '2025-02', 500), (2, '2025-01', 0), (1, '2025-01', 399000)");
        sql::exec(c, "INSERT INTO usage (account_id, month, active_users, licensed_users) VALUES"
                     " (2, '2025-01', 3, 9), (1, '2025-01', 5, 10)");
    }
    Database::Options upTo8;
    upTo8.targetVersion = 8;
    Database db(path, upTo8);
    const QSqlDatabase c = db.connection();
    CHECK(db.schemaVersion() == 8);
    CHECK(sqlengine::isClusteredByKey(c, "revenue"));
    CHECK(sqlengine::isClusteredByKey(c, "usage"));
    QStringList revenue;
    QSqlQuery q = sql::run(c, "SELECT account_id, month, mrr FROM revenue ORDER BY account_id, month");
    while (q.next())
        revenue << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    CHECK(revenue.join(QLatin1Char(',')).toStdString()
          == "1 2025-01 399000,1 2025-02 500,2 2025-01 0,2 2025-02 700");
    CHECK(count(c, "SELECT count(*) FROM usage WHERE licensed_users = 10 AND account_id = 1") == 1);
    // The key still refuses a repeat, the CHECK a negative MRR, the reference an unknown account.
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO revenue (account_id, month, mrr) VALUES (1, '2025-01', 1)"), DatabaseError);
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO revenue (account_id, month, mrr) VALUES (1, '2025-09', -1)"), DatabaseError);
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO revenue (account_id, month, mrr) VALUES (9, '2025-09', 1)"), DatabaseError);
    // Removing an account still removes its revenue and usage.
    sql::exec(c, "DELETE FROM accounts WHERE id = 2");
    CHECK(count(c, "SELECT count(*) FROM revenue") == 2);
    CHECK(count(c, "SELECT count(*) FROM usage") == 1);
    // The metrics read a month from the covering index, an account's months from the key.
    CHECK(queryPlan(c, "SELECT account_id, month, mrr FROM revenue WHERE (month = '2025-01' OR month = '2026-01') AND mrr > 0")
              .contains("USING COVERING INDEX revenue_month (month=?)"));
    CHECK(queryPlan(c, "SELECT 1 FROM revenue e WHERE e.account_id = 1 AND e.month < '2025-01' AND e.mrr > 0")
              .contains("USING PRIMARY KEY (account_id=? AND month<?)"));
    // An account's months in order come straight from the key: no sort.
    CHECK(queryPlan(c, "SELECT month, mrr FROM revenue WHERE account_id = 1 ORDER BY month").toStdString()
          == "SEARCH revenue USING PRIMARY KEY (account_id=?)");
}

TEST_CASE("step 9 indexes the health snapshots by month, keeps them, and the bands by month read a range of the index")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v8.sqlite");
    const QString bandsByMonth = QStringLiteral(
        "SELECT month, band, count(*) FROM health_snapshots WHERE month >= '2025-01' AND month <= '2025-12'"
        " GROUP BY month, band");
    {
        Database::Options options;
        options.targetVersion = 8;
        Database db(path, options);
        REQUIRE(db.schemaVersion() == 8);
        const QSqlDatabase c = db.connection();
        sql::exec(c, "INSERT INTO accounts (ext_id, name, created_at, updated_at) VALUES"
                     " ('A1', 'One', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),"
                     " ('A2', 'Two', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        sql::exec(c, "INSERT INTO health_snapshots (account_id, month, score, band) VALUES"
                     " (1, '2024-12', 40, 'red'), (1, '2025-01', 80, 'green'), (2, '2025-01', 60, 'yellow'),"
                     " (2, '2025-02', 61, 'yellow')");
        // Before: every snapshot is read (the key starts with the account).
        CHECK_FALSE(queryPlan(c, bandsByMonth).contains("health_snapshots_month"));
    }
    Database::Options upTo9;
    upTo9.targetVersion = 9;
    Database db(path, upTo9);
    const QSqlDatabase c = db.connection();
    CHECK(db.schemaVersion() == 9);
    CHECK(count(c, "SELECT count(*) FROM health_snapshots") == 4);
    CHECK(queryPlan(c, bandsByMonth).toStdString()
          == "SEARCH health_snapshots USING COVERING INDEX health_snapshots_month (month>? AND month<?)");
    QStringList rows;
    QSqlQuery q = sql::run(c, bandsByMonth);
    while (q.next())
        rows << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    CHECK(rows.join(QLatin1Char(',')).toStdString() == "2025-01 green 1,2025-01 yellow 1,2025-02 yellow 1");
}

TEST_CASE("an older database is backed up next to itself, then upgraded")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    {
        Database::Options options;
        options.targetVersion = 1;
        Database db(path, options);
        QSqlQuery q = sql::prepare(db.connection(),
            "INSERT INTO accounts (ext_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
        q.addBindValue("A1");
        q.addBindValue("Kept Ltd");
        q.addBindValue("2026-01-01T00:00:00Z");
        q.addBindValue("2026-01-01T00:00:00Z");
        sql::exec(q);
    }
    Database db(path);
    CHECK(db.schemaVersion() == migrations::latestVersion());
    REQUIRE_FALSE(db.backupPath().isEmpty());
    CHECK(db.backupPath() == path + ".v1.backup");
    CHECK(count(db.connection(), "SELECT count(*) FROM accounts WHERE name = 'Kept Ltd'") == 1);

    Database::Options ro;
    ro.access = Database::Access::ReadOnly;
    ro.targetVersion = 1;
    Database backup(db.backupPath(), ro);
    CHECK(backup.schemaVersion() == 1);
    CHECK(count(backup.connection(), "SELECT count(*) FROM accounts") == 1);
}

TEST_CASE("a half-finished upgrade is repaired by running the step again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("half.sqlite");
    {
        Database::Options options;
        options.targetVersion = 1;
        Database db(path, options);
        // Simulate a crash in step 2 after one table was made but before the version bump.
        sql::exec(db.connection(), "CREATE TABLE template_stages (stage TEXT PRIMARY KEY,"
                                   " position INTEGER NOT NULL, owner_team_id INTEGER,"
                                   " co_owner_team_id INTEGER, key_metrics TEXT NOT NULL DEFAULT '')");
    }
    Database db(path);
    CHECK(db.schemaVersion() == migrations::latestVersion());
    CHECK(count(db.connection(), "SELECT count(*) FROM template_stages") == 6);
}

TEST_CASE("files that are not Karvan databases are refused and left unchanged")
{
    QTemporaryDir dir;

    SECTION("a text file") {
        const QString path = dir.filePath("notes.sqlite");
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
        f.close();
        const QByteArray before = readAll(path);
        REQUIRE_THROWS_AS(Database(path), DatabaseError);
        try {
            Database db(path);
        } catch (const DatabaseError &e) {
            CHECK(e.message().contains("not a Karvan database"));
            CHECK(e.message().startsWith(path));
        }
        CHECK(readAll(path) == before);
    }
    SECTION("another program's SQLite file") {
        const QString path = dir.filePath("other.sqlite");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other");
            other.setDatabaseName(path);
            REQUIRE(other.open());
            sql::exec(other, "CREATE TABLE foo (x INTEGER)");
            other.close();
        }
        QSqlDatabase::removeDatabase("other");
        REQUIRE_THROWS_WITH(Database(path), Catch::Contains("another program"));
    }
    SECTION("a database from a newer Karvan") {
        const QString path = dir.filePath("new.sqlite");
        {
            Database db(path);
            QSqlDatabase c = db.connection();
            sqlengine::setSchemaVersion(c, migrations::latestVersion() + 1);
        }
        REQUIRE_THROWS_WITH(Database(path), Catch::Contains("newer version of Karvan"));
    }
    SECTION("a missing file when only reading") {
        Database::Options ro;
        ro.access = Database::Access::ReadOnly;
        REQUIRE_THROWS_WITH(Database(dir.filePath("none.sqlite"), ro), Catch::Contains("no such database"));
        CHECK_FALSE(QFile::exists(dir.filePath("none.sqlite")));
    }
    SECTION("a read-only file when writing") {
        const QString path = dir.filePath("ro.sqlite");
        { Database db(path); }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        REQUIRE_THROWS_WITH(Database(path), Catch::Contains("read-only"));
        Database::Options ro;
        ro.access = Database::Access::ReadOnly;
        Database reader(path, ro);
        CHECK(count(reader.connection(), "SELECT count(*) FROM teams") == 12);
    }
}

TEST_CASE("the tasks step makes the tasks table with a unique key and a state check")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("tasks.sqlite");
    {
        Database::Options options;
        options.targetVersion = 3;
        Database db(path, options);
        CHECK_FALSE(hasTable(db.connection(), "tasks"));
    }
    Database db(path);
    const QSqlDatabase c = db.connection();
    REQUIRE(hasTable(c, "tasks"));
    sql::exec(c, "INSERT INTO accounts (ext_id, name, created_at, updated_at) VALUES ('A1', 'A', 'x', 'x')");
    sql::exec(c, "INSERT INTO tasks (task_key, account_id, title, created_at, updated_at)"
                 " VALUES ('k', 1, 'T', 'x', 'x')");
    CHECK(count(c, "SELECT count(*) FROM tasks WHERE state = 'open'") == 1);
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO tasks (task_key, account_id, title, created_at, updated_at)"
                                 " VALUES ('k', 1, 'T2', 'x', 'x')"), DatabaseError);
    CHECK_THROWS_AS(sql::exec(c, "UPDATE tasks SET state = 'later'"), DatabaseError);
}

TEST_CASE("step 6 marks import-day history rows and accepts referrals, keeping interactions")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v5.sqlite");
    {
        Database::Options options;
        options.targetVersion = 5;
        Database db(path, options);
        REQUIRE(db.schemaVersion() == 5);
        sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO accounts (ext_id, name, created_at, updated_at)"
            " VALUES ('A1', 'Kept Ltd', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO interactions (account_id, date, kind) SELECT id, '2026-01-02', 'qbr' FROM accounts"));
        sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO stage_history (account_id, stage, started_at) SELECT id, 'retention', '2025-01-01'"
            " FROM accounts"));
    }
    Database db(path);
    CHECK(db.schemaVersion() >= 6);
    CHECK(count(db.connection(), "SELECT count(*) FROM interactions WHERE kind = 'qbr'") == 1);
    CHECK(count(db.connection(), "SELECT count(*) FROM stage_history WHERE placeholder = 0") == 1);
    CHECK(count(db.connection(), "SELECT count(*) FROM ownership_history WHERE placeholder = 1") == 0);
    sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO interactions (account_id, date, kind) SELECT id, '2026-02-02', 'referral' FROM accounts"));
    CHECK(count(db.connection(), "SELECT count(*) FROM interactions") == 2);
    CHECK_THROWS(sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO interactions (account_id, date, kind) SELECT id, '2026-02-02', 'gossip' FROM accounts")));
}

TEST_CASE("a new database's currency is the locale's: Toman in Iran, the euro in the euro area, else USD")
{
    CHECK(defaultCurrency(QLocale(QLocale::Persian, QLocale::Iran)) == "IRT");
    CHECK(defaultCurrency(QLocale(QStringLiteral("fa_IR"))) == "IRT");
    CHECK(defaultCurrency(QLocale(QStringLiteral("fa"))) == "IRT");
    CHECK(defaultCurrency(QLocale(QStringLiteral("en_US"))) == "USD");
    CHECK(defaultCurrency(QLocale(QStringLiteral("de_DE"))) == "EUR");
    CHECK(defaultCurrency(QLocale(QStringLiteral("fr_FR"))) == "EUR");
    CHECK(defaultCurrency(QLocale(QStringLiteral("en_GB"))) == "GBP");
    CHECK(defaultCurrency(QLocale(QStringLiteral("tr_TR"))) == "TRY");
    CHECK(defaultCurrency(QLocale(QStringLiteral("ar_AE"))) == "AED");
    // A currency not in the list (the yen), or none (the C locale): USD.
    CHECK(defaultCurrency(QLocale(QStringLiteral("ja_JP"))) == "USD");
    CHECK(defaultCurrency(QLocale::c()) == "USD");

    // The database made stores the one of the locale it was made in, and keeps it.
    const QLocale before;
    for (const char *name : {"fa_IR", "de_DE", "en_US"}) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        QTemporaryDir dir;
        const QString path = dir.filePath("made.sqlite");
        {
            Database db(path);
            CHECK(SettingsStore(db.connection()).currency() == defaultCurrency());
        }
        QLocale::setDefault(QLocale(QStringLiteral("ja_JP")));
        Database again(path);
        CHECK(SettingsStore(again.connection()).currency() == defaultCurrency(QLocale(QString::fromLatin1(name))));
    }
    QLocale::setDefault(before);
}

TEST_CASE("the currency setting takes only the currencies of the list and an old database's is the Toman")
{
    QTemporaryDir dir;
    Database db(dir.filePath("currency.sqlite"));
    SettingsStore settings(db.connection());
    CHECK(settings.currency() == defaultCurrency());
    // A database made before the setting had none: its money was in Toman.
    settings.remove(SettingsStore::currencyKey());
    CHECK(currencies().key(0) == "IRT");
    CHECK(settings.currency() == "IRT");
    settings.setCurrency("EUR");
    CHECK(settings.currency() == "EUR");
    CHECK(settings.value(SettingsStore::currencyKey()) == std::optional<QString>("EUR"));
    CHECK_THROWS_AS(settings.setCurrency("XYZ"), DataError);
    CHECK(settings.currency() == "EUR");
    // A value written by hand that is not in the list reads as the default, never as garbage.
    settings.setValue(SettingsStore::currencyKey(), "dollars");
    CHECK(settings.currency() == "IRT");
    CHECK(currencies().label(u"IRR") == "Rial");
}

TEST_CASE("the texts Karvan stores in English are known to the one place that shows them translated")
{
    QTemporaryDir dir;
    Database db(dir.filePath("stored.sqlite"));
    // Every item and help text of a new database's hand-off checklist.
    QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT text, help FROM checklist_template ORDER BY position"));
    int items = 0;
    while (sql::next(q)) {
        ++items;
        INFO(q.value(0).toString().toStdString());
        CHECK(display::isKnownStoredText(q.value(0).toString()));
        if (!q.value(1).toString().isEmpty())
            CHECK(display::isKnownStoredText(q.value(1).toString()));
    }
    CHECK(items == 9);
    // The signal rules' titles (contract.md) and the hand-off's two tasks.
    for (const char *title : {"Renewal on 2026-05-01", "Health is red", "No contact for 70 days",
                              "Escalated ticket TCK-1 open 20 days", "Hand-off waiting 8 days", "Goal due: Go live",
                              "Kickoff meeting", "30-day check-in"}) {
        INFO(title);
        CHECK(display::isKnownStoredText(QString::fromUtf8(title)));
        // Without a translation: the stored text itself, byte for byte.
        CHECK(display::storedText(QString::fromUtf8(title)) == QString::fromUtf8(title));
    }
    // A person's own text is shown as stored.
    CHECK_FALSE(display::isKnownStoredText(QStringLiteral("Call Sara about the invoice")));
    CHECK(display::storedText(QStringLiteral("Renewal on the horizon")) == QStringLiteral("Renewal on the horizon"));
}

TEST_CASE("foreign keys deferred to the commit still refuse a dangling reference, writing nothing")
{
    QTemporaryDir dir;
    Database database(dir.filePath("fk.sqlite"));
    QSqlDatabase db = database.connection();
    {
        Transaction tx(db);
        sqlengine::deferForeignKeys(db);
        // A survey of an account that does not exist: accepted by the statement, refused by the commit.
        sql::exec(db, "INSERT INTO surveys (account_id, date, kind, score) VALUES (999, '2026-01-01', 'nps', 9)");
        CHECK_THROWS_AS(tx.commit(), DatabaseError);
    }
    CHECK(count(db, "SELECT count(*) FROM surveys") == 0);
    // The next transaction checks every statement again.
    Transaction again(db);
    CHECK_THROWS_AS(sql::exec(db, "INSERT INTO surveys (account_id, date, kind, score) VALUES (999, '2026-01-01', 'nps', 9)"),
                    DatabaseError);
}

namespace {

// Every table's columns as PRAGMA table_info describes them (name, type, not null, default,
// key), one line each.
QStringList columnsOfEveryTable(const QSqlDatabase &c)
{
    QStringList all;
    for (const auto &[table, definition] : sqlengine::tableDefinitions(c)) {
        QSqlQuery q = sql::run(c, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (q.next()) {
            all << QStringLiteral("%1.%2 %3 %4 %5 %6").arg(table, q.value(1).toString(), q.value(2).toString(),
                                                           q.value(3).toString(), q.value(4).toString(),
                                                           q.value(5).toString());
        }
    }
    return all;
}

} // namespace

TEST_CASE("step 11 writes the checks of allowed values as comparisons, keeping the rows and the rule")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v10.sqlite");
    QStringList columnsBefore;
    {
        Database::Options options;
        options.targetVersion = 10;
        Database db(path, options);
        REQUIRE(db.schemaVersion() == 10);
        const QSqlDatabase c = db.connection();
        CHECK(count(c, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '% IN (''%'") >= 9);
        sql::exec(c, "INSERT INTO accounts (ext_id, name, model, stage, created_at, updated_at) VALUES"
                     " ('A1', 'One', 'b2b', 'retention', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),"
                     " ('A2', 'Two', NULL, 'advocacy', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        sql::exec(c, "INSERT INTO costs (date, category, amount, account_id) VALUES ('2026-01-05', 'training', 500, 1)");
        sql::exec(c, "INSERT INTO surveys (account_id, date, kind, score) VALUES (2, '2026-02-01', 'nps', 9)");
        columnsBefore = columnsOfEveryTable(c);
    }
    Database db(path);
    const QSqlDatabase c = db.connection();
    CHECK(db.schemaVersion() == 11);
    // No IN list is left in a table's definition; the columns are exactly as they were.
    CHECK(count(c, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '% IN (%'") == 0);
    CHECK(columnsOfEveryTable(c) == columnsBefore);
    CHECK(sqlengine::integrityProblems(c).isEmpty());
    CHECK(count(c, "SELECT count(*) FROM accounts WHERE stage IN ('retention', 'advocacy')") == 2);
    CHECK(count(c, "SELECT count(*) FROM costs WHERE category = 'training' AND amount = 500") == 1);
    // The rule is the same: every allowed value passes, anything else is refused, an empty
    // optional value is allowed.
    for (const QString &category : costCategories().keys())
        CHECK_NOTHROW(sql::exec(c, QStringLiteral("INSERT INTO costs (date, category, amount) VALUES ('2026-03-01', '%1', 1)").arg(category)));
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO costs (date, category, amount) VALUES ('2026-03-01', 'lunch', 1)"), DatabaseError);
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO costs (date, category, amount) VALUES ('2026-03-01', 'Training', 1)"), DatabaseError);
    CHECK_THROWS_AS(sql::exec(c, "UPDATE accounts SET stage = 'onboarding' WHERE id = 1"), DatabaseError);
    CHECK_THROWS_AS(sql::exec(c, "UPDATE accounts SET model = 'b2g' WHERE id = 1"), DatabaseError);
    CHECK_NOTHROW(sql::exec(c, "UPDATE accounts SET model = NULL WHERE id = 1"));
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO surveys (account_id, date, kind, score) VALUES (1, '2026-02-01', 'poll', 9)"), DatabaseError);
    CHECK_THROWS_AS(sql::exec(c, "INSERT INTO interactions (account_id, date, kind) VALUES (1, '2026-02-01', 'lunch')"), DatabaseError);
    CHECK_NOTHROW(sql::exec(c, "INSERT INTO interactions (account_id, date, kind) VALUES (1, '2026-02-01', 'referral')"));
    // A new database gets the same definitions as an upgraded one.
    Database fresh(dir.filePath("new.sqlite"));
    CHECK(sqlengine::tableDefinitions(fresh.connection()) == sqlengine::tableDefinitions(c));
}
