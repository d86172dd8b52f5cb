#include "tasks/taskstore.h"

#include "domain/errors.h"
#include "storage/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace karvan {

namespace {

const QString kEntity = QStringLiteral("task");

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.task_key, t.account_id, a.ext_id, a.name, t.title, t.owner_id, p.email,"
    " p.name, t.due_date, t.rule, t.notes, t.state, t.reason, t.created_at, t.updated_at"
    " FROM tasks t JOIN accounts a ON a.id = t.account_id"
    " LEFT JOIN people p ON p.id = t.owner_id");

QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullString();
}

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.key = q.value(1).toString();
    t.accountId = q.value(2).toLongLong();
    t.accountKey = q.value(3).toString();
    t.accountName = q.value(4).toString();
    t.title = q.value(5).toString();
    if (!q.value(6).isNull())
        t.ownerId = q.value(6).toLongLong();
    t.ownerEmail = q.value(7).toString();
    t.ownerName = q.value(8).toString();
    t.due = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    t.rule = q.value(10).toString();
    t.notes = q.value(11).toString();
    t.state = taskStateFromKey(q.value(12).toString()).value_or(TaskState::Open);
    t.reason = q.value(13).toString();
    t.createdAt = q.value(14).toString();
    t.updatedAt = q.value(15).toString();
    return t;
}

qint64 accountIdOf(const QSqlDatabase &db, const TaskDraft &draft)
{
    QSqlQuery q = sql::prepare(db, draft.accountId > 0
        ? QStringLiteral("SELECT id FROM accounts WHERE id = ?")
        : QStringLiteral("SELECT id FROM accounts WHERE ext_id = ?"));
    if (draft.accountId > 0)
        q.addBindValue(draft.accountId);
    else
        q.addBindValue(draft.accountKey.trimmed());
    sql::exec(q);
    if (!sql::next(q))
        throw DataError(draft.accountId > 0
            ? QStringLiteral("There is no account with this id.")
            : QStringLiteral("There is no account '%1'.").arg(draft.accountKey.trimmed()));
    return q.value(0).toLongLong();
}

// The owner's people.id, or nullopt for no owner.
std::optional<qint64> ownerIdOf(const QSqlDatabase &db, const TaskDraft &draft)
{
    const QString email = draft.owner.trimmed();
    if (email.isEmpty() && draft.ownerId <= 0)
        return std::nullopt;
    QSqlQuery q = sql::prepare(db, email.isEmpty()
        ? QStringLiteral("SELECT id FROM people WHERE id = ?")
        : QStringLiteral("SELECT id FROM people WHERE lower(email) = lower(?)"));
    if (email.isEmpty())
        q.addBindValue(draft.ownerId);
    else
        q.addBindValue(email);
    sql::exec(q);
    if (!sql::next(q))
        throw DataError(email.isEmpty() ? QStringLiteral("There is no person with this id.")
                                        : QStringLiteral("There is no person '%1'.").arg(email));
    return q.value(0).toLongLong();
}

} // namespace

QString taskStateKey(TaskState state)
{
    switch (state) {
    case TaskState::Open: return QStringLiteral("open");
    case TaskState::Done: return QStringLiteral("done");
    case TaskState::Dismissed: return QStringLiteral("dismissed");
    }
    return QStringLiteral("open");
}

std::optional<TaskState> taskStateFromKey(const QString &key)
{
    for (TaskState s : {TaskState::Open, TaskState::Done, TaskState::Dismissed})
        if (taskStateKey(s) == key)
            return s;
    return std::nullopt;
}

