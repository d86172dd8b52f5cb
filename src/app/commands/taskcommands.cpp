#include "commands/taskcommands.h"
#include "domain/displaydate.h"

#include "domain/errors.h"
#include "shell/session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <memory>

namespace karvan {

namespace {

} // namespace

TaskCommand::TaskCommand(Session &session, qint64 accountId, const QString &text, Action redo, Action undo)
    : m_session(session), m_accountId(accountId), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

void TaskCommand::run(const Action &action)
{
    TaskStore store(m_session.connection(), m_session.actor());
    action(store);
    Q_EMIT m_session.accountChanged(m_accountId);
}

void TaskCommand::runFirst()
{
    run(m_redo);
    m_skipNextRedo = true;
}

void TaskCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    try {
        run(m_redo);
    } catch (const std::exception &e) {
        // What failed may quote the record's values: details at debug level only.
        spdlog::error("redo of an edit failed");
        spdlog::debug("redo of '{}' failed: {}", text().toStdString(), e.what());
        setObsolete(true);
    }
}

void TaskCommand::undo()
{
    try {
        run(m_undo);
    } catch (const std::exception &e) {
        // What failed may quote the record's values: details at debug level only.
        spdlog::error("undo of an edit failed");
        spdlog::debug("undo of '{}' failed: {}", text().toStdString(), e.what());
        setObsolete(true);
    }
}

bool pushTaskEdit(Session &session, TaskCommand *command, QWidget *parent)
{
    std::unique_ptr<TaskCommand> owned(command);
    try {
        owned->runFirst();
    } catch (const DataError &e) {
        QMessageBox::warning(parent, QCoreApplication::translate("TaskEdits", "Not changed"), e.messages().join(QLatin1Char('\n')));
        return false;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(parent, QCoreApplication::translate("TaskEdits", "Database problem"), e.message());
        return false;
    }
    session.undoStack()->push(owned.release());
    return true;
}

namespace taskedits {

namespace {

// Back to how it was: its state (with the reason) and its due date.
TaskCommand::Action restore(const Task &t)
{
    const QString key = t.key;
    const TaskState state = t.state;
    const QString reason = t.reason;
    const QDate due = t.due;
    return [=](TaskStore &st) {
        st.setState(key, state, reason);
        st.setDue(key, due);
    };
}

} // namespace

TaskCommand *markDone(Session &s, const Task &t)
{
    const QString key = t.key;
    return new TaskCommand(s, t.accountId, QCoreApplication::translate("TaskEdits", "Mark '%1' done").arg(t.title),
        [=](TaskStore &st) { st.setState(key, TaskState::Done); }, restore(t));
}

TaskCommand *dismiss(Session &s, const Task &t, const QString &reason)
{
    const QString key = t.key;
    return new TaskCommand(s, t.accountId, QCoreApplication::translate("TaskEdits", "Dismiss '%1'").arg(t.title),
        [=](TaskStore &st) { st.setState(key, TaskState::Dismissed, reason); }, restore(t));
}

TaskCommand *snooze(Session &s, const Task &t, const QDate &until)
{
    const QString key = t.key;
    return new TaskCommand(s, t.accountId,
        QCoreApplication::translate("TaskEdits", "Snooze '%1' to %2").arg(t.title, display::date(until)),
        [=](TaskStore &st) { st.setDue(key, until); }, restore(t));
}

TaskCommand *add(Session &s, const TaskDraft &draft, const QString &accountName)
{
    auto key = std::make_shared<QString>(draft.key);
    return new TaskCommand(s, draft.accountId, QCoreApplication::translate("TaskEdits", "Add task '%1' for %2").arg(draft.title, accountName),
        [=](TaskStore &st) {
            TaskDraft d = draft;
            d.key = *key;
            *key = st.add(d);
        },
        [=](TaskStore &st) { st.remove(*key); });
}

} // namespace taskedits

} // namespace karvan
