#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace karvan {

// One backup file of a database, as Backups::list() finds it.
struct BackupEntry
{
    QString path;
    QDate date;          // the day in its name
    QDateTime modified;  // when the file was written
    qint64 bytes = 0;
    bool beforeRestore = false; // the copy of the database taken before a restore
};

// The backups of one database file, kept in a folder (by default the data folder's
// `backups/`): `NAME-YYYY-MM-DD.sqlite` for the daily copy (NAME: the database file's name
// without its extension), `NAME-YYYY-MM-DD-HHMMSSmmm-before-restore.sqlite` for the copy of the
// database taken before a restore replaced it. Files are 0600 and the folder 0700.
// Every function opens its own connection, so a worker thread may call it.
class Backups
{
public:
    explicit Backups(QString databasePath, QString folder = defaultFolder());

    // <data folder>/backups.
    static QString defaultFolder();
    // The database setting that says how many backups to keep, and its default and limits.
    static QString keepSetting() { return QStringLiteral("backup.keep_days"); }
    static constexpr int kDefaultKeep = 7;
    static constexpr int kMaxKeep = 365;
    // The setting's value in `db`, within 1..kMaxKeep, kDefaultKeep when unset.
    static int keepCount(const QSqlDatabase &db);

    QString folder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }
    // This database's backups in the folder, newest first.
    QList<BackupEntry> list() const;
    // The daily backup's path for `day`.
    QString dailyPath(const QDate &day) const;

    // Takes the backup of `today` unless it exists, then keeps the newest `keep` backups and
    // deletes the older ones (keep < 0: as many as the database's setting says). Returns the
    // path written, or empty when today's copy existed.
    // Throws DatabaseError when the copy cannot be made (nothing half-written stays).
    QString takeDaily(const QDate &today, int keep);
    // Deletes all but the newest `keep` backups; returns how many it deleted.
    int prune(int keep);

    // Replaces the database file with `backupPath`. The caller has closed its connections to
    // the database. First checks that the backup is a sound Karvan database (else throws
    // DatabaseError and changes nothing), then copies the current database into the folder
    // (`...-before-restore.sqlite`, returned), then writes the backup to a temporary file next
    // to the database, syncs it to disk and renames it over the database: a crash leaves the
    // old file or the new one, never a mix.
    QString restore(const QString &backupPath);

    // Checks that `path` is a sound Karvan database this version can open; throws
    // DatabaseError naming what is wrong.
    static void verify(const QString &path);
    // The full integrity check of the database at `path` (its own read-only connection): one
    // line per problem, empty when sound (damage that stops the check is one line). Throws
    // DatabaseError when the file cannot be opened.
    static QStringList problems(const QString &path);

private:
    void ensureFolder() const;
    QString copyBeforeRestore() const;

    QString m_databasePath;
    QString m_folder;
};

} // namespace karvan
