#include "shell/restorebackupdialog.h"

#include "ui_restorebackupdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace karvan {

RestoreBackupDialog::RestoreBackupDialog(const Backups &backups, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RestoreBackupDialog>()), m_restore(nullptr),
      m_entries(backups.list())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreBackupDialog"));
    m_restore = m_ui->buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    const QString name = QFileInfo(backups.databasePath()).fileName();
    m_ui->introLabel->setText(
        m_entries.isEmpty()
            ? tr("There is no backup of %1 yet. Karvan copies a database once a day when it opens it.").arg(name)
            : tr("Choose the copy of %1 to go back to. Everything changed after it was taken is replaced; "
                 "the database as it is now is kept as a backup first.").arg(name));
    m_ui->folderLabel->setText(tr("Backups are kept in %1").arg(QDir::toNativeSeparators(backups.folder())));
    m_ui->folderLabel->setForegroundRole(QPalette::PlaceholderText);
    const QLocale locale;
    for (const BackupEntry &e : m_entries) {
        auto *item = new QTreeWidgetItem(m_ui->backups);
        item->setText(0, locale.toString(e.modified, QLocale::ShortFormat));
        item->setText(1, locale.formattedDataSize(e.bytes));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, e.beforeRestore ? tr("Kept before a restore") : tr("Daily backup"));
    }
    for (int c = 0; c < 3; ++c)
        m_ui->backups->resizeColumnToContents(c);
    connect(m_ui->backups, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_ui->backups, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::restoreChosen);
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::restoreChosen);
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

QString RestoreBackupDialog::selectedPath() const
{
    const int row = m_ui->backups->indexOfTopLevelItem(m_ui->backups->currentItem());
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).path : QString();
}

void RestoreBackupDialog::selectRow(int row)
{
    m_ui->backups->setCurrentItem(m_ui->backups->topLevelItem(row));
}

int RestoreBackupDialog::backupCount() const
{
    return int(m_entries.size());
}

void RestoreBackupDialog::restoreChosen()
{
    const int row = m_ui->backups->indexOfTopLevelItem(m_ui->backups->currentItem());
    if (row < 0 || row >= m_entries.size())
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Restore this backup?"),
                        tr("Replace the database with the copy taken %1?")
                            .arg(QLocale().toString(m_entries.at(row).modified, QLocale::LongFormat)),
                        QMessageBox::NoButton, this);
    confirm.setObjectName(confirmationName());
    confirm.setInformativeText(tr("Changes made since then are replaced. The database as it is now is kept "
                                  "as a backup, so you can go back to it from this list."));
    QPushButton *restore = confirm.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() == restore)
        accept();
}

} // namespace karvan