TaskStore::TaskStore(const QSqlDatabase &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

QString TaskStore::add(const TaskDraft &draft)
{
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        throw DataError(QCoreApplication::translate("karvan::TaskStore", "A task needs a title."));
    Transaction tx(m_db);
    if (!draft.key.isEmpty() && get(draft.key))
        return draft.key;
    const qint64 accountId = accountIdOf(m_db, draft);
    const std::optional<qint64> ownerId = ownerIdOf(m_db, draft);

    qint64 id = 0;
    QString key = draft.key;
    if (key.isEmpty()) {
        QSqlQuery next = sql::run(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM tasks"));
        id = sql::next(next) ? next.value(0).toLongLong() : 1;
        key = QStringLiteral("task:%1").arg(id);
    }
    const QString now = audit::nowUtc();
    QSqlQuery q = sql::prepare(m_db, id > 0
        ? QStringLiteral("INSERT INTO tasks (task_key, account_id, title, owner_id, due_date, rule,"
                         " notes, state, created_at, updated_at, id)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)")
        : QStringLiteral("INSERT INTO tasks (task_key, account_id, title, owner_id, due_date, rule,"
                         " notes, state, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(accountId);
    q.addBindValue(title);
    q.addBindValue(ownerId ? QVariant(*ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(dateValue(draft.due));
    q.addBindValue(draft.rule.isEmpty() ? nullString() : QVariant(draft.rule));
    q.addBindValue(draft.notes.isNull() ? QStringLiteral("") : draft.notes);
    q.addBindValue(now);
    q.addBindValue(now);
    if (id > 0)
        q.addBindValue(id);
    sql::exec(q);
    audit::record(m_db, m_actor, kEntity, key, QStringLiteral("created"), QVariant(), title);
    tx.commit();
    return key;
}

void TaskStore::setState(const QString &key, TaskState state, const QString &reason)
{
    const QString why = state == TaskState::Dismissed ? reason.trimmed() : QString();
    if (state == TaskState::Dismissed && why.isEmpty())
        throw DataError(QCoreApplication::translate("karvan::TaskStore", "Dismissing a task needs a reason."));
    Transaction tx(m_db);
    const Task old = require(key);
    if (old.state == state && old.reason == why)
        return;
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE tasks SET state = ?, reason = ?, updated_at = ? WHERE task_key = ?"));
    q.addBindValue(taskStateKey(state));
    q.addBindValue(why.isEmpty() ? nullString() : QVariant(why));
    q.addBindValue(audit::nowUtc());
    q.addBindValue(key);
    sql::exec(q);
    audit::record(m_db, m_actor, kEntity, key, QStringLiteral("state"), taskStateKey(old.state),
                  taskStateKey(state));
    if (old.reason != why)
        audit::record(m_db, m_actor, kEntity, key, QStringLiteral("reason"),
                      old.reason.isEmpty() ? QVariant() : QVariant(old.reason),
                      why.isEmpty() ? QVariant() : QVariant(why));
    tx.commit();
}

void TaskStore::setDue(const QString &key, const QDate &due)
{
    Transaction tx(m_db);
    const Task old = require(key);
    if (old.due == due)
        return;
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE tasks SET due_date = ?, updated_at = ? WHERE task_key = ?"));
    q.addBindValue(dateValue(due));
    q.addBindValue(audit::nowUtc());
    q.addBindValue(key);
    sql::exec(q);
    audit::record(m_db, m_actor, kEntity, key, QStringLiteral("due"), dateValue(old.due), dateValue(due));
    tx.commit();
}

void TaskStore::remove(const QString &key)
{
    Transaction tx(m_db);
    const Task old = require(key);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM tasks WHERE task_key = ?"));
    q.addBindValue(key);
    sql::exec(q);
    audit::record(m_db, m_actor, kEntity, key, QStringLiteral("removed"), old.title, QVariant());
    tx.commit();
}

std::optional<Task> TaskStore::get(const QString &key) const
{
    QSqlQuery q = sql::prepare(m_db, kSelect + QStringLiteral(" WHERE t.task_key = ?"));
    q.addBindValue(key);
    sql::exec(q);
    if (!sql::next(q))
        return std::nullopt;
    return taskFrom(q);
}

std::vector<Task> TaskStore::list(const TaskFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.state) {
        where << QStringLiteral("t.state = ?");
        values << taskStateKey(*filter.state);
    }
    if (filter.accountId) {
        where << QStringLiteral("t.account_id = ?");
        values << *filter.accountId;
    }
    if (!filter.ownerIds.isEmpty()) {
        for (qint64 id : filter.ownerIds)
            values << id;
        where << QStringLiteral("t.owner_id IN (%1)").arg(sql::placeholders(filter.ownerIds.size()));
    }
    if (filter.dueBy.isValid()) {
        where << QStringLiteral("t.due_date <= ?");
        values << filter.dueBy.toString(Qt::ISODate);
    }
    QString text = kSelect;
    if (!where.isEmpty())
        text += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    text += QStringLiteral(" ORDER BY t.due_date IS NULL, t.due_date, t.task_key");
    QSqlQuery q = sql::prepare(m_db, text);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    std::vector<Task> out;
    while (sql::next(q))
        out.push_back(taskFrom(q));
    return out;
}

Task TaskStore::require(const QString &key) const
{
    std::optional<Task> t = get(key);
    if (!t)
        throw DataError(QCoreApplication::translate("karvan::TaskStore", "There is no task '%1'.").arg(key));
    return *t;
}

} // namespace karvan
