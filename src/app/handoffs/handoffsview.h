#pragma once

#include "handoffs/handoffqualitytable.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace karvan {

class Session;

// The hand-off inbox: for a CSM, the hand-offs waiting for them; for Sales, the ones they
// started and their state; for anyone else (managers), all of them, overdue first. Below, the
// hand-off quality per Sales person and per CSM. Opening a line opens the hand-off form.
class HandoffsView : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { WaitingForMe, Mine, All };

    explicit HandoffsView(Session &session, QWidget *parent = nullptr);
    void reload();
    int count() const;
    Scope scope() const;
    void setScope(Scope scope);
    QTreeWidget *list() const { return m_tree; }
    HandoffQualityTable *qualityTable() const { return m_quality; }
    // The hand-off id of line `row`.
    qint64 handoffAt(int row) const;

    // Opens the form of a hand-off (modal); the start dialog, then the form of the new one.
    void openHandoff(qint64 handoffId);
    void startHandoff(qint64 accountId = 0);

Q_SIGNALS:
    void accountActivated(qint64 accountId);

private:
    void chooseDefaultScope();

    Session &m_session;
    QComboBox *m_scope;
    QPushButton *m_start;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    HandoffQualityTable *m_quality;
};

} // namespace karvan
