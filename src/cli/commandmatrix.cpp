// karvan-cli matrix [--json] [--as-of YYYY-MM-DD]
//
// The ownership matrix: every account x every stage -> owner and supporting teams, the gaps at
// each active account's current stage, and the load per owner (docs/health.md).
#include "cli.h"

#include "storage/settingsstore.h"
#include "domain/dates.h"
#include "domain/money.h"
#include "ownership/ownershipmatrix.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace karvan::cli {

namespace {

QString ownerText(const ResolvedOwner &o)
{
    if (o.personId)
        return o.personEmail + (o.personActive ? QString() : CommandLine::tr(" (inactive)"));
    if (o.teamKey.isEmpty())
        return QStringLiteral("-");
    return QStringLiteral("[%1]").arg(o.teamKey) + (o.fromTemplate ? QStringLiteral("*") : QString());
}

QString matrixText(const OwnershipMatrix &matrix, const QString &currency)
{
    QString text = CommandLine::tr("Ownership matrix: %1 accounts\n"
                                  "(person, or [team] when no person is named; * = from the template;"
                                  " > = current stage)\n\n")
                       .arg(shownNumber(qint64(matrix.accounts().size())));
    QString header = shownCell(QStringLiteral("ID"), 12) + shownCell(CommandLine::tr("Name"), 24);
    for (Stage s : kAllStages)
        header += shownCell(shownStage(s), 32);
    text += header.trimmed() + '\n';
    for (const AccountOwners &a : matrix.accounts()) {
        QString line = shownCell(a.extId, 12)
            + shownCell(a.name + (a.active ? QString() : CommandLine::tr(" (churned)")), 24);
        for (const ResolvedOwner &o : a.stages)
            line += shownCell(
                (o.stage == a.currentStage ? QStringLiteral(">") : QString()) + ownerText(o), 32);
        text += line.trimmed() + '\n';
    }

    text += CommandLine::tr("\nGaps at the current and later stages: %1\n").arg(shownNumber(qint64(matrix.gaps().size())));
    for (const OwnershipGap &g : matrix.gaps()) {
        QString what = shownGapProblem(g.problem);
        if (!g.team.isEmpty())
            what += QStringLiteral(" (%1)").arg(g.team);
        if (!g.person.isEmpty())
            what += QStringLiteral(" (%1)").arg(g.person);
        const QString stage = shownStage(g.stage) + (g.current ? QString() : CommandLine::tr(" (ahead)"));
        text += (shownCell(g.accountKey, 12) + shownCell(g.accountName, 24) + shownCell(stage, 24)
                    + what)
                    .trimmed()
            + '\n';
    }

    text += CommandLine::tr("\nLoad per owner (MRR of %1; ! = more than %2 accounts):\n")
                .arg(matrix.latestMonth().isEmpty() ? CommandLine::tr("no revenue yet") : shownMonth(matrix.latestMonth()),
                     shownNumber(matrix.bookSizeLimit()));
    const QString mrrTitle = shownMoneyHeader(CommandLine::tr("MRR"), currency);
    const int mrrWidth = std::max(16, int(mrrTitle.size()) + 2);
    text += (shownCell(CommandLine::tr("person"), 32) + shownCell(CommandLine::tr("name"), 24)
                + shownCell(CommandLine::tr("accounts"), 10) + shownCell(mrrTitle, mrrWidth)
                + CommandLine::tr("red"))
        + '\n';
    for (const OwnerLoad &l : matrix.load()) {
        text += shownCell(l.email + (l.active ? QString() : CommandLine::tr(" (inactive)")), 32)
            + shownCell(l.name, 24)
            + shownCell(
                shownNumber(l.accounts) + (l.overloaded ? QStringLiteral("!") : QString()), 10)
            + shownCell(shownMoney(l.mrrMinor, currency), mrrWidth) + shownNumber(l.red) + '\n';
    }
    return text;
}

} // namespace

int runMatrix(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("The ownership matrix: every account x every stage -> owner, supporting teams; the gaps;"
        " the load per owner."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        CommandLine::tr("Health bands for the load as of this date (default today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({jsonOption, asOfOption});
    parse(parser, ctx, 0, 0);
    QDate asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        asOf = dates::parseDate(parser.value(asOfOption));
        if (!asOf.isValid())
            throw UsageError(CommandLine::tr("--as-of: not a date YYYY-MM-DD (value '%1')")
                                 .arg(parser.value(asOfOption)));
    }

    const auto database = ctx.openForReading();
    OwnershipMatrix matrix(database->connection());
    matrix.build(asOf);
    if (parser.isSet(jsonOption)) {
        // Straight to stdout as UTF-8: the document can be large (50,000 accounts).
        const QByteArray bytes = QJsonDocument(matrix.toJson()).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    } else {
        out(matrixText(matrix, SettingsStore(database->connection()).currency()));
    }
    return Success;
}

} // namespace karvan::cli
