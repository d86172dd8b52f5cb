#include "cli.h"
#include "domain/dates.h"
#include "generator/generator.h"
#include "io/csvkind.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace karvan::cli {

namespace {

int positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int max)
{
    const QString name = option.names().constFirst();
    if (!parser.isSet(option))
        throw UsageError(CommandLine::tr("generate: --%1 is required").arg(name));
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > max)
        throw UsageError(CommandLine::tr("generate: --%1 must be a whole number from 1 to %2 "
                                        "(value '%3')")
                             .arg(name).arg(max).arg(parser.value(option)));
    return value;
}

// A folder that already holds Karvan CSV files (an export, another data set) is left alone
// unless --force: generating over it would silently replace the user's files.
void refuseToOverwrite(const QString &dir, bool force)
{
    if (force)
        return;
    QStringList existing;
    for (const CsvKind kind : allCsvKinds()) {
        const QString name = csvKindName(kind) + QStringLiteral(".csv");
        if (QFileInfo::exists(QDir(dir).filePath(name)))
            existing << name;
    }
    if (!existing.isEmpty())
        throw UsageError(CommandLine::tr("generate: %1 already holds Karvan CSV files (%2); choose "
                                        "an empty folder or add --force to replace them")
                             .arg(QDir::toNativeSeparators(dir), existing.join(QStringLiteral(", "))));
}

// The free space of the file system that holds `dir` (or its nearest existing parent).
// KARVAN_TEST_FREE_BYTES replaces it, for tests only.
qint64 freeBytes(const QString &dir)
{
    bool ok = false;
    const qint64 forTests = qEnvironmentVariable("KARVAN_TEST_FREE_BYTES").toLongLong(&ok);
    if (ok)
        return forTests;
    QString existing = QDir(dir).absolutePath();
    while (!QFileInfo::exists(existing) && existing != QFileInfo(existing).absolutePath())
        existing = QFileInfo(existing).absolutePath();
    const QStorageInfo storage(existing);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

// A data set that would fill the disk is refused before anything is written.
void refuseWhatWillNotFit(const QString &dir, const GeneratorOptions &options)
{
    const qint64 need = Generator::estimatedBytes(options);
    const qint64 free = freeBytes(dir);
    if (free < 0 || need <= free)
        return;
    const QLocale c = QLocale::c();
    throw UsageError(CommandLine::tr("generate: %1 accounts over %2 months need about %3 and %4 has only %5 "
                                    "free; choose fewer accounts or months, or another folder")
                         .arg(options.accounts).arg(options.months)
                         .arg(c.formattedDataSize(need, 1, QLocale::DataSizeSIFormat),
                              QDir::toNativeSeparators(dir),
                              c.formattedDataSize(free, 1, QLocale::DataSizeSIFormat)));
}

} // namespace

int runGenerate(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Writes a realistic synthetic data set, one KIND.csv per kind in DIR, importable in the "
        "order people, accounts, ownership, revenue, usage, interactions, tickets, surveys, "
        "costs. The same arguments give the same bytes."));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      CommandLine::tr("Number of accounts."), QStringLiteral("N"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    CommandLine::tr("Number of months of history."),
                                    QStringLiteral("M"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 CommandLine::tr("The last month, YYYY-MM (default 2026-11)."),
                                 QStringLiteral("YYYY-MM"), QStringLiteral("2026-11"));
    const QCommandLineOption outDir(QStringLiteral("out"),
                                    CommandLine::tr("The directory to write (created if missing)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   CommandLine::tr("Overwrite the Karvan CSV files already in DIR."));
    parser.addOptions({accounts, months, seed, end, outDir, force});
    parse(parser, ctx, 0, 0);

    GeneratorOptions options;
    options.accounts = positiveNumber(parser, accounts, GeneratorOptions::kMaxAccounts);
    options.months = positiveNumber(parser, months, GeneratorOptions::kMaxMonths);
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        throw UsageError(CommandLine::tr("generate: --seed must be a whole number from 0 to "
                                        "18446744073709551615 (value '%1')")
                             .arg(parser.value(seed)));
    options.endMonth = parser.value(end);
    if (!dates::parseMonth(options.endMonth).isValid())
        throw UsageError(CommandLine::tr("generate: --end must be a month YYYY-MM (value '%1')")
                             .arg(options.endMonth));
    if (!parser.isSet(outDir) || parser.value(outDir).isEmpty())
        throw UsageError(CommandLine::tr("generate: --out DIR is required"));

    refuseToOverwrite(parser.value(outDir), parser.isSet(force));
    refuseWhatWillNotFit(parser.value(outDir), options);

    QElapsedTimer timer;
    timer.start();
    const Generator generator(options);
    const QStringList paths = generator.writeAll(parser.value(outDir));
    out(CommandLine::tr("generated %1 accounts, %2 people, %3 months (%4 to %5) in %6 s: %7\n")
            .arg(shownNumber(options.accounts), shownNumber(qint64(generator.book().people().size())),
                 shownNumber(options.months), shownMonth(generator.book().monthKey(0)),
                 shownMonth(generator.book().monthKey(options.months - 1)),
                 shownNumber(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)),
                 QDir::toNativeSeparators(QDir(parser.value(outDir)).absolutePath())));
    return Success;
}

} // namespace karvan::cli
