// Trust (issue 8): never a partial answer with success, files nobody else can read, backup and
// check, as a user meets them through karvan-cli.
#include <catch2/catch.hpp>

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QTemporaryDir>

#include <QThread>

#include <random>

#include <signal.h>

#include <sys/stat.h>

using namespace karvan::clitest;

namespace {

// Writes 256 random bytes into every third page of the middle half of the file, as a failing
// disk or a stray program would.
void corruptMiddle(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = f.size() / pageSize;
    REQUIRE(pages > 40);
    std::mt19937 random(8);
    for (qint64 page = pages / 4; page < 3 * pages / 4; page += 3) {
        QByteArray bytes(256, '\0');
        for (char &b : bytes)
            b = char(random() & 0xff);
        REQUIRE(f.seek(page * pageSize + 100));
        REQUIRE(f.write(bytes) == bytes.size());
    }
}

QString demoBook(const QTemporaryDir &dir)
{
    const QString db = dir.filePath("k.sqlite");
    const Run demo = cli({"--db", db, "demo", "--accounts", "400"});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return db;
}

int mode(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

} // namespace

TEST_CASE("A corrupt page means exit 3 and one line, never a partial answer with success")
{
    QTemporaryDir dir;
    const QString db = demoBook(dir);
    const QList<QStringList> commands = {QStringList{"export", "accounts"},
                                         QStringList{"health", "--json"},
                                         QStringList{"matrix", "--json"},
                                         QStringList{"metrics", "--from", "2020-01", "--to", "2030-12", "--json"}};
    QList<Run> before;
    for (const QStringList &command : commands) {
        before << cli(QStringList{"--db", db} + command);
        REQUIRE(before.last().exitCode == 0);
    }
    REQUIRE(before.first().out.count('\n') == 401);
    corruptMiddle(db);

    int refused = 0;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QStringList &command = commands.at(i);
        const Run r = cli(QStringList{"--db", db} + command);
        INFO(command.join(' ').toStdString() << " -> " << r.exitCode << "\n" << r.err.toStdString());
        // The property: never a partial answer with success. A command whose tables the
        // damaged pages do not touch may still answer, but then in full: byte for byte what
        // it answered before the damage (the matrix reads only the stored health, say).
        if (r.exitCode == 0) {
            CHECK(r.out == before.at(i).out);
            continue;
        }
        ++refused;
        CHECK(r.exitCode == 3);
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains("corrupt"));
        if (command.contains("--json"))
            CHECK(r.out.isEmpty());
    }
    CHECK(refused >= 2);  // the damage is real: the commands that read it refuse
}

TEST_CASE("A new database, its folder and its backup are the user's alone whatever the umask")
{
    QTemporaryDir dir;
    const mode_t old = ::umask(0);
    const QString db = dir.filePath("data/k.sqlite");
    const Run init = cli({"--db", db, "init"});
    const QString copy = dir.filePath("copy.sqlite");
    const Run backup = cli({"--db", db, "backup", copy});
    ::umask(old);
    INFO(init.err.toStdString() << backup.err.toStdString());
    REQUIRE(init.exitCode == 0);
    REQUIRE(backup.exitCode == 0);
    CHECK(mode(dir.filePath("data")) == 0700);
    CHECK(mode(db) == 0600);
    CHECK(mode(copy) == 0600);
    // A backup never replaces an existing file.
    const Run again = cli({"--db", db, "backup", copy});
    CHECK(again.exitCode == 1);
}

TEST_CASE("backup is a copy that check finds sound and that exports the same records")
{
    QTemporaryDir dir;
    const QString db = demoBook(dir);
    const QString copy = dir.filePath("copy.sqlite");
    REQUIRE(cli({"--db", db, "backup", copy}).exitCode == 0);
    const Run checked = cli({"--db", copy, "check"});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    for (const char *kind : {"accounts", "revenue", "interactions"})
        CHECK(cli({"--db", copy, "export", kind}).out == cli({"--db", db, "export", kind}).out);
}

TEST_CASE("check names what is wrong in a corrupt database and exits 3")
{
    QTemporaryDir dir;
    const QString db = demoBook(dir);
    REQUIRE(cli({"--db", db, "check"}).exitCode == 0);
    corruptMiddle(db);
    const Run r = cli({"--db", db, "check"});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.out.isEmpty());
    CHECK(!r.err.isEmpty());
}

