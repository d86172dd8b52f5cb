// Settings > Backups: how many of the daily backups to keep (the database's backup.keep_days,
// one undoable edit per change).
#include "settings/settingsview.h"

#include "commands/settingcommand.h"
#include "domain/errors.h"
#include "shell/session.h"
#include "storage/backup.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QUndoStack>

namespace karvan {

QWidget *SettingsView::makeBackupBox()
{
    auto *box = new QGroupBox(tr("Backups"), this);
    box->setObjectName(QStringLiteral("backupBox"));
    auto *layout = new QFormLayout(box);
    m_backupKeep = new QSpinBox(box);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, Backups::kMaxKeep);
    m_backupKeep->setMaximumWidth(110);
    layout->addRow(tr("&Daily backups to keep:"), m_backupKeep);
    auto *help = new QLabel(tr("Each day you open this database, Karvan copies it to %1 and deletes the "
                               "oldest copies beyond this number. File > Restore from backup… goes back "
                               "to one of them.")
                                .arg(QDir::toNativeSeparators(Backups::defaultFolder())),
                            box);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addRow(help);
    const auto load = [this] {
        const QSignalBlocker blocker(m_backupKeep);
        try {
            m_backupKeep->setValue(Backups::keepCount(m_session.connection()));
        } catch (const DatabaseError &) {
            m_backupKeep->setValue(Backups::kDefaultKeep);
        }
    };
    load();
    connect(&m_session, &Session::dataChanged, this, load);
    connect(m_backupKeep, &QSpinBox::editingFinished, this, &SettingsView::applyBackupKeep);
    return box;
}

void SettingsView::applyBackupKeep()
{
    int stored = Backups::kDefaultKeep;
    try {
        stored = Backups::keepCount(m_session.connection());
    } catch (const DatabaseError &) {
    }
    const int wanted = m_backupKeep->value();
    if (wanted == stored)
        return;
    if (!pushEdit(m_session, new SettingCommand(m_session, Backups::keepSetting(), QString::number(wanted),
                                                tr("Keep %n daily backup(s)", nullptr, wanted)),
                  this))
        return;
    Q_EMIT statusMessage(tr("Karvan keeps the newest %n daily backup(s) of this database", nullptr, wanted));
}

} // namespace karvan
