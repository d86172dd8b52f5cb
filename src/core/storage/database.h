#pragma once

#include <QSqlDatabase>
#include <QString>

namespace karvan {

// One open Karvan database: a Qt Sql connection, configured, checked and upgraded to the
// current schema. Opening refuses (with DatabaseError) a file that is not SQLite, an SQLite
// file that is not Karvan's, a database made by a newer Karvan, and a read-only file when
// writing is asked for; it waits a bounded time for a lock held by another process.
// An older database is copied next to itself before it is upgraded.
class Database
{
public:
    enum class Access { ReadOnly, ReadWrite };

    struct Options
    {
        Access access = Access::ReadWrite;
        bool create = true;        // create the file (schema + defaults) when missing
        int busyTimeoutMs = -1;    // -1: defaultBusyTimeoutMs()
        int targetVersion = -1;    // -1: the latest; tests use it to make older files
    };

    explicit Database(const QString &path);
    Database(const QString &path, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Whether this open created the database.
    bool wasCreated() const { return m_created; }
    // The backup written before an upgrade, or empty.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;

    // $KARVAN_BUSY_TIMEOUT_MS, or 5000.
    static int defaultBusyTimeoutMs();
    // Sets the organisation and application names ("Karvan", "Karvan") that the desktop app
    // and karvan-cli both use, before anything asks QStandardPaths or QSettings: so both find
    // the same data folder and default database, and the app keeps its settings file.
    static void setApplicationNames();
    // The default database (contract.md): QStandardPaths::AppDataLocation/karvan.sqlite, for
    // the names setApplicationNames() sets. What karvan-cli writes there, the app opens.
    static QString defaultPath();
    // Another file in the same data folder (the app's demo database, demo.sqlite).
    static QString dataFilePath(const QString &fileName);

private:
    void open(const Options &options);
    void checkFile(const Options &options);
    void prepareSchema(const Options &options);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_created = false;
    QString m_backupPath;
};

} // namespace karvan
