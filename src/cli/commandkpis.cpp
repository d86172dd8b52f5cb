// karvan-cli kpis --from A --to B [--by owner|team] [--json]
#include "cli.h"

#include "metrics/stagekpisformat.h"
#include "metrics/stagekpisloader.h"

#include <QJsonDocument>

namespace karvan::cli {

int runKpis(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Each journey stage's key metrics from month A to month B (A <= B), for the owners "
        "of that stage."));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First month A."),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Last month B."),
                                QStringLiteral("YYYY-MM"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption by(QStringLiteral("by"),
                                CommandLine::tr("Split per owner or team of each stage."),
                                QStringLiteral("owner|team"));
    parser.addOptions({from, to, json, by});
    parse(parser, ctx, 0, 0);

    if (!parser.isSet(from) || !parser.isSet(to))
        throw UsageError(CommandLine::tr("kpis: --from and --to are required"));
    QString problem;
    const std::optional<MetricsPeriod> period =
        MetricsPeriod::parse(parser.value(from), parser.value(to), &problem);
    if (!period)
        throw UsageError(CommandLine::tr("kpis: %1").arg(problem));
    std::optional<MetricsGrouping> grouping;
    if (parser.isSet(by)) {
        grouping = metricsGroupingFromKey(parser.value(by));
        if (grouping != MetricsGrouping::Owner && grouping != MetricsGrouping::Team) {
            throw UsageError(CommandLine::tr("kpis: --by '%1': expected owner or team")
                                 .arg(parser.value(by)));
        }
    }

    const std::unique_ptr<Database> db = ctx.openForReading();
    const StageKpisLoader loader(db->connection());
    const bool asJson = parser.isSet(json);
    const auto print = [](const QJsonObject &o) {
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    };
    if (grouping) {
        const std::vector<GroupStageKpis> groups = loader.groupedKpis(*period, *grouping);
        if (asJson)
            print(stagekpisformat::groupedJson(*period, *grouping, groups));
        else
            out(stagekpisformat::groupedTable(*period, *grouping, groups, localized()));
    } else {
        const StageKpis kpis = loader.kpis(*period);
        if (asJson)
            print(stagekpisformat::portfolioJson(*period, kpis));
        else
            out(stagekpisformat::portfolioTable(*period, kpis, localized()));
    }
    return Success;
}

} // namespace karvan::cli
