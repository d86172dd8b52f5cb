// The acting person: --as EMAIL, then KARVAN_USER, then the database's "who am I" setting.
#include "clirun.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace karvan;
using namespace karvan::clitest;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString lastAuthor(const QString &dbPath)
{
    Database db(dbPath);
    QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("the acting person comes from --as, then KARVAN_USER, then who am I")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("k.sqlite");
    const QString people = dir.filePath("people.csv");
    write(people, "email,name,team\nsara@example.com,Sara,sales\nomid@example.com,Omid,customer_success\n");
    REQUIRE(cli({"--db", db, "import", "people", people}).exitCode == 0);

    const QString more = dir.filePath("more.csv");
    write(more, "email,name,team\nlaleh@example.com,Laleh,support\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KARVAN_USER"));

    SECTION("an unknown --as is a usage error and nothing is written") {
        const Run r = cli({"--db", db, "--as", "nobody@example.com", "import", "people", more}, env);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("'nobody@example.com' is not a known person")));
        Database check(db);
        QSqlQuery q = sql::run(check.connection(), QStringLiteral("SELECT count(*) FROM people"));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 2);
    }
    SECTION("--as names the audit log's author") {
        REQUIRE(cli({"--db", db, "--as=sara@example.com", "import", "people", more}, env).exitCode == 0);
        CHECK(lastAuthor(db) == QStringLiteral("sara@example.com"));
    }
    SECTION("KARVAN_USER when there is no --as") {
        env.insert(QStringLiteral("KARVAN_USER"), QStringLiteral("omid@example.com"));
        REQUIRE(cli({"--db", db, "import", "people", more}, env).exitCode == 0);
        CHECK(lastAuthor(db) == QStringLiteral("omid@example.com"));
    }
    SECTION("the database's who am I setting last") {
        {
            Database d(db);
            SettingsStore(d.connection()).setValue(SettingsStore::whoAmIKey(), QStringLiteral("omid@example.com"));
        }
        REQUIRE(cli({"--db", db, "import", "people", more}, env).exitCode == 0);
        CHECK(lastAuthor(db) == QStringLiteral("omid@example.com"));
    }
}
