// karvan-cli health [--as-of YYYY-MM-DD] [--account ID] [--json] [--no-snapshot]
//
// Scores every account (or one) as of a date. When the database file is writable and
// --no-snapshot is not given, it also records the snapshot of that date's month
// (health_snapshots), which the trend of later months compares with, and, as of today, the
// stored health now (health_current) the app's book reads (docs/health.md).
#include "cli.h"
#include "domain/dates.h"
#include "domain/storedtext.h"
#include "domain/errors.h"
#include "health/healthservice.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <QJsonObject>

#include <cmath>
#include <memory>

namespace karvan::cli {

namespace {

// Up to two decimals, as in the JSON: 59.5, 46.15, 100.
QString scoreText(std::optional<double> score)
{
    return score ? shownNumber(QString::number(std::round(*score * 100.0) / 100.0, 'g', 12)) : QStringLiteral("-");
}

// The trend column: "up", "down", ... in English; the translated words are longer.
int trendWidth()
{
    return localized() ? 12 : 6;
}

QString cell(const QString &text, int width)
{
    // Always at least one space after the text.
    const QString shown = text.size() >= width ? text.left(width - 2) + QChar(0x2026) : text;
    return shown.leftJustified(width);
}

// "insufficient data", "red", ..., "churned": the band in words for the terminal.
QString bandWords(Band band)
{
    return shownBand(band);
}

bool overridden(const AccountHealth &h)
{
    return h.override_ && h.band() != Band::Churned;
}

QString bandText(const AccountHealth &h)
{
    return bandWords(h.band()) + (overridden(h) ? QStringLiteral("*") : QString());
}

QString tableText(const std::vector<AccountHealth> &all, const Scorecard &card, const QDate &asOf)
{
    QString text = CommandLine::tr("Health as of %1: %2 accounts\n\n")
                       .arg(shownDate(asOf), shownNumber(qint64(all.size())));
    QString header = cell(QStringLiteral("ID"), 12) + cell(CommandLine::tr("Name"), 28)
                     + cell(CommandLine::tr("Score"), 7) + cell(CommandLine::tr("Band"), 19)
                     + cell(CommandLine::tr("Trend"), trendWidth());
    for (const ScorecardMeasure &m : card.measures()) {
        if (m.enabled)
            header += cell(m.key, qMax(6, int(m.key.size()) + 2));
    }
    text += header.trimmed() + '\n';
    bool anyOverride = false;
    for (const AccountHealth &h : all) {
        anyOverride = anyOverride || overridden(h);
        QString line = cell(h.extId, 12) + cell(h.name, 28) + cell(scoreText(h.computed.score), 7)
                       + cell(bandText(h), 19) + cell(shownTrend(h.trend), trendWidth());
        for (const MeasureResult &m : h.computed.measures) {
            line += cell(m.hasData ? shownNumber(QString::number(m.score, 'f', 0)) : QStringLiteral("-"),
                         qMax(6, int(m.key.size()) + 2));
        }
        text += line.trimmed() + '\n';
    }
    if (anyOverride)
        text += CommandLine::tr("\n* band set by a CSM's override\n");
    return text;
}

QString accountText(const AccountHealth &h, const QDate &asOf)
{
    QString text = CommandLine::tr("%1  %2\nas of %3: score %4, band %5")
                       .arg(h.extId, h.name, shownDate(asOf),
                            scoreText(h.computed.score), bandWords(h.band()));
    if (overridden(h))
        text += CommandLine::tr(" (computed %1)").arg(bandWords(h.computed.band));
    text += CommandLine::tr(", trend %1").arg(shownTrend(h.trend));
    if (h.previousScore)
        text += CommandLine::tr(" (%1 in %2)").arg(scoreText(h.previousScore), shownMonth(h.previousMonth));
    text += '\n';
    if (h.override_) {
        text += CommandLine::tr("override: %1 until %2 by %3: %4\n")
                    .arg(shownBand(h.override_->band), shownDate(h.override_->endsOn),
                         h.override_->author, h.override_->reason);
    }
    text += QStringLiteral("\n%1%2%3%4%5\n")
                .arg(cell(CommandLine::tr("measure"), 12), cell(CommandLine::tr("weight"), 8),
                     cell(CommandLine::tr("score"), 7), cell(CommandLine::tr("contrib."), 10),
                     CommandLine::tr("input"));
    QStringList lifts;
    for (const MeasureResult &m : h.computed.measures) {
        text += cell(m.key, 12) + cell(shownNumber(QString::number(m.weight)), 8)
                + cell(m.hasData ? shownNumber(QString::number(m.score, 'f', 1)) : QStringLiteral("-"), 7)
                + cell(m.hasData && h.computed.score ? shownNumber(QString::number(m.contribution, 'f', 1))
                                                     : QStringLiteral("-"), 10)
                + display::storedText(m.detail) + '\n';
        if (m.lift)
            lifts << display::storedText(m.lift->text);
    }
    if (h.computed.band == Band::Churned) {
        text += CommandLine::tr("\nchurned: the account is not scored\n");
    } else if (!h.computed.score) {
        text += CommandLine::tr("\ninsufficient data: the measures with data weigh %1\n")
                    .arg(shownNumber(QString::number(h.computed.weightWithData)));
    } else if (!lifts.isEmpty()) {
        text += CommandLine::tr("\nany one of these would lift it to the next band:\n");
        for (const QString &l : lifts)
            text += QStringLiteral("  %1\n").arg(l);
    } else if (const std::optional<Band> next = nextBand(h.computed.band)) {
        text += CommandLine::tr("\nno single measure alone can lift it to %1\n").arg(shownBand(*next));
    }
    return text;
}

} // namespace

int runHealth(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Health score per account with each measure's contribution."));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        CommandLine::tr("Score as of this date (default today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           CommandLine::tr("Only this account (its id)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption noSnapshotOption(
        QStringLiteral("no-snapshot"),
        CommandLine::tr("Do not record the month's snapshot (open the database read-only)."));
    parser.addOptions({asOfOption, accountOption, jsonOption, noSnapshotOption});
    parse(parser, ctx, 0, 0);

