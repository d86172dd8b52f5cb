#include "cli.h"

#include "io/csvkind.h"
#include "io/importer.h"

#include <QFileInfo>

namespace karvan::cli {

namespace {

CsvKind kindArgument(const QString &name)
{
    const std::optional<CsvKind> kind = csvKindFromName(name);
    if (!kind) {
        QStringList names;
        for (const CsvKind k : allCsvKinds())
            names.append(csvKindName(k));
        throw UsageError(CommandLine::tr("unknown kind '%1'; expected one of: %2")
                             .arg(name, names.join(QLatin1Char(' '))));
    }
    return *kind;
}

} // namespace

// import KIND FILE [--dry-run]: one transaction, all or nothing. A dry run validates against
// the database without writing; it opens an existing database read-only and creates a
// missing one (as every command that may write does), so the checks have the default teams.
int runImport(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Load a CSV file into the database, all or nothing."));
    parser.addPositionalArgument(QStringLiteral("kind"), CommandLine::tr("people, accounts, ownership, "
        "revenue, usage, interactions, tickets, surveys or costs"));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("the CSV file"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CommandLine::tr("Validate only; write nothing."));
    parser.addOption(dryRun);
    parse(parser, ctx, 2, 2);
    const QStringList args = parser.positionalArguments();
    const CsvKind kind = kindArgument(args.at(0));
    const QString file = args.at(1);
    const bool dry = parser.isSet(dryRun);

    const std::unique_ptr<Database> db =
        dry && QFileInfo::exists(ctx.dbPath) ? ctx.openForReading() : ctx.openForWriting();
    Importer importer(*db, ctx.actor(*db));
    const ImportResult result = importer.importFile(kind, file, dry);
    for (const QString &warning : result.warnings)
        err(CommandLine::tr("warning: %1\n").arg(warning));
    out(shownImportSummary(result, dry) + QLatin1Char('\n'));
    return Success;
}

QString shownImportSummary(const ImportResult &result, bool dryRun)
{
    // The same words as ImportResult::summary (the audit log's, always English), for a reader.
    QString summary = CommandLine::tr("%1: %2 rows, %3 added, %4 updated")
                          .arg(csvKindName(result.kind), shownNumber(result.rows), shownNumber(result.inserted),
                               shownNumber(result.updated));
    if (dryRun)
        summary += CommandLine::tr(" (dry run, nothing written)");
    return summary;
}

} // namespace karvan::cli
