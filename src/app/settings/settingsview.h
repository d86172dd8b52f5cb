#pragma once

#include "health/scorecard.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace karvan {

class Session;

// Settings: who am I (a person; kept per database in the user's settings) and the health
// scorecard's weights and band limits (one undoable edit per Apply), the checklist, how many
// daily backups to keep (settingsbackupbox.cpp), and the language and calendar (the app's,
// read when Karvan starts).
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(Session &session, QWidget *parent = nullptr);
    void reload();
    // Chooses the person by email (empty: nobody); the session's me() follows.
    void chooseMe(const QString &email);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    QGroupBox *languageBox();
    void applyScorecard();
    Scorecard edited() const;
    QWidget *makeBackupBox();
    void applyBackupKeep();

    Session &m_session;
    QComboBox *m_me;
    QTableWidget *m_measures;
    QDoubleSpinBox *m_yellow;
    QDoubleSpinBox *m_green;
    QDoubleSpinBox *m_minWeight;
    QPushButton *m_apply;
    QLabel *m_scorecardStatus;
    Scorecard m_scorecard;
    QSpinBox *m_backupKeep = nullptr;
};

} // namespace karvan