    QDate asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        const QString value = parser.value(asOfOption);
        asOf = dates::parseDate(value);
        if (!asOf.isValid())
            throw UsageError(CommandLine::tr("--as-of: not a date YYYY-MM-DD (value '%1')").arg(value));
    }

    // Record the month's snapshot only when the file can be written: a read-only copy of the
    // database still answers.
    const QFileInfo file(ctx.dbPath);
    const bool snapshot = !parser.isSet(noSnapshotOption) && !parser.isSet(accountOption)
                          && file.exists() && file.isWritable()
                          && QFileInfo(file.absolutePath()).isWritable();
    Database::Options options;
    options.access = snapshot ? Database::Access::ReadWrite : Database::Access::ReadOnly;
    options.create = false;
    const auto database = std::make_unique<Database>(ctx.dbPath, options);
    HealthService service(database->connection());

    std::optional<qint64> only;
    if (parser.isSet(accountOption)) {
        const QString key = parser.value(accountOption);
        only = service.accountIdForKey(key);
        if (!only)
            throw DataError(CommandLine::tr("health: unknown account '%1'").arg(key));
    }
    const std::vector<AccountHealth> all =
        only ? std::vector<AccountHealth>{service.evaluate(*only, asOf)} : service.evaluateAll(asOf);
    // One account alone is no month's snapshot: record it only when scoring them all.
    if (snapshot && !only) {
        try {
            service.recordSnapshot(asOf, all);
        } catch (const DatabaseError &e) {
            err(CommandLine::tr("karvan-cli: health: the snapshot was not recorded: %1\n").arg(e.message()));
        }
        // Scored as of today: this is also the stored health now the app's book shows.
        if (asOf == QDate::currentDate()) {
            try {
                service.storeCurrent(asOf, all);
            } catch (const DatabaseError &e) {
                err(CommandLine::tr("karvan-cli: health: the health now was not stored: %1\n").arg(e.message()));
            }
        }
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray accounts;
        for (const AccountHealth &h : all)
            accounts.append(HealthService::toJson(h));
        const QJsonObject doc{{"as_of", asOf.toString(Qt::ISODate)}, {"accounts", accounts}};
        // Straight to stdout as UTF-8: the document can be large (50,000 accounts).
        const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    } else if (only) {
        out(accountText(all.front(), asOf));
    } else {
        out(tableText(all, service.scorecard(), asOf));
    }
    return Success;
}

} // namespace karvan::cli
