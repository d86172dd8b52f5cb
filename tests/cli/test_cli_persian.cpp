// karvan-cli in Persian: the human-readable output follows the language (LANG=fa_IR.UTF-8, the
// app's language setting, KARVAN_LANGUAGE), with Persian digits and Jalali dates; CSV, JSON, exit
// codes and the contract's data-error lines stay byte for byte as in English.
#include "clirun.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace karvan;
using karvan::clitest::cli;

namespace {

// The environment of a user whose system speaks `lang`, with a settings folder of their own
// (no language chosen in the app unless a test writes one).
QProcessEnvironment environment(const QTemporaryDir &home, const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KARVAN_LANGUAGE"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return env;
}

// One account renewing on 2026-05-01 and silent since 2026-01-10, owned by ann.
QString makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("fa.sqlite"));
    Database db(path);
    const QSqlDatabase c = db.connection();
    sql::exec(c, QStringLiteral("INSERT INTO people (id, email, name, team_id) SELECT 1, 'ann@example.com', 'Ann', id"
                                " FROM teams WHERE team_key = 'customer_success'"));
    sql::exec(c, QStringLiteral("INSERT INTO accounts (id, ext_id, name, stage, renewal_date, created_at, updated_at)"
                                " VALUES (1, 'A-1', 'Acme', 'retention', '2026-05-01', '2026-01-01T00:00:00Z',"
                                " '2026-01-01T00:00:00Z')"));
    sql::exec(c, QStringLiteral("INSERT INTO ownership (account_id, stage, person_id) VALUES (1, 'retention', 1)"));
    sql::exec(c, QStringLiteral("INSERT INTO interactions (account_id, date, kind) VALUES (1, '2026-01-10', 'call')"));
    sql::exec(c, QStringLiteral("INSERT INTO revenue (account_id, month, mrr) VALUES (1, '2026-01', 1234500),"
                                " (1, '2026-02', 1300000)"));
    return path;
}

} // namespace

TEST_CASE("LANG=fa_IR.UTF-8 gives the usage and errors in Persian, LANG=C the English as written")
{
    QTemporaryDir home;
    const clitest::Run fa = cli({"--help"}, environment(home, "fa_IR.UTF-8"));
    CHECK(fa.exitCode == 0);
    CHECK(fa.out.contains(QStringLiteral("فرمان‌ها:")));
    CHECK(fa.out.contains(QStringLiteral("karvan-cli [--db PATH] [--as EMAIL] COMMAND [options]")));
    CHECK_FALSE(fa.out.contains(QStringLiteral("Commands:")));

    const clitest::Run en = cli({"--help"}, environment(home, "C.UTF-8"));
    CHECK(en.exitCode == 0);
    CHECK(en.out.startsWith(QStringLiteral("Usage: karvan-cli [--db PATH] [--as EMAIL] COMMAND [options]\n")));
    CHECK(en.out.contains(QStringLiteral("Commands:\n  init ")));

    // A usage error: exit 1 in both, the words in the reader's language.
    const clitest::Run faUsage = cli({"frobnicate"}, environment(home, "fa_IR.UTF-8"));
    CHECK(faUsage.exitCode == 1);
    CHECK(faUsage.err.contains(QStringLiteral("فرمان ناشناخته «frobnicate»")));
    const clitest::Run enUsage = cli({"frobnicate"}, environment(home, "C.UTF-8"));
    CHECK(enUsage.exitCode == 1);
    CHECK(enUsage.err == QStringLiteral("karvan-cli: unknown command 'frobnicate'\nRun 'karvan-cli --help' for usage.\n"));
}

