#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace karvan {

// The app's automatic backup: when a database opens, and again when the day changes while it
// stays open, today's copy is taken on a worker thread (storage/backup.h, its own read-only
// connection) unless one exists, and the older copies beyond the database's setting
// (backup.keep_days) are deleted.
class BackupKeeper : public QObject
{
    Q_OBJECT

public:
    explicit BackupKeeper(QObject *parent = nullptr);
    ~BackupKeeper() override;

    // Where the copies go: the data folder's backups/ unless set (tests).
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }

    // Takes today's backup of `databasePath` in the background, unless one is running.
    void start(const QString &databasePath);
    // Stops watching the database (it was closed); a copy under way finishes.
    void stop();
    bool isRunning() const { return m_watcher.isRunning(); }
    // Waits for a copy under way (before the database file is replaced).
    void wait();

Q_SIGNALS:
    // A line for the status bar: the copy taken, or why it could not be.
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        QString written;
        QString error;
    };

    QString m_folder;
    QString m_databasePath;
    QDate m_day;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace karvan
