#include "cli.h"

#include "io/csvkind.h"
#include "domain/errors.h"
#include "io/exporter.h"
#include "io/outputfile.h"

#include <QFile>

#include <cstdio>

namespace karvan::cli {

// export KIND [FILE]: the import form of one kind, to FILE (a regular file is written whole or
// not at all; a FIFO or device is written into) or to stdout.
int runExport(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Write one kind of record as CSV."));
    parser.addPositionalArgument(QStringLiteral("kind"), CommandLine::tr("the kind of record"));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("the CSV file (default: stdout)"),
                                 QStringLiteral("[file]"));
    parse(parser, ctx, 1, 2);
    const QStringList args = parser.positionalArguments();
    const std::optional<CsvKind> kind = csvKindFromName(args.at(0));
    if (!kind)
        throw UsageError(CommandLine::tr("unknown kind '%1'").arg(args.at(0)));

    const std::unique_ptr<Database> db = ctx.openForReading();
    if (args.size() < 2) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly))
            throw DataError(CommandLine::tr("cannot write to the standard output"));
        exportCsv(*db, *kind, &output);
        output.flush();
        return Success;
    }
    OutputFile output(args.at(1));
    exportCsv(*db, *kind, output.device());
    output.commit();
    out(CommandLine::tr("%1: wrote %2\n").arg(csvKindName(*kind), args.at(1)));
    return Success;
}

} // namespace karvan::cli
