#include "storage/database.h"

#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "storage/migrations.h"
#include "storage/ownerpermissions.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/sqlengine.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

QAtomicInt s_connectionCounter;

bool isInMemory(const QString &path)
{
    return path == QLatin1String(":memory:");
}

bool fileIsWritable(const QFileInfo &info)
{
    // Root passes access(W_OK) on any file, so look at the permission bits themselves: a file
    // nobody may write is read-only for Karvan too.
    const auto perms = info.permissions();
    return perms & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

// A new database and the folder made for it are the user's alone (0600, 0700) whatever the
// umask; SQLite gives the -wal and -shm files the database file's mode.
void createPrivately(const QFileInfo &info)
{
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            throw DatabaseError(QCoreApplication::translate("karvan::Database", "cannot create the folder %1").arg(folder));
        QFile::setPermissions(folder, kOwnerOnly | QFile::ExeOwner);
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "cannot create the file: %1").arg(file.errorString()));
    file.close();
}

} // namespace

Database::Database(const QString &path) : Database(path, Options{}) {}

Database::Database(const QString &path, const Options &options) : m_path(path)
{
    try {
        open(options);
    } catch (const DatabaseError &e) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        if (!m_connectionName.isEmpty())
            QSqlDatabase::removeDatabase(m_connectionName);
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: %2").arg(path, e.message()));
    }
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::defaultBusyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("KARVAN_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

void Database::setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Karvan"));
    QCoreApplication::setApplicationName(QStringLiteral("Karvan"));
}

QString Database::defaultPath()
{
    return dataFilePath(QStringLiteral("karvan.sqlite"));
}

QString Database::dataFilePath(const QString &fileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(fileName);
}

int Database::schemaVersion() const
{
    return sqlengine::schemaVersion(m_db);
}

void Database::checkFile(const Options &options)
{
    const QFileInfo info(m_path);
    const bool wantWrite = options.access == Access::ReadWrite;
    if (!info.exists()) {
        if (!wantWrite || !options.create)
            throw DatabaseError(QCoreApplication::translate("karvan::Database", "no such database (run 'karvan-cli init' to create one)"));
        createPrivately(info);
        m_created = true;
        return;
    }
    if (info.isDir())
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "is a folder, not a database file"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "cannot read the file: %1").arg(file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "not a Karvan database (not an SQLite file); left unchanged"));
    if (header.isEmpty())
        m_created = wantWrite;
    if (wantWrite && !fileIsWritable(info))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "the database file is read-only; cannot write to it"));
}

void Database::open(const Options &options)
{
    m_readOnly = options.access == Access::ReadOnly;
    if (!isInMemory(m_path))
        checkFile(options);
    else
        m_created = true;

    m_connectionName = QStringLiteral("karvan-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "the Qt SQLite driver (QSQLITE) is not installed"));
    m_db.setDatabaseName(m_path);
    if (m_readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        throw DatabaseError(sql::describe(m_db.lastError()));

    const int timeout = options.busyTimeoutMs >= 0 ? options.busyTimeoutMs : defaultBusyTimeoutMs();
    sqlengine::configureConnection(m_db, timeout, !m_readOnly && !isInMemory(m_path));
    prepareSchema(options);
}

void Database::prepareSchema(const Options &options)
{
    const int latest = options.targetVersion >= 0 ? options.targetVersion : migrations::latestVersion();
    if (!sqlengine::hasAnyTable(m_db)) {
        if (m_readOnly)
            throw DatabaseError(QCoreApplication::translate("karvan::Database", "not a Karvan database (it is empty)"));
        m_created = true;
        sqlengine::setKarvanMark(m_db);
        migrations::upgrade(m_db, latest);
        // Its money is in the currency of the locale it is made in (fixedlists.h).
        if (latest == migrations::latestVersion())
            SettingsStore(m_db).setCurrency(defaultCurrency());
        spdlog::info("created a database at schema version {}", latest);
        spdlog::debug("created database {}", m_path.toStdString());
        return;
    }
    if (!sqlengine::hasKarvanMark(m_db))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "not a Karvan database (an SQLite file of another program); left unchanged"));
    const int version = sqlengine::schemaVersion(m_db);
    if (version > migrations::latestVersion()) {
        throw DatabaseError(QCoreApplication::translate("karvan::Database", 
            "made by a newer version of Karvan (schema %1; this version knows up to %2); "
            "update Karvan to open it").arg(version).arg(migrations::latestVersion()));
    }
    if (version >= latest)
        return;
    if (m_readOnly) {
        throw DatabaseError(QCoreApplication::translate("karvan::Database", 
            "made by an older version of Karvan (schema %1); open it for writing once to upgrade it")
            .arg(version));
    }
    if (!isInMemory(m_path)) {
        QString backup = QStringLiteral("%1.v%2.backup").arg(m_path).arg(version);
        if (QFileInfo::exists(backup)) {
            backup = QStringLiteral("%1.v%2.%3.backup").arg(m_path).arg(version)
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        }
        sqlengine::backupTo(m_db, backup);
        m_backupPath = backup;
        spdlog::info("backed up the database (schema {}) before upgrading it", version);
        spdlog::debug("backed up {} to {}", m_path.toStdString(), backup.toStdString());
    }
    migrations::upgrade(m_db, latest);
}

} // namespace karvan
