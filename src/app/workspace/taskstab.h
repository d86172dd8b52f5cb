#pragma once

#include "tasks/taskstore.h"

#include <QWidget>

#include <vector>

namespace karvan {

class RecordTab;
class Session;

// The account workspace's Tasks tab: every task of the account (open first, then done and
// dismissed, muted); add one, mark it done, dismiss it with a reason, snooze it. Every change
// is one undoable command.
class TasksTab : public QWidget
{
    Q_OBJECT

public:
    TasksTab(Session &session, QWidget *parent = nullptr);

    void showAccount(qint64 accountId, const QString &accountName);
    const std::vector<Task> &tasks() const { return m_tasks; }
    RecordTab *list() const { return m_list; }
    // The open tasks (the tab's title shows the figure).
    int openCount() const;

    // The actions (buttons and tests); `key` empty: the selected task.
    void addTask(const QString &title, const QDate &due);
    void markDone(const QString &key = QString());
    void dismiss(const QString &reason, const QString &key = QString());
    void snooze(const QDate &until, const QString &key = QString());

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void reload();
    const Task *find(const QString &key) const;
    void askAdd();
    void askDismiss();
    void askSnooze();

    Session &m_session;
    RecordTab *m_list;
    qint64 m_accountId = 0;
    QString m_accountName;
    std::vector<Task> m_tasks;
};

} // namespace karvan