TEST_CASE("export writes into a FIFO instead of replacing it with a file")
{
    QTemporaryDir dir;
    const QString db = demoBook(dir);
    const QString fifo = dir.filePath("pipe");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess reader;
    reader.start("cat", {fifo});
    REQUIRE(reader.waitForStarted());
    const Run r = cli({"--db", db, "export", "people", fifo});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(reader.waitForFinished(20000));
    CHECK(QFileInfo(fifo).isFile() == false);
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(reader.readAllStandardOutput() == cli({"--db", db, "export", "people"}).out.toUtf8());
}

TEST_CASE("export to a new file makes it 0600 and generate refuses a folder of Karvan files")
{
    QTemporaryDir dir;
    const QString db = demoBook(dir);
    const mode_t old = ::umask(0);
    const Run r = cli({"--db", db, "export", "people", dir.filePath("people.csv")});
    ::umask(old);
    REQUIRE(r.exitCode == 0);
    CHECK(mode(dir.filePath("people.csv")) == 0600);
    const Run refused = cli({"generate", "--accounts", "3", "--months", "2", "--out", dir.path()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("people.csv"));
    CHECK(cli({"generate", "--accounts", "3", "--months", "2", "--out", dir.path(), "--force"}).exitCode == 0);
}

TEST_CASE("demo leaves no temporary folder and removes those of killed demos")
{
    QTemporaryDir dir;
    QTemporaryDir temp;
    // A folder of a demo whose process is gone (no pid is that high).
    REQUIRE(QDir(temp.path()).mkpath("karvan-demo-99999999-abcdef/x"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("TMPDIR", temp.path());
    const Run r = cli({"--db", dir.filePath("k.sqlite"), "demo", "--accounts", "20"}, env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QDir(temp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("demo --force on a database that holds the demo adds nothing, says so and exits 0")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("k.sqlite");
    REQUIRE(cli({"--db", db, "demo", "--accounts", "30"}).exitCode == 0);
    const Run exported = cli({"--db", db, "export", "interactions"});
    REQUIRE(exported.exitCode == 0);
    const Run again = cli({"--db", db, "demo", "--accounts", "30", "--force"});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("already holds the demo"));
    CHECK(again.out.contains("nothing was added"));
    CHECK(cli({"--db", db, "export", "interactions"}).out == exported.out);  // nothing doubled
}

namespace {

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QString smallBook(const QTemporaryDir &dir)
{
    const QString db = dir.filePath("k.sqlite");
    REQUIRE(cli({"--db", db, "import", "people", writeCsv(dir, "p.csv",
        "email,name,team\nali@x.ir,Ali,customer_success\n")}).exitCode == 0);
    REQUIRE(cli({"--db", db, "import", "accounts", writeCsv(dir, "a.csv",
        "id,name,stage,owner\nA1,Acme,retention,ali@x.ir\nA2,Beta,retention,ali@x.ir\n"
        "A3,Gamma,retention,ali@x.ir\n")}).exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("Three accounts at the largest MRR give an exact answer or a clear error, never a wrapped sum")
{
    QTemporaryDir dir;
    const QString db = smallBook(dir);
    const Run imported = cli({"--db", db, "import", "revenue", writeCsv(dir, "r.csv",
        "account_id,month,mrr\nA1,2025-01,92233720368547700\nA2,2025-01,92233720368547700\n"
        "A3,2025-01,92233720368547700\n")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const Run r = cli({"--db", db, "metrics", "--from", "2025-01", "--to", "2025-01", "--json"});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("too large"));
}

TEST_CASE("metrics up to 9999-12 counts the costs and surveys of that month")
{
    QTemporaryDir dir;
    const QString db = smallBook(dir);
    REQUIRE(cli({"--db", db, "import", "costs", writeCsv(dir, "c.csv",
        "date,category,amount,account_id\n9999-12-31,support,10,A1\n")}).exitCode == 0);
    REQUIRE(cli({"--db", db, "import", "surveys", writeCsv(dir, "s.csv",
        "account_id,date,kind,score\nA1,9999-12-31,nps,10\n")}).exitCode == 0);
    const QJsonObject m = json(cli({"--db", db, "metrics", "--from", "9999-11", "--to", "9999-12", "--json"}));
    CHECK(m.value("retention_cost").toDouble() == 10.0);
    CHECK(m.value("nps").toDouble() == 100.0);
}

TEST_CASE("health as of a future date stores no snapshot")
{
    QTemporaryDir dir;
    const QString db = smallBook(dir);
    REQUIRE(cli({"--db", db, "health", "--as-of", "9999-12-31", "--json"}).exitCode == 0);
    QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "trust-future");
    {
        c.setDatabaseName(db);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec("SELECT count(*) FROM health_snapshots WHERE month >= '9999'"));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase("trust-future");
}

TEST_CASE("An interaction id that belongs to another account is a data error, never a move")
{
    QTemporaryDir dir;
    const QString db = smallBook(dir);
    REQUIRE(cli({"--db", db, "import", "interactions", writeCsv(dir, "i.csv",
        "account_id,date,kind\nA1,2025-01-02,call\n")}).exitCode == 0);
    const Run exported = cli({"--db", db, "export", "interactions"});
    REQUIRE(exported.exitCode == 0);
    const QStringList lines = exported.out.split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QStringList header = lines.at(0).split(',');
    const QString id = lines.at(1).split(',').at(header.indexOf("id"));
    const Run moved = cli({"--db", db, "import", "interactions", writeCsv(dir, "m.csv",
        ("id,account_id,date,kind\n" + id + ",A2,2025-01-02,call\n").toUtf8())});
    INFO(moved.err.toStdString());
    CHECK(moved.exitCode == 2);
    CHECK(moved.err.contains("m.csv:2: column 'id': the id belongs to another account"));
    CHECK(cli({"--db", db, "export", "interactions"}).out == exported.out);
    // The same account keeps working: an update in place.
    CHECK(cli({"--db", db, "import", "interactions", writeCsv(dir, "u.csv",
        ("id,account_id,date,kind\n" + id + ",A1,2025-01-03,call\n").toUtf8())}).exitCode == 0);
}

TEST_CASE("Import refuses NUL bytes, counts CR-only lines and keeps an inner BOM")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("k.sqlite");
    const Run nul = cli({"--db", db, "import", "people", writeCsv(dir, "n.csv",
        QByteArray("email,name,team\nali@x.ir\0,Ali,sales\n", 37))});
    CHECK(nul.exitCode == 2);
    CHECK(nul.err.contains("n.csv:2: "));
    const Run cr = cli({"--db", db, "import", "people", writeCsv(dir, "cr.csv",
        "email,name,team\rali@x.ir,Ali,nosuch\rb@x.ir,B,nosuch\r")});
    CHECK(cr.exitCode == 2);
    CHECK(cr.err.contains("cr.csv:2: column 'team'"));
    CHECK(cr.err.contains("cr.csv:3: column 'team'"));
    // A BOM starting a value is refused (SQLite would drop it: the value would change);
    // one inside a value is kept, and the export imports again unchanged.
    const Run leading = cli({"--db", db, "import", "people", writeCsv(dir, "l.csv",
        "email,name,team\nali@x.ir,\xEF\xBB\xBF" "Ali,sales\n")});
    CHECK(leading.exitCode == 2);
    CHECK(leading.err.contains("l.csv:2: "));
    const QByteArray inner = "email,name,team\nali@x.ir,A\xEF\xBB\xBF" "li,sales\n";
    REQUIRE(cli({"--db", db, "import", "people", writeCsv(dir, "b.csv", inner)}).exitCode == 0);
    const Run exported = cli({"--db", db, "export", "people"});
    CHECK(exported.out.toUtf8().contains("ali@x.ir,A\xEF\xBB\xBF" "li,sales"));
    const QString again = writeCsv(dir, "again.csv", exported.out.toUtf8());
    CHECK(cli({"--db", db, "import", "people", again}).exitCode == 0);
    CHECK(cli({"--db", db, "export", "people"}).out == exported.out);
}

TEST_CASE("At most 100 new custom fields from one file and warnings capped like errors")
{
    QTemporaryDir dir;
    const QString db = smallBook(dir);
    QByteArray header = "id,name";
    QByteArray row = "A9,Wide";
    for (int i = 0; i < 500; ++i) {
        header += ",f" + QByteArray::number(i);
        row += ",x";
    }
    const Run wide = cli({"--db", db, "import", "accounts", writeCsv(dir, "w.csv", header + '\n' + row + '\n')});
    CHECK(wide.exitCode == 2);
    CHECK(wide.err.contains("500 new custom fields"));
    CHECK(!cli({"--db", db, "export", "accounts"}).out.contains("f0"));

    QByteArray people = "email,name,team";
    for (int i = 0; i < 500; ++i)
        people += ",x" + QByteArray::number(i);
    const Run warned = cli({"--db", db, "import", "people", writeCsv(dir, "p.csv", people + "\n")});
    CHECK(warned.exitCode == 0);
    CHECK(warned.err.count('\n') <= 101);
    CHECK(warned.err.contains("400 more"));
}

TEST_CASE("Imports killed with SIGKILL lose nothing committed and leave a sound database")
{
    QTemporaryDir dir;
    const QString db = smallBook(dir);
    const QString one = writeCsv(dir, "one.csv", "account_id,date,kind\nA1,2025-01-02,call\n");
    int committed = 0;
    std::mt19937 random(7);
    for (int i = 0; i < 24; ++i) {
        QProcess p;
        p.start(QStringLiteral(KARVAN_CLI_PATH), {"--db", db, "import", "interactions", one});
        REQUIRE(p.waitForStarted());
        if (i % 2 == 1) {
            QThread::usleep(random() % 40000);
            ::kill(pid_t(p.processId()), SIGKILL);
        }
        REQUIRE(p.waitForFinished(20000));
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            ++committed;
    }
    const Run exported = cli({"--db", db, "export", "interactions"});
    REQUIRE(exported.exitCode == 0);
    // Every import that reported success is there; one killed just after its commit may be too.
    const int rows = int(exported.out.count('\n')) - 1;
    CHECK(rows >= committed);
    CHECK(rows <= 24);
    CHECK(committed >= 12);
    CHECK(cli({"--db", db, "check"}).exitCode == 0);
}

TEST_CASE("restore brings a backup back, keeps the replaced database and refuses a non-database")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("k.sqlite");
    REQUIRE(cli({"--db", db, "demo", "--accounts", "30"}).exitCode == 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    const QString copy = dir.filePath("copy.sqlite");
    REQUIRE(cli({"--db", db, "backup", copy}, env).exitCode == 0);
    const QString accounts = cli({"--db", db, "export", "accounts"}).out;
    QFile csv(dir.filePath("more.csv"));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("id,name\nNEW-1,Restore Test Ltd\n");
    csv.close();
    REQUIRE(cli({"--db", db, "import", "accounts", csv.fileName()}).exitCode == 0);
    REQUIRE(cli({"--db", db, "export", "accounts"}).out != accounts);

    // A text file is refused with a clear line, exit 3, nothing changed.
    const QString text = dir.filePath("notes.txt");
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("not a database\n");
    notes.close();
    const QByteArray before = [&] { QFile f(db); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const Run refused = cli({"--db", db, "restore", text}, env);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains("not a Karvan database"));
    CHECK(cli({"--db", db, "export", "accounts"}).out.contains("Restore Test Ltd"));
    CHECK(!QFileInfo::exists(dir.filePath("data/Karvan/Karvan/backups")));
    QFile after(db);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);

    const Run restored = cli({"--db", db, "restore", copy}, env);
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(cli({"--db", db, "export", "accounts"}).out == accounts);
    CHECK(cli({"--db", db, "check"}).exitCode == 0);
    CHECK(mode(db) == 0600);
    const QStringList kept = QDir(dir.filePath("data/Karvan/Karvan/backups")).entryList({"k-*-before-restore.sqlite"});
    REQUIRE(kept.size() == 1);
    const QString keptPath = dir.filePath("data/Karvan/Karvan/backups/") + kept.at(0);
    CHECK(mode(keptPath) == 0600);
    CHECK(cli({"--db", keptPath, "export", "accounts"}).out.contains("Restore Test Ltd"));
}

TEST_CASE("the log file is private, rotated by spdlog and holds no customer text at info level")
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    const QString db = dir.filePath("k.sqlite");
    QFile csv(dir.filePath("accounts.csv"));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("id,name,industry\nZQ-1,Quillfeather Bakery Ltd,Food\nZQ-2,Ostrava Lumen GmbH,Energy\n");
    csv.close();
    const Run r = cli({"--db", db, "import", "accounts", csv.fileName()}, env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString folder = dir.filePath("data/Karvan/Karvan/logs");
    const QString log = folder + "/karvan.log";
    REQUIRE(QFileInfo::exists(log));
    CHECK(mode(log) == 0600);
    CHECK(mode(folder) == 0700);
    CHECK(mode(dir.filePath("data/Karvan/Karvan")) == 0700);
    QFile f(log);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    INFO(text.toStdString());
    CHECK(text.contains("accounts: 2 rows, 2 added"));
    CHECK(!text.contains("Quillfeather"));
    CHECK(!text.contains("Ostrava"));
}

TEST_CASE("generate refuses a data set that will not fit on the disk and writes nothing")
{
    QTemporaryDir dir;
    const QString out = dir.filePath("set");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("KARVAN_TEST_FREE_BYTES", "5000000");
    const Run refused = cli({"generate", "--accounts", "100000", "--months", "24", "--out", out}, env);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("need about"));
    CHECK(refused.err.contains("5.0 MB free"));
    CHECK(!QFileInfo::exists(out));
    // What fits is written.
    const Run fits = cli({"generate", "--accounts", "100", "--months", "12", "--out", out}, env);
    INFO(fits.err.toStdString());
    CHECK(fits.exitCode == 0);
    CHECK(QFileInfo::exists(out + "/accounts.csv"));
}
