#pragma once

#include "tasks/taskstore.h"

#include <QDate>
#include <QString>
#include <QUndoCommand>

#include <functional>

class QWidget;

namespace karvan {

class Session;

// One undoable change of a task (done, dismissed, snoozed, added). redo/undo call the
// TaskStore (a transaction and the audit log each), then tell the session the account changed.
class TaskCommand : public QUndoCommand
{
public:
    using Action = std::function<void(TaskStore &)>;

    TaskCommand(Session &session, qint64 accountId, const QString &text, Action redo, Action undo);

    void redo() override;
    void undo() override;
    // Runs redo once outside the stack; throws what the store throws.
    void runFirst();

private:
    void run(const Action &action);

    Session &m_session;
    qint64 m_accountId;
    Action m_redo;
    Action m_undo;
    bool m_skipNextRedo = false;
};

// Runs the change; on success pushes it onto the session's undo stack and returns true; on a
// DataError shows the core's message over `parent`, deletes the command and returns false.
bool pushTaskEdit(Session &session, TaskCommand *command, QWidget *parent);

namespace taskedits {

TaskCommand *markDone(Session &s, const Task &t);
TaskCommand *dismiss(Session &s, const Task &t, const QString &reason);
TaskCommand *snooze(Session &s, const Task &t, const QDate &until);
TaskCommand *add(Session &s, const TaskDraft &draft, const QString &accountName);

} // namespace taskedits

} // namespace karvan
