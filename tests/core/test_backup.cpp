// The daily backups and the restore (storage/backup): valid copies, private files, pruning,
// a restore that brings the data back and refuses what is not a sound Karvan database.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/filelog.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/sqlengine.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

using namespace karvan;

namespace {

qint64 count(const QString &path, const QString &table)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.create = false;
    Database db(path, options);
    QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(sql::next(q));
    return q.value(0).toLongLong();
}

void addTeams(const QString &path, int n, const QString &prefix)
{
    Database db(path);
    for (int i = 0; i < n; ++i) {
        QSqlQuery q = sql::prepare(db.connection(), QStringLiteral("INSERT INTO teams (team_key, name) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("%1%2").arg(prefix).arg(i));
        q.addBindValue(QStringLiteral("Team %1%2").arg(prefix).arg(i));
        sql::exec(q);
    }
}

int mode(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("A daily backup is a sound copy with the same rows, 0600 in a 0700 folder, once a day")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("book.sqlite");
    addTeams(path, 5, "b");
    const qint64 teams = count(path, "teams");
    Backups backups(path, dir.filePath("data/backups"));
    const mode_t old = ::umask(0);
    const QString written = backups.takeDaily(QDate(2026, 3, 14), 7);
    ::umask(old);
    CHECK(written == dir.filePath("data/backups/book-2026-03-14.sqlite"));
    CHECK(mode(written) == 0600);
    CHECK(mode(dir.filePath("data/backups")) == 0700);
    CHECK(mode(dir.filePath("data")) == 0700);
    CHECK(count(written, "teams") == teams);
    CHECK_NOTHROW(Backups::verify(written));
    // The same day again: nothing new.
    addTeams(path, 1, "later");
    CHECK(backups.takeDaily(QDate(2026, 3, 14), 7).isEmpty());
    CHECK(count(written, "teams") == teams);
    REQUIRE(backups.list().size() == 1);
    CHECK(backups.list().at(0).date == QDate(2026, 3, 14));
    CHECK(backups.list().at(0).bytes == QFileInfo(written).size());
    CHECK_FALSE(QFileInfo::exists(written + ".part"));
}

TEST_CASE("Pruning keeps the newest N backups and never another database's")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("book.sqlite");
    addTeams(path, 1, "x");
    const QString folder = dir.filePath("backups");
    Backups backups(path, folder);
    for (int day = 1; day <= 10; ++day)
        backups.takeDaily(QDate(2026, 1, day), 100);
    QFile other(QDir(folder).filePath("other-2026-01-01.sqlite"));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    REQUIRE(backups.list().size() == 10);
    backups.takeDaily(QDate(2026, 1, 11), 3);
    const QList<BackupEntry> kept = backups.list();
    REQUIRE(kept.size() == 3);
    CHECK(kept.at(0).date == QDate(2026, 1, 11));
    CHECK(kept.at(1).date == QDate(2026, 1, 10));
    CHECK(kept.at(2).date == QDate(2026, 1, 9));
    CHECK(QFileInfo::exists(other.fileName()));
}

TEST_CASE("The number of backups to keep is a database setting, 7 by default")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    CHECK(Backups::keepCount(db.connection()) == 7);
    SettingsStore(db.connection()).setValue(Backups::keepSetting(), "3");
    CHECK(Backups::keepCount(db.connection()) == 3);
    SettingsStore(db.connection()).setValue(Backups::keepSetting(), "0");
    CHECK(Backups::keepCount(db.connection()) == 1);
}

TEST_CASE("Restore brings the backup's data back and keeps the replaced file first")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("book.sqlite");
    addTeams(path, 2, "a");
    const qint64 before = count(path, "teams");
    Backups backups(path, dir.filePath("backups"));
    const QString daily = backups.takeDaily(QDate(2026, 5, 1), 7);
    addTeams(path, 4, "after");
    REQUIRE(count(path, "teams") == before + 4);

    const QString saved = backups.restore(daily);
    CHECK(count(path, "teams") == before);
    CHECK(mode(path) == 0600);
    CHECK(sqlengine::integrityProblems(Database(path).connection()).isEmpty());
    // The replaced database is in the folder, whole, and listed.
    REQUIRE(QFileInfo::exists(saved));
    CHECK(count(saved, "teams") == before + 4);
    CHECK(mode(saved) == 0600);
    const QList<BackupEntry> entries = backups.list();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).beforeRestore);
    CHECK(QDir(dir.path()).entryList({".*restoring*"}, QDir::Hidden | QDir::Files).isEmpty());
}

TEST_CASE("Restore refuses a file that is not a Karvan database and changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("book.sqlite");
    addTeams(path, 2, "a");
    const QByteArray original = bytes(path);
    Backups backups(path, dir.filePath("backups"));

    const QString text = dir.filePath("notes.sqlite");
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, just some notes\n");
    f.close();
    try {
        backups.restore(text);
        FAIL("restore accepted a text file");
    } catch (const DatabaseError &e) {
        CHECK(e.message().contains("not a Karvan database"));
        CHECK(e.message().contains("notes.sqlite"));
    }
    CHECK_THROWS_AS(backups.restore(dir.filePath("missing.sqlite")), DatabaseError);
    CHECK(bytes(path) == original);
    CHECK(backups.list().isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath("backups")));
}

TEST_CASE("The log file and the files it rotates to are 0600 whatever the umask")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("logs");
    const mode_t old = ::umask(022);
    const QString path = startFileLog(QStringLiteral("test-log"), spdlog::level::off, folder);
    REQUIRE(path == folder + "/karvan.log");
    const std::string line(200, 'x');
    for (int i = 0; i < 12000; ++i) // 2.4 MB: one rotation
        spdlog::info("line {} {}", i, line);
    spdlog::set_default_logger(spdlog::stderr_color_mt("test-after-log"));
    ::umask(old);
    CHECK(mode(folder) == 0700);
    CHECK(mode(path) == 0600);
    REQUIRE(QFileInfo::exists(folder + "/karvan.1.log"));
    CHECK(mode(folder + "/karvan.1.log") == 0600);
    CHECK(QFileInfo(folder + "/karvan.1.log").size() <= 2 * 1024 * 1024);
}
