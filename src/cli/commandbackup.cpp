#include "cli.h"

#include "domain/errors.h"
#include "storage/backup.h"
#include "storage/sqlengine.h"

#include <QDir>
#include <QFileInfo>

namespace karvan::cli {

// backup FILE: a consistent copy of the open database (VACUUM INTO reads one snapshot, so
// others may go on writing), created 0600. An existing FILE is never replaced.
int runBackup(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Write a consistent copy of the database to FILE, while others may be using it."));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("the copy to write (must not exist)"));
    parse(parser, ctx, 1, 1);
    const QString target = parser.positionalArguments().at(0);
    if (QFileInfo::exists(target))
        throw UsageError(CommandLine::tr("backup: %1 already exists; name a new file")
                             .arg(QDir::toNativeSeparators(target)));
    const std::unique_ptr<Database> db = ctx.openForReading();
    QSqlDatabase connection = db->connection();
    sqlengine::backupTo(connection, target);
    out(CommandLine::tr("backup: wrote %1\n").arg(QDir::toNativeSeparators(target)));
    return Success;
}

// restore FILE: replaces the database with a backup (storage/backup.h): FILE must be a sound
// Karvan database (else exit 3, nothing changed); the replaced database is kept first in the
// data folder's backups/; the file is swapped whole (temporary copy, sync, rename).
int runRestore(const Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Replace the database with a backup. Quit the app and other karvan-cli commands first."));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("the backup to restore"));
    parse(parser, ctx, 1, 1);
    const QString source = parser.positionalArguments().at(0);
    Backups backups(ctx.dbPath);
    const QString saved = backups.restore(source);
    out(CommandLine::tr("restore: %1 now holds the backup %2\n")
            .arg(QDir::toNativeSeparators(ctx.dbPath), QDir::toNativeSeparators(source)));
    if (!saved.isEmpty())
        out(CommandLine::tr("restore: the replaced database was kept as %1\n").arg(QDir::toNativeSeparators(saved)));
    return Success;
}

} // namespace karvan::cli
