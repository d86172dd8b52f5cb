// karvan-cli: the contract's command line (shared/contract.md). Needs no display: only
// `report` renders through Qt Gui, on the offscreen platform.
#include "cli.h"
#include "domain/errors.h"
#include "storage/filelog.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMap>

#include <spdlog/spdlog.h>

#include <functional>
#include <memory>

using namespace karvan;
using namespace karvan::cli;

namespace {

// The usage, translated as one text (the command names and options stay as they are typed).
const char *const kUsage = QT_TRANSLATE_NOOP("CommandLine",
    "Usage: karvan-cli [--db PATH] [--as EMAIL] COMMAND [options]\n"
    "       karvan-cli --version\n"
    "\n"
    "Commands:\n"
    "  init                              create the database (schema, teams, template)\n"
    "  import KIND FILE [--dry-run]      load a CSV file, all or nothing\n"
    "  export KIND [FILE]                write a CSV file (stdout by default)\n"
    "  metrics --from YYYY-MM --to YYYY-MM [--json] [--by owner|team|segment|stage] [--series]\n"
    "  health [--as-of YYYY-MM-DD] [--account ID] [--json]\n"
    "  scorecard export|import FILE.json\n"
    "  matrix [--json]                   the ownership matrix, gaps and load\n"
    "  kpis --from YYYY-MM --to YYYY-MM [--by owner|team] [--json]   stage KPIs\n"
    "  handoff start ACCOUNT_ID --to EMAIL | item ID N --done|--undone [--note TEXT]\n"
    "          submit ID | accept ID | return ID --reason TEXT | list [--state S] [--json] | show ID [--json]\n"
    "  report ACCOUNT_ID --out FILE.pdf|FILE.html [--as-of YYYY-MM-DD] [--page a4|letter]\n"
    "  report --portfolio --from YYYY-MM --to YYYY-MM --out FILE.pdf|FILE.html\n"
    "         [--team KEY] [--owner EMAIL] [--page a4|letter]\n"
    "  generate --accounts N --months M [--seed S] --out DIR\n"
    "  demo [--accounts N]               generate and import a demo data set\n"
    "  tasks [--as-of YYYY-MM-DD] [--owner EMAIL] [--json]\n"
    "  task add ACCOUNT_ID --title TEXT [--due YYYY-MM-DD] [--owner EMAIL]\n"
    "  task done KEY | task dismiss KEY --reason TEXT\n"
    "  backup FILE                       a consistent copy of the database\n"
    "  check                             the database's integrity check\n"
    "  restore FILE                      replace the database with a backup (the old one is kept)\n"
    "\n"
    "Kinds: people accounts ownership revenue usage interactions tickets surveys costs\n"
    "Run 'karvan-cli COMMAND --help' for a command's options.\n");

QString usage()
{
    return CommandLine::tr(kUsage);
}

int dispatch(const Context &ctx)
{
    static const QMap<QString, std::function<int(const Context &)>> commands = {
        {"init", runInit},         {"import", runImport}, {"export", runExport},
        {"generate", runGenerate}, {"demo", runDemo},     {"metrics", runMetrics},
        {"health", runHealth},     {"scorecard", runScorecard}, {"matrix", runMatrix},
        {"tasks", runTasks},       {"task", runTask},
        {"kpis", runKpis},
        {"backup", runBackup},     {"check", runCheck},
        {"restore", runRestore},
        {"handoff", runHandoff},
        {"report", runReport},
    };
    const auto it = commands.find(ctx.args.value(0));
    if (it == commands.end())
        throw UsageError(CommandLine::tr("unknown command '%1'").arg(ctx.args.value(0)));
    return it.value()(ctx);
}

// Whether the command (the first argument that is not a global option) is `report`.
bool isReportCommand(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db" || a == "--as") {
            ++i;
            continue;
        }
        if (!a.startsWith('-'))
            return a == "report";
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` lays text out and paints PDF pages through Qt Gui: it gets a QGuiApplication on
    // the offscreen platform (no display needed); every other command a QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (isReportCommand(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's own notes (no runtime directory, ...) are no message for the user.
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            spdlog::debug("qt: {}", message.toStdString());
        });
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    Database::setApplicationNames();  // the app's names: the same default database
    QCoreApplication::setApplicationVersion(QStringLiteral(KARVAN_VERSION));
    // Human-readable output in the user's language (KARVAN_LANGUAGE, the app's setting or the
    // system's); English as written.
    applyLanguage(app);
    // Logs go to the log file (storage/filelog.h) and, from warnings on, to stderr: stdout
    // carries the commands' output (CSV, JSON) and nothing else.
    startFileLog(QStringLiteral("karvan-cli"),
                 qEnvironmentVariableIsSet("KARVAN_DEBUG") ? spdlog::level::debug : spdlog::level::warn);

    // Global options come before the command; everything from the command on is its own.
    QStringList args = app.arguments().mid(1);
    Context ctx;
    ctx.dbPath = Database::defaultPath();
    ctx.asEmail = qEnvironmentVariable("KARVAN_USER");
    while (!args.isEmpty() && args.first().startsWith('-')) {
        const QString a = args.takeFirst();
        if (a == "--db" && !args.isEmpty()) {
            ctx.dbPath = args.takeFirst();
        } else if (a.startsWith("--db=")) {
            ctx.dbPath = a.mid(5);
        } else if (a == "--as" && !args.isEmpty()) {
            ctx.asEmail = args.takeFirst();
        } else if (a.startsWith("--as=")) {
            ctx.asEmail = a.mid(5);
        } else if (a == "-h" || a == "--help") {
            out(usage());
            return Success;
        } else if (a == "-v" || a == "--version") {
            out(QStringLiteral("karvan-cli %1\n").arg(KARVAN_VERSION));
            return Success;
        } else {
            err(CommandLine::tr("karvan-cli: unknown option '%1'\n%2").arg(a, usage()));
            return Usage;
        }
    }
    if (args.isEmpty()) {
        err(usage());
        return Usage;
    }
    ctx.args = args;

    try {
        return dispatch(ctx);
    } catch (const UsageError &e) {
        err(CommandLine::tr("karvan-cli: %1\nRun 'karvan-cli --help' for usage.\n").arg(e.message()));
        return Usage;
    } catch (const DataError &e) {
        const QStringList messages = e.messages();
        for (const QString &m : messages)
            err(m + '\n');
        return BadData;
    } catch (const DatabaseError &e) {
        // Errors raised while opening already name the file; later ones (a lock taken by
        // another program mid-way, a full disk) get it here, so every line says which database.
        const QString message = e.message().startsWith(ctx.dbPath) ? e.message()
                                                                   : ctx.dbPath + QStringLiteral(": ") + e.message();
        err(QStringLiteral("karvan-cli: %1\n").arg(message));
        return DatabaseProblem;
    } catch (const std::exception &e) {
        err(CommandLine::tr("karvan-cli: internal error: %1\n").arg(QString::fromUtf8(e.what())));
        return DatabaseProblem;
    }
}
