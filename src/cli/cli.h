#pragma once

#include "io/importer.h"

#include "domain/band.h"
#include "domain/stage.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <stdexcept>

namespace karvan::cli {

// The translation context of the command line's human-readable texts (lupdate sees
// CommandLine::tr). CSV, JSON and the contract's error lines are never translated.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The language of the human-readable output (clilanguage.cpp): KARVAN_LANGUAGE, else the app's
// language setting, else the system locale. Installs Karvan's and Qt's translations and makes
// the locale the default; English leaves everything as written.
void applyLanguage(QCoreApplication &app);
// Whether the human-readable output is translated.
bool localized();
// A number or a date in human-readable output: as written in English ("1234", "59.5",
// "2026-03-21"), in the reader's digits and calendar when translated ("۱۲۳۴", "۱۴۰۵/۰۱/۰۱").
QString shownNumber(const QString &ascii);
QString shownNumber(qint64 value);
QString shownDate(const QDate &day);
// A stored "YYYY-MM-DD" date or "YYYY-MM-DDTHH:MM:SSZ" moment: its day shown as above.
QString shownDate(const QString &isoDay);

// A stage, a band, a trend, a month "YYYY-MM", a gap's problem in human-readable output: the
// contract's keys in English ("retention", "red", "up", "2026-03", "no owner"), the translated
// labels otherwise.
QString shownStage(Stage stage);
QString shownBand(Band band);
QString shownTrend(Trend trend);
QString shownMonth(const QString &month);
// An amount in minor units for a table column: in English the contract's "1234.50"; for a
// Persian reader in the database's currency's way (Toman without decimals) and Persian digits.
QString shownMoney(qint64 minor, const QString &currency);
// A money column's title: in English as given; for a Persian reader with the currency's name.
QString shownMoneyHeader(const QString &title, const QString &currency);
// An import's summary line for a reader ("accounts: 120 rows, 100 added, 20 updated"), in the
// reader's language and digits; the audit log keeps ImportResult::summary's English.
QString shownImportSummary(const ImportResult &result, bool dryRun);
QString shownGapProblem(const QString &problem);
// A cell of a fixed-width table: the text padded to width characters, cut with an ellipsis so
// that at least one space always follows it.
QString shownCell(const QString &text, int width);

// A usage error on the command line: karvan-cli prints it with a hint and exits with 1.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

enum ExitCode { Success = 0, Usage = 1, BadData = 2, DatabaseProblem = 3 };

// What every command gets: the database path (from --db or the default) and its own
// arguments, starting with the command's name.
struct Context
{
    QString dbPath;
    QStringList args;
    QString asEmail;  // --as EMAIL, else $KARVAN_USER, else empty

    // The email of the person who acts: --as / KARVAN_USER, else the database's "who am I"
    // setting, else empty. Throws UsageError when the email is not a known person.
    QString actingEmail(const Database &db) const;
    // The audit log's author: the acting email, or "karvan-cli:$USER" when nobody is named.
    QString actor(const Database &db) const;

    // Opens the database for writing (creating it when missing) or for reading only.
    // Throws DatabaseError.
    std::unique_ptr<Database> openForWriting() const;
    std::unique_ptr<Database> openForReading() const;
};

// Parses ctx.args with `parser` (adding --help); throws UsageError on unknown options or a
// wrong number of positional arguments.
void parse(QCommandLineParser &parser, const Context &ctx, int minPositional, int maxPositional);

// Writes text to stdout / stderr as UTF-8.
void out(const QString &text);
void err(const QString &text);

// One function per command, each in its own file (command<name>.cpp).
int runInit(const Context &ctx);
int runImport(const Context &ctx);
int runExport(const Context &ctx);
int runGenerate(const Context &ctx);
int runDemo(const Context &ctx);
int runMetrics(const Context &ctx);
int runHealth(const Context &ctx);
int runScorecard(const Context &ctx);
int runMatrix(const Context &ctx);
int runTasks(const Context &ctx);
int runTask(const Context &ctx);
int runKpis(const Context &ctx);
int runBackup(const Context &ctx);
int runRestore(const Context &ctx);
int runCheck(const Context &ctx);
int runHandoff(const Context &ctx);
int runReport(const Context &ctx);

} // namespace karvan::cli
