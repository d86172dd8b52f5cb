// Trust (issue 8) in the core: the CSV reader's edges, nested transactions, backup files.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "io/csvreader.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlengine.h"
#include "storage/transaction.h"
#include "test_files.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace karvan;
using namespace karvan::test;

namespace {

// Every record as "LINE:field|field", or the error.
QStringList readAll(const QString &path)
{
    CsvReader reader(path, "f.csv");
    QStringList records;
    try {
        while (reader.next())
            records << QStringLiteral("%1:%2").arg(reader.line()).arg(reader.fields().join('|'));
    } catch (const DataError &e) {
        records << e.messages().join('\n');
    }
    return records;
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(sql::next(q));
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("CR-only files report the right line numbers")
{
    QTemporaryDir dir;
    CHECK(readAll(writeFile(dir, "a,b\rx,1\ry,2\r\rz,\"3\r4\"\rw,5"))
          == QStringList{"2:x|1", "3:y|2", "5:z|3\r4", "7:w|5"});
    CHECK(readAll(writeFile(dir, "a,b\r\nx,1\r\ny,2\n"))
          == QStringList{"2:x|1", "3:y|2"});
}

TEST_CASE("A CRLF split between two chunks counts as one line end")
{
    QTemporaryDir dir;
    QByteArray bytes = "a,b\n";
    while (bytes.size() < 64 * 1024 - 1)
        bytes += "x\n";
    bytes.truncate(64 * 1024 - 1);
    bytes += "\r\ny,2\n";
    const QStringList records = readAll(writeFile(dir, bytes));
    REQUIRE(!records.isEmpty());
    const int lines = int(bytes.count('\n'));
    CHECK(records.last() == QStringLiteral("%1:y|2").arg(lines));
}

TEST_CASE("A BOM counts only at the start of the file, is kept inside a value, refused at its start")
{
    QTemporaryDir dir;
    QStringList records = readAll(writeFile(dir, "\xEF\xBB\xBF" "a,b\nx,B\xEF\xBB\xBFo\n"));
    CHECK(records == QStringList{QString::fromUtf8("2:x|B\xEF\xBB\xBFo")});
    records = readAll(writeFile(dir, "a,b\nx,1\n\xEF\xBB\xBFy,2\n"));
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).startsWith("f.csv:3: a field starts with a byte-order mark"));
    CsvReader reader(writeFile(dir, "\xEF\xBB\xBF" "a,b\n"));
    CHECK(reader.header() == QStringList{"a", "b"});
}

TEST_CASE("A NUL byte in a field is a data error naming the line")
{
    QTemporaryDir dir;
    const QStringList records = readAll(writeFile(dir, QByteArray("a,b\nx,1\ny\0z,2\n", 15)));
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) == "2:x|1");
    CHECK(records.at(1).startsWith("f.csv:3: "));
    CHECK(records.at(1).contains("NUL"));
}

TEST_CASE("A transaction inside another is a savepoint the outer one can roll back")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    const qint64 before = count(db, "teams");
    {
        Transaction outer(db.connection());
        {
            Transaction inner(db.connection());
            QSqlQuery q = sql::prepare(db.connection(), "INSERT INTO teams (team_key, name) VALUES (?, ?)");
            q.addBindValue("trust_team");
            q.addBindValue("Trust");
            sql::exec(q);
            inner.commit();
        }
        CHECK(count(db, "teams") == before + 1);
        {
            Transaction rolledBack(db.connection());
            sql::exec(db.connection(), "DELETE FROM teams WHERE team_key = 'trust_team'");
        }
        CHECK(count(db, "teams") == before + 1);
    }
    CHECK(count(db, "teams") == before);
    Transaction again(db.connection());
    again.commit();
}

TEST_CASE("An upgrade backup and a backup copy are 0600 whatever the umask")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    const mode_t old = ::umask(0);
    QSqlDatabase connection = db.connection();
    sqlengine::backupTo(connection, dir.filePath("copy.sqlite"));
    ::umask(old);
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(dir.filePath("copy.sqlite")).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(sqlengine::integrityProblems(connection).isEmpty());
}
