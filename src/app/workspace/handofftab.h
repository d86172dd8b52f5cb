#pragma once

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace karvan {

class Session;

// The account's hand-off record on its workspace: the latest hand-off's state, who handed it
// to whom and when, and every checklist item with its note, so the CSM sees the promises made
// during the sale and the stakeholder map afterwards. "Start a hand-off..." when it has none.
class HandoffTab : public QWidget
{
    Q_OBJECT

public:
    HandoffTab(Session &session, QWidget *parent = nullptr);
    void showAccount(qint64 accountId);
    QString recordText() const;

Q_SIGNALS:
    void startRequested(qint64 accountId);
    void openRequested(qint64 handoffId);

private:
    Session &m_session;
    QTextBrowser *m_record;
    QPushButton *m_start;
    QPushButton *m_open;
    qint64 m_accountId = 0;
    qint64 m_handoffId = 0;
};

} // namespace karvan
