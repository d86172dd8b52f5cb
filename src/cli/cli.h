#pragma once

#include "storage/database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <stdexcept>

namespace karvan::cli {

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
