// MainWindow's part in keeping the data safe: the daily backup, File > Restore from backup...
// and the dialog with the ways out when the open database turns out to be damaged.
#include "shell/mainwindow.h"

#include "domain/errors.h"
#include "shell/backupkeeper.h"
#include "shell/databaseproblemdialog.h"
#include "shell/restorebackupdialog.h"
#include "shell/session.h"
#include "storage/backup.h"
#include "storage/sql.h"

#include "ui_mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace karvan {

void MainWindow::setUpBackups()
{
    m_backupKeeper = new BackupKeeper(this);
    connect(m_backupKeeper, &BackupKeeper::finished, this, [this](bool, const QString &message) {
        if (!message.isEmpty())
            showMessage(message);
    });
    connect(this, &MainWindow::databaseOpened, this, [this](const QString &path) {
        m_problemShown = false;
        m_backupKeeper->start(path);
    });
    m_restoreAction = new QAction(tr("Restore from &backup…"), this);
    m_restoreAction->setToolTip(tr("Go back to one of the daily copies of the database"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_restoreAction);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    // A damaged database may be met on any thread (a worker's own connection too): the dialog
    // is shown on this window's thread.
    sql::setDamageListener([this](const QString &message) {
        QMetaObject::invokeMethod(this, [this, message] { showDatabaseProblem(message); }, Qt::QueuedConnection);
    });
}

DatabaseProblemDialog *MainWindow::databaseProblemDialog() const
{
    return m_problemDialog;
}

QString MainWindow::backupTarget() const
{
    return m_session ? m_session->database().path() : QSettings().value(QStringLiteral("lastDatabase")).toString();
}

void MainWindow::showDatabaseProblem(const QString &message)
{
    if (m_problemDialog || m_problemShown)
        return;
    const QString path = backupTarget();
    m_problemShown = true;
    m_problemDialog = new DatabaseProblemDialog(path, message, this);
    m_problemDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_problemDialog, &DatabaseProblemDialog::restoreRequested, this, [this] {
        m_problemDialog->close();
        restoreFromBackup();
    });
    m_problemDialog->show();
    m_problemDialog->raise();
}

void MainWindow::restoreFromBackup()
{
    const QString target = backupTarget();
    if (target.isEmpty()) {
        QMessageBox::information(this, tr("Restore from backup"), tr("Open a database first: its backups are listed here."));
        return;
    }
    const Backups backups(target, m_backupKeeper->folder());
    RestoreBackupDialog dialog(backups, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    m_backupKeeper->wait();
    closeDatabase();
    QString saved;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        saved = Backups(target, m_backupKeeper->folder()).restore(dialog.selectedPath());
    } catch (const DatabaseError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("Cannot restore the backup"),
                              tr("%1\n\nThe database was not changed.").arg(e.message()));
        if (QFileInfo::exists(target))
            openDatabase(target);
        return;
    }
    QApplication::restoreOverrideCursor();
    if (openDatabase(target)) {
        showMessage(saved.isEmpty() ? tr("Restored the backup")
                                    : tr("Restored the backup; the database as it was is kept as %1")
                                          .arg(QDir::toNativeSeparators(saved)));
    }
}

} // namespace karvan
