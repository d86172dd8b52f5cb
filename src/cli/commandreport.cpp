// karvan-cli report ACCOUNT_ID --out FILE.pdf|FILE.html [--as-of YYYY-MM-DD] [--page a4|letter]
// karvan-cli report --portfolio --from YYYY-MM --to YYYY-MM --out FILE.pdf|FILE.html
//                   [--team KEY] [--owner EMAIL] [--page a4|letter]
//
// Renders through Qt Gui on the offscreen platform (main() makes a QGuiApplication for this
// command only); the figures come from karvan_reports' builders over the core.
#include "cli.h"
#include "domain/displaymoney.h"
#include "storage/settingsstore.h"

#include "domain/dates.h"
#include "metrics/metricsperiod.h"
#include "reports/reportbuilder.h"
#include "reports/reportwriter.h"

#include <QCommandLineParser>

namespace karvan::cli {

int runReport(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("The client status report of one account, or with --portfolio the portfolio report of "
        "a period, as PDF or HTML (by the extension of --out)."));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT_ID"), CommandLine::tr("The account's id."));
    const QCommandLineOption outOption(QStringLiteral("out"), CommandLine::tr("The file to write (.pdf or .html)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), CommandLine::tr("The day the figures hold on (default today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption portfolioOption(QStringLiteral("portfolio"), CommandLine::tr("The portfolio report."));
    const QCommandLineOption fromOption(QStringLiteral("from"), CommandLine::tr("First month (portfolio)."),
                                        QStringLiteral("YYYY-MM"));
    const QCommandLineOption toOption(QStringLiteral("to"), CommandLine::tr("Last month (portfolio)."),
                                      QStringLiteral("YYYY-MM"));
    const QCommandLineOption teamOption(QStringLiteral("team"), CommandLine::tr("Only the accounts this team owns (portfolio)."),
                                        QStringLiteral("KEY"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), CommandLine::tr("Only the accounts this person owns (portfolio)."),
                                         QStringLiteral("EMAIL"));
    const QCommandLineOption pageOption(QStringLiteral("page"), CommandLine::tr("The PDF's page size (default from the locale)."),
                                        QStringLiteral("a4|letter"));
    parser.addOptions({outOption, asOfOption, portfolioOption, fromOption, toOption, teamOption,
                       ownerOption, pageOption});
    const bool portfolio = ctx.args.contains(QStringLiteral("--portfolio"));
    parse(parser, ctx, portfolio ? 0 : 1, portfolio ? 0 : 1);

    if (!parser.isSet(outOption))
        throw UsageError(CommandLine::tr("report: --out FILE.pdf|FILE.html is required"));
    const QString outPath = parser.value(outOption);
    if (!reports::outputFormatOf(outPath))
        throw UsageError(CommandLine::tr("report: --out: the file must end in .pdf or .html (value '%1')").arg(outPath));
    reports::PageFormat page = reports::defaultPageFormat();
    if (parser.isSet(pageOption)) {
        const std::optional<reports::PageFormat> p = reports::pageFormatFromKey(parser.value(pageOption));
        if (!p)
            throw UsageError(CommandLine::tr("report: --page: expected a4 or letter (value '%1')").arg(parser.value(pageOption)));
        page = *p;
    }

    reports::RenderedReport rendered;
    if (portfolio) {
        if (parser.isSet(asOfOption))
            throw UsageError(CommandLine::tr("report: --as-of is for one account's report; the portfolio uses --from and --to"));
        if (!parser.isSet(fromOption) || !parser.isSet(toOption))
            throw UsageError(CommandLine::tr("report: --portfolio needs --from and --to"));
        QString problem;
        const std::optional<MetricsPeriod> period =
            MetricsPeriod::parse(parser.value(fromOption), parser.value(toOption), &problem);
        if (!period)
            throw UsageError(CommandLine::tr("report: %1").arg(problem));
        const std::unique_ptr<Database> db = ctx.openForReading();
        display::setCurrency(SettingsStore(db->connection()).currency());
        const reports::PortfolioScope scope{*period, parser.value(teamOption), parser.value(ownerOption)};
        const QString by = reports::preparedByLabel(db->connection(), ctx.actor(*db));
        rendered = reports::render(reports::buildPortfolioReport(db->connection(), scope, by));
    } else {
        for (const QCommandLineOption &o : {fromOption, toOption, teamOption, ownerOption}) {
            if (parser.isSet(o))
                throw UsageError(CommandLine::tr("report: --%1 is for the portfolio report (--portfolio)").arg(o.names().first()));
        }
        QDate asOf = QDate::currentDate();
        if (parser.isSet(asOfOption)) {
            asOf = dates::parseDate(parser.value(asOfOption));
            if (!asOf.isValid())
                throw UsageError(CommandLine::tr("report: --as-of: not a date YYYY-MM-DD (value '%1')").arg(parser.value(asOfOption)));
        }
        const std::unique_ptr<Database> db = ctx.openForReading();
        display::setCurrency(SettingsStore(db->connection()).currency());
        const QString by = reports::preparedByLabel(db->connection(), ctx.actor(*db));
        rendered = reports::render(reports::buildAccountReport(db->connection(), parser.positionalArguments().value(0), asOf, by));
    }
    try {
        reports::writeReport(rendered, outPath, page);
    } catch (const reports::WriteError &e) {
        throw UsageError(e.message());
    }
    return Success;
}

} // namespace karvan::cli
