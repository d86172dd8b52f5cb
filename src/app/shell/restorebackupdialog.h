#pragma once

#include "storage/backup.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class RestoreBackupDialog;
}

namespace karvan {

// File > Restore from backup...: the backups of the open database (when taken, size, daily
// or kept before a restore), newest first. Restore... asks for confirmation and accepts the
// dialog; the window then closes the database and restores the chosen file (Backups::restore).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const Backups &backups, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    // The backup chosen, once accepted.
    QString selectedPath() const;
    // Chooses the backup in `row` (0: the newest), for tests.
    void selectRow(int row);
    int backupCount() const;
    // The confirmation's object name, so tests can find and answer it.
    static QString confirmationName() { return QStringLiteral("restoreConfirmation"); }

private:
    void restoreChosen();

    std::unique_ptr<Ui::RestoreBackupDialog> m_ui;
    QPushButton *m_restore;
    QList<BackupEntry> m_entries;
};

} // namespace karvan
