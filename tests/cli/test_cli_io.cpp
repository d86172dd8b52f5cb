// karvan-cli init / import / export as a user runs them: exit codes, messages, files.
#include <catch2/catch.hpp>

#include "clirun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace karvan::clitest;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Everything the CLI exports, to compare a database before and after.
QString snapshot(const QString &db)
{
    QString all;
    for (const char *kind : {"people", "accounts", "ownership", "revenue", "usage", "interactions",
                             "tickets", "surveys", "costs"}) {
        const Run r = cli({"--db", db, "export", kind});
        REQUIRE(r.exitCode == 0);
        all += r.out;
    }
    return all;
}

// A database with two people and two accounts.
QString seeded(const QTemporaryDir &dir)
{
    const QString db = dir.filePath("k.sqlite");
    REQUIRE(cli({"--db", db, "import", "people", write(dir, "p.csv",
        "email,name,team\nali@x.ir,Ali,customer_success\nsara@x.ir,Sara,sales\n")}).exitCode == 0);
    REQUIRE(cli({"--db", db, "import", "accounts", write(dir, "a.csv",
        "id,name,stage,owner\nA1,Acme,retention,ali@x.ir\nA2,Beta,acquisition,sara@x.ir\n")}).exitCode == 0);
    REQUIRE(cli({"--db", db, "import", "tickets", write(dir, "t.csv",
        "id,account_id,opened\nT1,A1,2025-01-01\n")}).exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("init creates the database once and confirms in one line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("new.sqlite");
    const Run first = cli({"--db", db, "init"});
    CHECK(first.exitCode == 0);
    CHECK(first.out.startsWith("created the Karvan database"));
    CHECK(first.out.count('\n') == 1);
    const Run again = cli({"--db", db, "init"});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("is ready"));
}

TEST_CASE("import prints a summary and export -> import -> export gives identical bytes")
{
    QTemporaryDir dir;
    const QString db = seeded(dir);
    const Run r = cli({"--db", db, "import", "revenue", write(dir, "r.csv",
        "\xEF\xBB\xBFMonth,ACCOUNT_ID,mrr,extra\r\n2025-01,A1,399000,x\r\n2025-02,A1,\"499000.5\",y\r\n")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "revenue: 2 rows, 2 added, 0 updated\n");
    CHECK(r.err.contains("column 'extra' is not a revenue column; ignored"));
    const QString file = dir.filePath("out.csv");
    REQUIRE(cli({"--db", db, "export", "revenue", file}).exitCode == 0);
    CHECK(readAll(file) == "account_id,month,mrr\nA1,2025-01,399000\nA1,2025-02,499000.50\n");
    const Run again = cli({"--db", db, "import", "revenue", file});
    CHECK(again.out == "revenue: 2 rows, 0 added, 2 updated\n");
    CHECK(cli({"--db", db, "export", "revenue"}).out.toUtf8() == readAll(file));
    const QString before = snapshot(db);
    const Run dry = cli({"--db", db, "import", "people", write(dir, "p2.csv", "email,name,team\nnew@x.ir,N,qa\n"), "--dry-run"});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out == "people: 1 rows, 1 added, 0 updated (dry run, nothing written)\n");
    CHECK(snapshot(db) == before);
}

TEST_CASE("every class of bad data: exit 2, exact FILE:LINE messages, nothing written")
{
    QTemporaryDir dir;
    const QString db = seeded(dir);
    const QString before = snapshot(db);
    struct Case { const char *kind; QByteArray csv; QStringList expected; };
    const QList<Case> cases = {
        {"people", "email,team\nx@y,sales\n", {":1: column 'name': required column is missing"}},
        {"people", "email,name,team,active\nx@y,,sales,yes\nz@y,Z,nowhere,true\n",
         {":2: column 'name': a value is required",
          ":2: column 'active': unknown value; expected one of: true, false (value 'yes')",
          ":3: column 'team': unknown team (value 'nowhere')"}},
        {"accounts", "id,name,stage,model,status,owner\nA3,C,orbit,b3b,gone,nobody@x\n",
         {":2: column 'model': unknown value; expected one of: b2b, b2c (value 'b3b')",
          ":2: column 'stage': unknown value; expected one of: acquisition, implementation, deployment, retention, expansion, advocacy (value 'orbit')",
          ":2: column 'owner': unknown person (value 'nobody@x')",
          ":2: column 'status': unknown value; expected one of: active, churned (value 'gone')"}},
        {"accounts", "id,name\nA5,X\nA5,Y\n", {":3: column 'id': duplicate key id, first on line 2 (value 'A5')"}},
        {"accounts", "id,name,contract_start,renewal_date\nA6,X,2025-02-30,2025-1-01\n",
         {":2: column 'contract_start': not a date; expected YYYY-MM-DD (value '2025-02-30')",
          ":2: column 'renewal_date': not a date; expected YYYY-MM-DD (value '2025-1-01')"}},
        {"ownership", "account_id,stage,owner,supporting\nA1,retention,ali@x.ir,support;martians\n",
         {":2: column 'supporting': unknown team 'martians' (value 'support;martians')"}},
        {"revenue", "account_id,month,mrr\nA1,2025-01,1,000\nZZ,2025-01,5\nA1,2025-02,12.345\n",
         {":2: the record has 4 fields but the header has 3",
          ":3: column 'account_id': unknown account (value 'ZZ')",
          ":4: column 'mrr': not a valid amount: more than two decimals (value '12.345')"}},
        {"revenue", "account_id,month,mrr\nA1,2025-01,5\nA1,2025-01,6\n",
         {":3: column 'month': duplicate key (account_id, month), first on line 2"}},
        {"usage", "account_id,month,active_users,licensed_users\nA1,2025-01,11,10\nA1,2025-02,-1,10\n",
         {":2: column 'active_users': more than licensed_users (10) (value '11')",
          ":3: column 'active_users': must not be negative (value '-1')"}},
        {"tickets", "id,account_id,opened,closed,priority,escalated\nT9,A1,2025-03-01,2025-02-01,asap,maybe\n",
         {":2: column 'priority': unknown value; expected one of: low, normal, high, urgent (value 'asap')",
          ":2: column 'escalated': unknown value; expected one of: true, false (value 'maybe')",
          ":2: column 'closed': closed before it was opened (2025-03-01) (value '2025-02-01')"}},
        {"surveys", "account_id,date,kind,score,ticket_id\nA1,2025-01-01,nps,11,\nA1,2025-01-01,csat,0,\nA1,2025-01-01,ces,8,T404\nA1,2025-01-01,nps,7.5,\n",
         {":2: column 'score': out of range 0 to 10 (value '11')",
          ":3: column 'score': out of range 1 to 5 (value '0')",
          ":4: column 'score': out of range 1 to 7 (value '8')",
          ":4: column 'ticket_id': unknown ticket (value 'T404')",
          ":5: column 'score': not a whole number (value '7.5')"}},
        {"costs", "date,category,amount,account_id\n2025-01-01,bribes,-5,A1\n",
         {":2: column 'category': unknown value; expected one of: support, training, engagement, marketing, success, other, acquisition (value 'bribes')",
          ":2: column 'amount': not a valid amount: negative amount (value '-5')"}},
        {"interactions", "account_id,date,kind\nA1,2025-01-01,call\nA1,\"2025-01-02,call\n",
         {":3: broken quoting: a quoted field is not closed"}},
        {"interactions", "account_id,date,kind\nA1,2025-01-01,call\nA1,2025-01-02,c\"all\n",
         {":3: broken quoting: a quote inside an unquoted field or text after a closing quote"}},
        {"interactions", QByteArray("account_id,date,kind,summary\nA1,2025-01-01,call,\xff\xfe\n"),
         {":2: the text is not valid UTF-8"}},
        {"costs", "", {":1: the file is empty"}},
    };
    int n = 0;
    for (const Case &c : cases) {
        const QString file = write(dir, QStringLiteral("bad%1.csv").arg(++n), c.csv);
        INFO(c.kind << " " << c.csv.toStdString());
        const Run r = cli({"--db", db, "import", c.kind, file});
        CHECK(r.exitCode == 2);
        QStringList expected;
        for (const QString &e : c.expected)
            expected.append(file + e);
        CHECK(r.err.trimmed().split('\n').join("\n").toStdString() == expected.join("\n").toStdString());
    }
    CHECK(snapshot(db) == before);
}

TEST_CASE("database problems exit 3 with one line and leave files alone")
{
    QTemporaryDir dir;
    const QString people = write(dir, "p.csv", "email,name,team\na@x,A,sales\n");

    const QString notSqlite = write(dir, "notes.txt", "just some text, not a database\n");
    const Run r1 = cli({"--db", notSqlite, "import", "people", people});
    CHECK(r1.exitCode == 3);
    CHECK(r1.err.count('\n') == 1);
    CHECK(readAll(notSqlite) == "just some text, not a database\n");

    const QString newer = dir.filePath("newer.sqlite");
    REQUIRE(cli({"--db", newer, "init"}).exitCode == 0);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "newer");
        c.setDatabaseName(newer);
        REQUIRE(c.open());
        QSqlQuery(c).exec("PRAGMA user_version = 999");
        c.close();
    }
    QSqlDatabase::removeDatabase("newer");
    const Run r2 = cli({"--db", newer, "import", "people", people});
    CHECK(r2.exitCode == 3);
    CHECK(r2.err.count('\n') == 1);

    const QString locked = dir.filePath("locked.sqlite");
    REQUIRE(cli({"--db", locked, "init"}).exitCode == 0);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "locker");
        c.setDatabaseName(locked);
        REQUIRE(c.open());
        REQUIRE(QSqlQuery(c).exec("BEGIN IMMEDIATE"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("KARVAN_BUSY_TIMEOUT_MS", "300");
        QElapsedTimer timer;
        timer.start();
        const Run r3 = cli({"--db", locked, "import", "people", people}, env);
        CHECK(r3.exitCode == 3);
        CHECK(r3.err.contains("locked"));
        CHECK(timer.elapsed() < 5000);
        QSqlQuery(c).exec("ROLLBACK");
        c.close();
    }
    QSqlDatabase::removeDatabase("locker");

    const QString readOnly = dir.filePath("ro.sqlite");
    REQUIRE(cli({"--db", readOnly, "init"}).exitCode == 0);
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const Run r4 = cli({"--db", readOnly, "import", "people", people});
    CHECK(r4.exitCode == 3);
    CHECK(r4.err.count('\n') == 1);
}

TEST_CASE("usage errors exit 1")
{
    QTemporaryDir dir;
    CHECK(cli({"--db", dir.filePath("k.sqlite"), "import", "widgets", "x.csv"}).exitCode == 1);
    CHECK(cli({"--db", dir.filePath("k.sqlite"), "import", "people"}).exitCode == 1);
    CHECK(cli({"--db", dir.filePath("k.sqlite"), "export"}).exitCode == 1);
}
