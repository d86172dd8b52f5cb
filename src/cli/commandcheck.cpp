#include "cli.h"

#include "domain/errors.h"
#include "storage/sqlengine.h"

#include <QDir>

namespace karvan::cli {

// check: SQLite's integrity check and foreign key check. Exit 0 when the database is sound;
// exit 3 with one line per problem (as SQLite names it) otherwise.
int runCheck(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Check the database's integrity (pages, indexes, references between records)."));
    parse(parser, ctx, 0, 0);
    const std::unique_ptr<Database> db = ctx.openForReading();
    const QStringList problems = sqlengine::integrityProblems(db->connection());
    const QString path = QDir::toNativeSeparators(db->path());
    if (problems.isEmpty()) {
        out(CommandLine::tr("check: %1 is sound\n").arg(path));
        return Success;
    }
    for (const QString &problem : problems)
        err(QStringLiteral("karvan-cli: %1: %2\n").arg(path, problem));
    err(CommandLine::tr("karvan-cli: %1: %2 problem(s) found; restore a backup (docs/trust.md)\n")
            .arg(path, shownNumber(qint64(problems.size()))));
    return DatabaseProblem;
}

} // namespace karvan::cli
