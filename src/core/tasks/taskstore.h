#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace karvan {

enum class TaskState { Open, Done, Dismissed };

// "open", "done", "dismissed" (the contract's and the database's words).
QString taskStateKey(TaskState state);
std::optional<TaskState> taskStateFromKey(const QString &key);

// What a task is made from: by a person, by the hand-off, by a follow-up date, by a rule.
struct TaskDraft
{
    qint64 accountId = 0;     // accounts.id; when 0, accountKey names the account
    QString accountKey;       // the account's ext_id (used when accountId is 0)
    QString title;
    QString owner;            // the owner's email; when empty, ownerId (0: no owner)
    qint64 ownerId = 0;
    QDate due;                // null: no due date
    QString notes;
    QString rule;             // empty: not raised by a signal rule
    QString key;              // empty: a new "task:N" key is made
};

struct Task
{
    qint64 id = 0;
    QString key;
    qint64 accountId = 0;
    QString accountKey;       // ext_id
    QString accountName;
    QString title;
    std::optional<qint64> ownerId;
    QString ownerEmail;       // empty when no owner
    QString ownerName;
    QDate due;                // null: none
    QString rule;             // empty: added by a person (or the hand-off, a follow-up)
    QString notes;
    TaskState state = TaskState::Open;
    QString reason;           // why it was dismissed
    QString createdAt;        // UTC timestamps
    QString updatedAt;
};

struct TaskFilter
{
    std::optional<TaskState> state = TaskState::Open; // nullopt: every state
    std::optional<qint64> accountId;
    QList<qint64> ownerIds;   // empty: anyone's (and nobody's)
    QDate dueBy;              // non-null: only tasks due on or before it (no due date excluded)
};

// Reads and writes tasks. Every write runs in its own transaction and appends to the audit
// log (entity "task", the task's key) in the same transaction. Bad input (no such account,
// person or task, an empty title, a dismissal without a reason) is a DataError, nothing written.
class TaskStore
{
public:
    TaskStore(const QSqlDatabase &db, QString actor);

    // Adds a task and returns its key. A task with the same key that already exists is kept as
    // it is (nothing written, its key returned): adding again raises no duplicate.
    QString add(const TaskDraft &draft);
    // Open (clears the reason), done, or dismissed (needs a non-empty reason).
    void setState(const QString &key, TaskState state, const QString &reason = QString());
    // A new due date (snooze); a null date removes it.
    void setDue(const QString &key, const QDate &due);
    // Removes a task (the undo of an add).
    void remove(const QString &key);

    std::optional<Task> get(const QString &key) const;
    // Sorted by due date (none last), then by key.
    std::vector<Task> list(const TaskFilter &filter = {}) const;

private:
    Task require(const QString &key) const;

    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace karvan
