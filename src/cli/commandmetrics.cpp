// karvan-cli metrics --from A --to B [--json] [--by owner|team|segment|stage] [--series]
#include "cli.h"

#include "metrics/metricsformat.h"
#include "metrics/metricsloader.h"

#include <QJsonDocument>

namespace karvan::cli {

int runMetrics(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Portfolio revenue and experience metrics from month A to month B (A <= B)."));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First month A."),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Last month B."),
                                QStringLiteral("YYYY-MM"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption by(QStringLiteral("by"),
                                CommandLine::tr("Split per owner, team, segment or stage (held at A)."),
                                QStringLiteral("owner|team|segment|stage"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    CommandLine::tr("A monthly series from A to B."));
    parser.addOptions({from, to, json, by, series});
    parse(parser, ctx, 0, 0);

    if (!parser.isSet(from) || !parser.isSet(to))
        throw UsageError(CommandLine::tr("metrics: --from and --to are required"));
    QString problem;
    const std::optional<MetricsPeriod> period =
        MetricsPeriod::parse(parser.value(from), parser.value(to), &problem);
    if (!period)
        throw UsageError(CommandLine::tr("metrics: %1").arg(problem));
    std::optional<MetricsGrouping> grouping;
    if (parser.isSet(by)) {
        grouping = metricsGroupingFromKey(parser.value(by));
        if (!grouping) {
            throw UsageError(CommandLine::tr("metrics: --by '%1': expected owner, team, segment "
                                            "or stage").arg(parser.value(by)));
        }
        if (parser.isSet(series))
            throw UsageError(CommandLine::tr("metrics: --series cannot be combined with --by"));
    }

    const std::unique_ptr<Database> db = ctx.openForReading();
    const MetricsLoader loader(db->connection());
    const bool asJson = parser.isSet(json);
    const auto print = [](const QJsonObject &o) {
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    };

    if (parser.isSet(series)) {
        const std::vector<MetricsSeriesPoint> points = loader.series(*period);
        if (asJson)
            print(metricsformat::seriesJson(*period, points));
        else
            out(metricsformat::seriesTable(*period, points, localized()));
    } else if (grouping) {
        const std::vector<GroupMetrics> groups = loader.groupedMetrics(*period, *grouping);
        if (asJson)
            print(metricsformat::groupedJson(*period, *grouping, groups));
        else
            out(metricsformat::groupedTable(*period, *grouping, groups, localized()));
    } else {
        const Metrics metrics = loader.metrics(*period);
        if (asJson)
            print(metricsformat::portfolioJson(*period, metrics));
        else
            out(metricsformat::portfolioTable(*period, metrics, localized()));
    }
    return Success;
}

} // namespace karvan::cli
