#include "cli.h"

#include "domain/errors.h"
#include "generator/demobook.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cerrno>

#include <signal.h>

namespace karvan::cli {

namespace {

qint64 countRows(const Database &db, const QString &table)
{
    // `table` is one of our own table names, never user input.
    QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return sql::next(q) ? q.value(0).toLongLong() : 0;
}

const QLatin1String kDemoFolderPrefix("karvan-demo-");

// A demo killed (SIGKILL, power cut) cannot remove its temporary folder; the next demo removes
// the folders of demos whose process is gone (named karvan-demo-PID-XXXXXX).
void removeStaleDemoFolders()
{
    const QDir temp = QDir::temp();
    const QStringList folders = temp.entryList({kDemoFolderPrefix + QStringLiteral("*")}, QDir::Dirs);
    for (const QString &name : folders) {
        bool ok = false;
        const qint64 pid = name.mid(kDemoFolderPrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
            continue;
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(temp.filePath(name)).removeRecursively();
    }
}

} // namespace

// demo [--accounts N] [--force]: generates a data set of N accounts over the 24 months up to
// the current month (fixed seed) and imports it, kind by kind, into the database. Refuses a
// database that already has accounts unless --force; it never deletes anything (with --force
// the demo rows are imported on top, updating records with the same keys).
int runDemo(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Generate a demo data set (24 months up to this month) and import it into the database."));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      CommandLine::tr("Number of accounts (default 400)."),
                                      QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption force(QStringLiteral("force"),
        CommandLine::tr("Import even when the database already has accounts (nothing is deleted)."));
    parser.addOptions({accounts, force});
    parse(parser, ctx, 0, 0);

    GeneratorOptions options;
    bool ok = false;
    options.accounts = parser.value(accounts).toInt(&ok);
    if (!ok || options.accounts < 1 || options.accounts > GeneratorOptions::kMaxAccounts)
        throw UsageError(CommandLine::tr("demo: --accounts must be a whole number from 1 to %1 "
                                        "(value '%2')")
                             .arg(GeneratorOptions::kMaxAccounts)
                             .arg(parser.value(accounts)));
    options.months = 24;
    options.endMonth = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));

    const std::unique_ptr<Database> db = ctx.openForWriting();
    const qint64 existing = countRows(*db, QStringLiteral("accounts"));
    if (existing > 0 && !parser.isSet(force))
        throw UsageError(CommandLine::tr("demo: the database %1 already has %2 accounts; use an "
                                        "empty database (--db PATH) or add --force to import the "
                                        "demo on top (nothing is deleted)")
                             .arg(QDir::toNativeSeparators(db->path()))
                             .arg(shownNumber(existing)));

    removeStaleDemoFolders();
    QTemporaryDir dir(QDir::temp().filePath(
        QStringLiteral("%1%2-XXXXXX").arg(kDemoFolderPrefix).arg(QCoreApplication::applicationPid())));
    if (!dir.isValid())
        throw DataError(CommandLine::tr("demo: cannot create a temporary directory: %1")
                            .arg(dir.errorString()));
    const DemoReport report = buildDemoBook(*db, options, QStringLiteral("karvan-cli:demo"), dir.path());
    if (report.alreadyPresent) {
        out(CommandLine::tr("demo: the database %1 already holds the demo (built on %2); nothing was added\n")
                .arg(QDir::toNativeSeparators(db->path()), shownDate(report.builtOn)));
        return Success;
    }
    for (const ImportResult &result : report.results)
        out(shownImportSummary(result, false) + QLatin1Char('\n'));
    out(CommandLine::tr("health: %1 monthly snapshots\n").arg(shownNumber(report.snapshots)));
    out(CommandLine::tr("hand-offs: %1 examples\n").arg(shownNumber(report.handoffs)));
    out(CommandLine::tr("demo: %1 accounts and %2 people, %3 to %4, in %5\n")
            .arg(shownNumber(countRows(*db, QStringLiteral("accounts"))), shownNumber(countRows(*db, QStringLiteral("people"))),
                 shownMonth(report.firstMonth), shownMonth(report.lastMonth), QDir::toNativeSeparators(db->path())));
    return Success;
}

} // namespace karvan::cli
