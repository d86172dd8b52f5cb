#include "storage/backup.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/filelog.h"
#include "storage/ownerpermissions.h"
#include "storage/settingsstore.h"
#include "storage/sqlengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace karvan {

namespace {

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// Copies `from` to the new file `to` (0600 from its creation), synced to disk. Removes `to`
// and throws DatabaseError when anything fails.
void copyPrivately(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: cannot read the file: %2").arg(from, in.errorString()));
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: cannot create the file: %2").arg(to, out.errorString()));
    bool ok = true;
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    ok = ok && out.flush() && ::fsync(out.handle()) == 0;
    const QString problem = out.errorString();
    out.close();
    if (!ok || in.error() != QFile::NoError) {
        QFile::remove(to);
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: cannot copy to %2: %3").arg(from, to, problem));
    }
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Database::Options readOnly()
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.create = false;
    options.targetVersion = 0; // an older schema is fine: opening it for writing upgrades it
    return options;
}

} // namespace

Backups::Backups(QString databasePath, QString folder)
    : m_databasePath(std::move(databasePath)), m_folder(std::move(folder))
{
}

QString Backups::defaultFolder()
{
    return Database::dataFilePath(QStringLiteral("backups"));
}

int Backups::keepCount(const QSqlDatabase &db)
{
    return std::clamp(SettingsStore(db).intValue(keepSetting(), kDefaultKeep), 1, kMaxKeep);
}

QString Backups::dailyPath(const QDate &day) const
{
    return QDir(m_folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(baseName(m_databasePath), day.toString(Qt::ISODate)));
}

QList<BackupEntry> Backups::list() const
{
    const QRegularExpression name(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})(-\\d{9}-before-restore)?\\.sqlite$")
            .arg(QRegularExpression::escape(baseName(m_databasePath))));
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (!match.hasMatch() || !date.isValid())
            continue;
        entries.append({file.absoluteFilePath(), date, file.lastModified(), file.size(),
                        match.capturedLength(2) > 0});
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.date != b.date ? a.date > b.date : a.modified > b.modified;
    });
    return entries;
}

void Backups::ensureFolder() const
{
    if (!makePrivateFolder(m_folder))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "cannot create the backup folder %1").arg(m_folder));
}

QString Backups::takeDaily(const QDate &today, int keep)
{
    const QString target = dailyPath(today);
    if (QFileInfo::exists(target)) {
        if (keep >= 0)
            prune(keep);
        return QString();
    }
    ensureFolder();
    // Written under another name and renamed when complete, so that a crash never leaves a
    // half-written file that looks like today's backup.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    {
        Database db(m_databasePath, readOnly());
        QSqlDatabase connection = db.connection();
        if (keep < 0)
            keep = keepCount(connection);
        sqlengine::backupTo(connection, partial);
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "cannot name the backup %1").arg(target));
    }
    spdlog::info("backup: wrote the daily backup ({} bytes)", QFileInfo(target).size());
    prune(keep);
    return target;
}

int Backups::prune(int keep)
{
    const QList<BackupEntry> entries = list();
    int removed = 0;
    for (qsizetype i = std::max(keep, 1); i < entries.size(); ++i) {
        if (QFile::remove(entries.at(i).path))
            ++removed;
    }
    if (removed > 0)
        spdlog::info("backup: removed {} old backup(s), kept {}", removed, keep);
    return removed;
}

void Backups::verify(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: no such file").arg(path));
    Database db(path, readOnly());
    const QString problem = sqlengine::quickCheck(db.connection());
    if (!problem.isEmpty())
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: the backup is damaged (%2)").arg(path, problem));
}

QStringList Backups::problems(const QString &path)
{
    Database db(path, readOnly());
    try {
        return sqlengine::integrityProblems(db.connection());
    } catch (const DatabaseError &e) {
        // SQLite stops the check at damage it cannot step over: that is the finding.
        return {QStringLiteral("the check stopped: %1").arg(e.message())};
    }
}

QString Backups::copyBeforeRestore() const
{
    if (!QFileInfo::exists(m_databasePath))
        return QString();
    ensureFolder();
    const QDateTime now = QDateTime::currentDateTime();
    const QString target = QDir(m_folder).filePath(
        QStringLiteral("%1-%2-%3-before-restore.sqlite")
            .arg(baseName(m_databasePath), now.date().toString(Qt::ISODate), now.toString(QStringLiteral("HHmmsszzz"))));
    try {
        Database db(m_databasePath, readOnly());
        QSqlDatabase connection = db.connection();
        sqlengine::backupTo(connection, target);
    } catch (const DatabaseError &e) {
        // A damaged database cannot be read whole: keep its bytes as they are.
        spdlog::warn("backup: copying the database file as it is before the restore: {}", e.message().toStdString());
        copyPrivately(m_databasePath, target);
        if (QFileInfo::exists(m_databasePath + QStringLiteral("-wal")))
            copyPrivately(m_databasePath + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
    }
    return target;
}

QString Backups::restore(const QString &backupPath)
{
    verify(backupPath);
    const QString saved = copyBeforeRestore();
    const QFileInfo database(m_databasePath);
    const QString folder = database.absolutePath();
    const QString temporary =
        QDir(folder).filePath(QStringLiteral(".%1.restoring").arg(database.fileName()));
    QFile::remove(temporary);
    copyPrivately(backupPath, temporary);
    // The old file's write-ahead log and index belong to it: applied to the restored file they
    // would damage it.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(m_databasePath + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_databasePath).constData()) != 0) {
        QFile::remove(temporary);
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: cannot replace the database file").arg(m_databasePath));
    }
    syncFolder(folder);
    spdlog::info("backup: restored the database from a backup");
    return saved;
}

} // namespace karvan