TEST_CASE("KARVAN_LANGUAGE and the app's language setting choose the language over the system's")
{
    QTemporaryDir home;
    QProcessEnvironment fa = environment(home, "fa_IR.UTF-8");
    fa.insert(QStringLiteral("KARVAN_LANGUAGE"), QStringLiteral("en"));
    CHECK(cli({"--help"}, fa).out.contains(QStringLiteral("Commands:")));

    // The app's Settings > Language (ui/language in the same settings file) counts too.
    {
        QSettings settings(home.filePath(QStringLiteral("config/Karvan/Karvan.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fa"));
    }
    const QProcessEnvironment en = environment(home, "C.UTF-8");
    CHECK(cli({"--help"}, en).out.contains(QStringLiteral("فرمان‌ها:")));
    QProcessEnvironment explicitEnglish = en;
    explicitEnglish.insert(QStringLiteral("KARVAN_LANGUAGE"), QStringLiteral("en"));
    CHECK(cli({"--help"}, explicitEnglish).out.contains(QStringLiteral("Commands:")));
}

TEST_CASE("Persian tables have Persian digits, Jalali dates and translated task titles")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const QProcessEnvironment fa = environment(home, "fa_IR.UTF-8");
    const QProcessEnvironment en = environment(home, "C.UTF-8");

    const clitest::Run faTasks = cli({"--db", db, "tasks", "--as-of", "2026-03-21"}, fa);
    REQUIRE(faTasks.exitCode == 0);
    INFO(faTasks.out.toStdString());
    CHECK(faTasks.out.startsWith(QStringLiteral("کارهای باز در تاریخ ۱۴۰۵/۰۱/۰۱: ۲\n")));
    CHECK(faTasks.out.contains(QStringLiteral("تمدید در ۱۴۰۵/۰۲/۱۱")));   // Renewal on 2026-05-01
    CHECK(faTasks.out.contains(QStringLiteral("۷۰ روز بدون تماس")));     // No contact for 70 days
    // Keys and emails stay as typed.
    CHECK(faTasks.out.contains(QStringLiteral("renewal:A-1:2026-05-01")));
    CHECK(faTasks.out.contains(QStringLiteral("ann@example.com")));

    const clitest::Run enTasks = cli({"--db", db, "tasks", "--as-of", "2026-03-21"}, en);
    CHECK(enTasks.out.startsWith(QStringLiteral("Open tasks as of 2026-03-21: 2\n")));
    CHECK(enTasks.out.contains(QStringLiteral("Renewal on 2026-05-01")));
    CHECK(enTasks.out.contains(QStringLiteral("No contact for 70 days")));

    const clitest::Run faMetrics = cli({"--db", db, "metrics", "--from", "2026-01", "--to", "2026-02"}, fa);
    REQUIRE(faMetrics.exitCode == 0);
    INFO(faMetrics.out.toStdString());
    CHECK(faMetrics.out.contains(QStringLiteral("۱۲٬۳۴۵٫۰۰")));
    CHECK(faMetrics.out.contains(QStringLiteral("نرخ ریزش مشتری")));
    CHECK_FALSE(faMetrics.out.contains(QStringLiteral("12,345")));

    const clitest::Run faHealth = cli({"--db", db, "health", "--as-of", "2026-03-21", "--no-snapshot"}, fa);
    REQUIRE(faHealth.exitCode == 0);
    CHECK(faHealth.out.startsWith(QStringLiteral("سلامت در تاریخ ۱۴۰۵/۰۱/۰۱: ۱ حساب\n")));

    // Money in the load table: the database's currency for a Persian reader (Toman without
    // decimals), the plain amount in English as before.
    {
        Database book(db);
        SettingsStore(book.connection()).setCurrency(QStringLiteral("IRT"));
    }
    const clitest::Run faMatrix = cli({"--db", db, "matrix", "--as-of", "2026-03-21"}, fa);
    REQUIRE(faMatrix.exitCode == 0);
    INFO(faMatrix.out.toStdString());
    CHECK(faMatrix.out.contains(QStringLiteral("(تومان)")));
    CHECK(faMatrix.out.contains(QStringLiteral("۱۳٬۰۰۰ ")));
    const clitest::Run enMatrix = cli({"--db", db, "matrix", "--as-of", "2026-03-21"}, en);
    CHECK(enMatrix.out.contains(QStringLiteral(" 13000 ")));
}

TEST_CASE("JSON, CSV, exit codes and data-error lines are the same in Persian as in English")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString db = makeDatabase(dir);
    const QProcessEnvironment fa = environment(home, "fa_IR.UTF-8");
    const QProcessEnvironment en = environment(home, "C.UTF-8");

    const QList<QStringList> commands = {
        {"--db", db, "tasks", "--as-of", "2026-03-21", "--json"},
        {"--db", db, "health", "--as-of", "2026-03-21", "--no-snapshot", "--json"},
        {"--db", db, "metrics", "--from", "2026-01", "--to", "2026-02", "--json"},
        {"--db", db, "metrics", "--from", "2026-01", "--to", "2026-02", "--json", "--series"},
        {"--db", db, "kpis", "--from", "2026-01", "--to", "2026-02", "--json"},
        {"--db", db, "matrix", "--as-of", "2026-03-21", "--json"},
        {"--db", db, "export", "accounts"},
        {"--db", db, "export", "revenue"},
    };
    for (const QStringList &args : commands) {
        INFO(args.join(' ').toStdString());
        const clitest::Run inEnglish = cli(args, en);
        const clitest::Run inPersian = cli(args, fa);
        CHECK(inEnglish.exitCode == 0);
        CHECK(inPersian.exitCode == inEnglish.exitCode);
        CHECK(inPersian.out == inEnglish.out);
        CHECK_FALSE(inPersian.out.isEmpty());
    }

    // A bad CSV: exit 2 and the contract's FILE:LINE: column 'NAME': ... line, unchanged.
    const QString csv = dir.filePath(QStringLiteral("revenue.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("account_id,month,mrr\nA-1,2026-13,10\n");
    file.close();
    const clitest::Run badEnglish = cli({"--db", db, "import", "revenue", csv}, en);
    const clitest::Run badPersian = cli({"--db", db, "import", "revenue", csv}, fa);
    CHECK(badEnglish.exitCode == 2);
    CHECK(badPersian.exitCode == 2);
    CHECK(badPersian.err == badEnglish.err);
    CHECK(badEnglish.err.startsWith(csv + QStringLiteral(":2: column 'month'")));
}
