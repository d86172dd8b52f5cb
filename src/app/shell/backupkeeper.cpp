#include "shell/backupkeeper.h"

#include "domain/errors.h"
#include "storage/backup.h"

#include <QDir>
#include <QtConcurrent>

#include <spdlog/spdlog.h>

namespace karvan {

BackupKeeper::BackupKeeper(QObject *parent) : QObject(parent), m_folder(Backups::defaultFolder())
{
    // The app may stay open for days: look once an hour whether the day has changed.
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_databasePath.isEmpty() && QDate::currentDate() != m_day)
            start(m_databasePath);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (!outcome.error.isEmpty()) {
            Q_EMIT finished(false, tr("Could not back up the database: %1").arg(outcome.error));
        } else if (!outcome.written.isEmpty()) {
            Q_EMIT finished(true, tr("Backed up the database to %1").arg(QDir::toNativeSeparators(outcome.written)));
        } else {
            Q_EMIT finished(true, QString());
        }
    });
}

BackupKeeper::~BackupKeeper()
{
    m_watcher.waitForFinished();
}

void BackupKeeper::start(const QString &databasePath)
{
    m_databasePath = databasePath;
    m_timer.start();
    if (m_watcher.isRunning())
        return;
    m_day = QDate::currentDate();
    const QString folder = m_folder;
    const QDate day = m_day;
    m_watcher.setFuture(QtConcurrent::run([databasePath, folder, day]() -> Outcome {
        try {
            return {Backups(databasePath, folder).takeDaily(day, -1), QString()};
        } catch (const DatabaseError &e) {
            spdlog::warn("backup: the daily backup failed: {}", e.message().toStdString());
            return {QString(), e.message()};
        }
    }));
}

void BackupKeeper::stop()
{
    m_databasePath.clear();
    m_timer.stop();
}

void BackupKeeper::wait()
{
    m_watcher.waitForFinished();
}

} // namespace karvan
