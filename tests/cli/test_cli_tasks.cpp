#include "clirun.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace karvan;
using karvan::clitest::cli;
using karvan::clitest::json;

namespace {

void exec(const QSqlDatabase &db, const QString &statement)
{
    sql::exec(db, statement);
}

// Two active accounts (one renewing in 30 days, owned by ann), one churned, two people.
QString makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    Database db(path);
    const QSqlDatabase c = db.connection();
    exec(c, "INSERT INTO people (id, email, name, team_id) SELECT 1, 'ann@example.com', 'Ann', id FROM teams WHERE team_key = 'customer_success'");
    exec(c, "INSERT INTO people (id, email, name, team_id) SELECT 2, 'bob@example.com', 'Bob', id FROM teams WHERE team_key = 'customer_success'");
    exec(c, "INSERT INTO accounts (id, ext_id, name, stage, renewal_date, created_at, updated_at) VALUES"
            " (1, 'A-1', 'Acme', 'retention', '2026-07-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),"
            " (2, 'A-2', 'Beta', 'retention', NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    exec(c, "INSERT INTO accounts (id, ext_id, name, stage, status, renewal_date, created_at, updated_at) VALUES"
            " (3, 'A-3', 'Gone', 'retention', 'churned', '2026-07-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    exec(c, "INSERT INTO ownership (account_id, stage, person_id) VALUES (1, 'retention', 1), (2, 'retention', 2)");
    exec(c, "INSERT INTO interactions (account_id, date, kind) VALUES (1, '2026-05-20', 'call'), (2, '2026-05-25', 'call'),"
            " (3, '2026-05-25', 'call')");
    return path;
}

} // namespace

TEST_CASE("tasks --json lists the rules' tasks and people's tasks, due first then by key")
{
    QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const clitest::Run add = cli({"--db", db, "--as", "bob@example.com", "task", "add", "A-2",
                                  "--title", "Send the QBR deck", "--due", "2026-06-01"});
    REQUIRE(add.exitCode == 0);
    CHECK(add.out == "task:1\n");
    REQUIRE(cli({"--db", db, "task", "add", "A-1", "--title", "No date", "--owner", "ann@example.com"}).exitCode == 0);

    const clitest::Run run = cli({"--db", db, "tasks", "--as-of", "2026-06-01", "--json"});
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = json(run);
    CHECK(doc.value("as_of").toString() == "2026-06-01");
    const QJsonArray tasks = doc.value("tasks").toArray();
    REQUIRE(tasks.size() == 3);
    const QJsonObject first = tasks.at(0).toObject();
    CHECK(first.value("key").toString() == "task:1");
    CHECK(first.value("account").toString() == "A-2");
    CHECK(first.value("title").toString() == "Send the QBR deck");
    CHECK(first.value("rule").isNull());
    CHECK(first.value("owner").toString() == "bob@example.com");
    CHECK(first.value("due").toString() == "2026-06-01");
    CHECK(first.value("state").toString() == "open");
    const QJsonObject renewal = tasks.at(1).toObject();
    CHECK(renewal.value("key").toString() == "renewal:A-1:2026-07-01");
    CHECK(renewal.value("rule").toString() == "renewal");
    CHECK(renewal.value("owner").toString() == "ann@example.com");
    CHECK(renewal.value("title").toString() == "Renewal on 2026-07-01");
    CHECK(renewal.value("due").toString() == "2026-07-01");
    const QJsonObject noDate = tasks.at(2).toObject();
    CHECK(noDate.value("key").toString() == "task:2");
    CHECK(noDate.value("due").isNull());
    CHECK(noDate.keys() == QStringList{"account", "due", "key", "owner", "rule", "state", "title"});

    // Running again raises no duplicate; --owner narrows the list.
    CHECK(json(cli({"--db", db, "tasks", "--as-of", "2026-06-01", "--json"})).value("tasks").toArray().size() == 3);
    const QJsonArray bobs = json(cli({"--db", db, "tasks", "--as-of", "2026-06-01", "--owner", "bob@example.com", "--json"}))
                                .value("tasks").toArray();
    REQUIRE(bobs.size() == 1);
    CHECK(bobs.at(0).toObject().value("key").toString() == "task:1");
}

TEST_CASE("task done and task dismiss take a task off the list for good")
{
    QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    REQUIRE(cli({"--db", db, "tasks", "--as-of", "2026-06-01"}).exitCode == 0);
    const clitest::Run dismiss = cli({"--db", db, "task", "dismiss", "renewal:A-1:2026-07-01", "--reason", "signed already"});
    CHECK(dismiss.exitCode == 0);
    REQUIRE(cli({"--db", db, "task", "add", "A-1", "--title", "Call"}).exitCode == 0);
    CHECK(cli({"--db", db, "task", "done", "task:2"}).exitCode == 0);
    const clitest::Run text = cli({"--db", db, "tasks", "--as-of", "2026-06-02"});
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith("Open tasks as of 2026-06-02: 0\n"));
    CHECK(json(cli({"--db", db, "tasks", "--as-of", "2026-06-02", "--json"})).value("tasks").toArray().isEmpty());
}

TEST_CASE("tasks and task refuse bad input with the contract's exit codes")
{
    QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    CHECK(cli({"--db", db, "task", "add", "A-9", "--title", "T"}).exitCode == 2);
    CHECK(cli({"--db", db, "task", "add", "A-1"}).exitCode == 1);
    CHECK(cli({"--db", db, "task", "add", "A-1", "--title", "T", "--due", "June"}).exitCode == 1);
    CHECK(cli({"--db", db, "task", "add", "A-1", "--title", "T", "--owner", "who@example.com"}).exitCode == 1);
    CHECK(cli({"--db", db, "task", "done", "task:99"}).exitCode == 2);
    CHECK(cli({"--db", db, "task", "dismiss", "task:99"}).exitCode == 1);
    CHECK(cli({"--db", db, "task", "frobnicate"}).exitCode == 1);
    CHECK(cli({"--db", db, "tasks", "--as-of", "2026-13-01"}).exitCode == 1);
    const clitest::Run missing = cli({"--db", db, "task", "done", "task:99"});
    CHECK(missing.err.contains("task:99"));
}
