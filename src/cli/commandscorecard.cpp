// karvan-cli scorecard export [FILE.json] | import FILE.json
//
// The health scorecard (weights, thresholds, bands) as a JSON document (docs/health.md).
#include "cli.h"
#include "io/outputfile.h"
#include "domain/errors.h"
#include "health/scorecard.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace karvan::cli {

int runScorecard(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Export the health scorecard to a JSON file (stdout without FILE or with '-'),\n"
        "or import one: weights, thresholds, bands."));
    parser.addPositionalArgument(QStringLiteral("action"), CommandLine::tr("export or import"));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("the JSON file"));
    parse(parser, ctx, 1, 2);
    const QStringList args = parser.positionalArguments();
    const QString action = args.at(0);
    const QString path = args.value(1);

    if (action == QLatin1String("export")) {
        const auto database = ctx.openForReading();
        const QByteArray json =
            QJsonDocument(Scorecard::load(database->connection()).toJson()).toJson(QJsonDocument::Indented);
        if (path.isEmpty() || path == QLatin1String("-")) {
            out(QString::fromUtf8(json));
            return Success;
        }
        OutputFile file(path);
        file.write(json);
        file.commit();
        return Success;
    }
    if (action == QLatin1String("import")) {
        if (path.isEmpty())
            throw UsageError(CommandLine::tr("scorecard import: missing FILE.json"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw DataError(CommandLine::tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        const QByteArray json = file.readAll();
        auto database = ctx.openForWriting();
        QSqlDatabase db = database->connection();
        const Scorecard card = Scorecard::fromJson(json, path, Scorecard::load(db));
        card.save(db, ctx.actor(*database));
        return Success;
    }
    throw UsageError(CommandLine::tr("scorecard: unknown action '%1' (export or import)").arg(action));
}

} // namespace karvan::cli
