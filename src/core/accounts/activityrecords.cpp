// ActivityRecords: an account's communication log, tickets, goals and contacts.
#include "accounts/activityrecords.h"

#include "storage/audit.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "ownership/ownershiptemplate.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QObject>
#include <QSqlQuery>

namespace karvan {

namespace {

void deleteById(const QSqlDatabase &db, const QString &table, qint64 id)
{
    // `table` is one of our own table names, never user input.
    QSqlQuery q = sql::prepare(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    sql::exec(q);
}

} // namespace

ActivityRecords::ActivityRecords(QSqlDatabase db, QString actor)
    : AccountWriter(std::move(db), std::move(actor))
{
}

qint64 ActivityRecords::addInteraction(qint64 accountId, const Interaction &i)
{
    if (!i.date.isValid())
        throw DataError(QObject::tr("An interaction needs a date."));
    if (!interactionKinds().contains(i.kind))
        throw DataError(QObject::tr("Unknown interaction kind '%1'.").arg(i.kind));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO interactions (account_id, date, kind, author_id, summary)"
        " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(accountId);
    q.addBindValue(i.date.toString(Qt::ISODate));
    q.addBindValue(i.kind);
    q.addBindValue(nullableId(i.authorId));
    q.addBindValue(nullable(i.summary));
    const qint64 id = sql::insertReturningId(q);
    touch(accountId);
    audit(accountId, QStringLiteral("interaction"), QVariant(),
          QStringLiteral("%1 %2: %3").arg(i.date.toString(Qt::ISODate), i.kind, i.summary));
    tx.commit();
    return id;
}

void ActivityRecords::removeInteraction(qint64 interactionId)
{
    Transaction tx(m_db);
    const qint64 accountId = accountOfRow(QStringLiteral("interactions"), interactionId);
    const QString what = lookup(m_db, QStringLiteral(
        "SELECT date || ' ' || kind || ': ' || COALESCE(summary, '') FROM interactions WHERE id = ?"),
        interactionId);
    deleteById(m_db, QStringLiteral("interactions"), interactionId);
    touch(accountId);
    audit(accountId, QStringLiteral("interaction"), what, QVariant());
    tx.commit();
}

qint64 ActivityRecords::addTicket(qint64 accountId, const Ticket &t)
{
    if (!t.opened.isValid())
        throw DataError(QObject::tr("A ticket needs the date it was opened."));
    if (t.closed.isValid() && t.closed < t.opened)
        throw DataError(QObject::tr("A ticket cannot be closed before it was opened."));
    if (!t.priority.isEmpty() && !ticketPriorities().contains(t.priority))
        throw DataError(QObject::tr("Unknown priority '%1'.").arg(t.priority));
    Transaction tx(m_db);
    QString extId = t.extId.trimmed();
    if (extId.isEmpty())
        extId = QStringLiteral("T%1").arg(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery dup = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM tickets WHERE ext_id = ?"));
    dup.addBindValue(extId);
    sql::exec(dup);
    if (sql::next(dup))
        throw DataError(QObject::tr("A ticket '%1' already exists.").arg(extId));
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO tickets (ext_id, account_id, opened, closed, priority, escalated, subject)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(extId);
    q.addBindValue(accountId);
    q.addBindValue(t.opened.toString(Qt::ISODate));
    q.addBindValue(t.closed.isValid() ? QVariant(t.closed.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(nullable(t.priority));
    q.addBindValue(t.escalated ? 1 : 0);
    q.addBindValue(nullable(t.subject));
    const qint64 id = sql::insertReturningId(q);
    touch(accountId);
    audit(accountId, QStringLiteral("ticket"), QVariant(), extId);
    tx.commit();
    return id;
}

void ActivityRecords::removeTicket(qint64 ticketId)
{
    Transaction tx(m_db);
    const qint64 accountId = accountOfRow(QStringLiteral("tickets"), ticketId);
    const QString extId = lookup(m_db, QStringLiteral("SELECT ext_id FROM tickets WHERE id = ?"), ticketId);
    deleteById(m_db, QStringLiteral("tickets"), ticketId);
    touch(accountId);
    audit(accountId, QStringLiteral("ticket"), extId, QVariant());
    tx.commit();
}

QDate ActivityRecords::setTicketClosed(qint64 ticketId, const QDate &closed)
{
    Transaction tx(m_db);
    const qint64 accountId = accountOfRow(QStringLiteral("tickets"), ticketId);
    QSqlQuery o = sql::prepare(m_db, QStringLiteral("SELECT ext_id, opened, closed FROM tickets WHERE id = ?"));
    o.addBindValue(ticketId);
    sql::exec(o);
    sql::next(o);
    const QString extId = o.value(0).toString();
    const QDate opened = QDate::fromString(o.value(1).toString(), Qt::ISODate);
    const QDate old = o.value(2).isNull() ? QDate() : QDate::fromString(o.value(2).toString(), Qt::ISODate);
    if (closed.isValid() && opened.isValid() && closed < opened)
        throw DataError(QObject::tr("A ticket cannot be closed before it was opened."));
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("UPDATE tickets SET closed = ? WHERE id = ?"));
    q.addBindValue(closed.isValid() ? QVariant(closed.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(ticketId);
    sql::exec(q);
    touch(accountId);
    audit(accountId, QStringLiteral("ticket:%1:closed").arg(extId),
          old.isValid() ? QVariant(old.toString(Qt::ISODate)) : QVariant(),
          closed.isValid() ? QVariant(closed.toString(Qt::ISODate)) : QVariant());
    tx.commit();
    return old;
}

bool ActivityRecords::setTicketEscalated(qint64 ticketId, bool escalated)
{
    Transaction tx(m_db);
    const qint64 accountId = accountOfRow(QStringLiteral("tickets"), ticketId);
    QSqlQuery o = sql::prepare(m_db, QStringLiteral("SELECT ext_id, escalated FROM tickets WHERE id = ?"));
    o.addBindValue(ticketId);
    sql::exec(o);
    sql::next(o);
    const QString extId = o.value(0).toString();
    const bool old = o.value(1).toBool();
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("UPDATE tickets SET escalated = ? WHERE id = ?"));
    q.addBindValue(escalated ? 1 : 0);
    q.addBindValue(ticketId);
    sql::exec(q);
    touch(accountId);
    audit(accountId, QStringLiteral("ticket:%1:escalated").arg(extId),
          old ? QStringLiteral("true") : QStringLiteral("false"),
          escalated ? QStringLiteral("true") : QStringLiteral("false"));
    tx.commit();
    return old;
}

qint64 ActivityRecords::addGoal(qint64 accountId, const Goal &g)
{
    if (g.title.trimmed().isEmpty())
        throw DataError(QObject::tr("A goal needs a title."));
    if (!goalKinds().contains(g.kind))
        throw DataError(QObject::tr("Unknown goal kind '%1'.").arg(g.kind));
    if (!goalStatuses().contains(g.status))
        throw DataError(QObject::tr("Unknown goal status '%1'.").arg(g.status));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO goals (account_id, kind, title, detail, status, due_date, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(accountId);
    q.addBindValue(g.kind);
    q.addBindValue(g.title.trimmed());
    q.addBindValue(g.detail.isEmpty() ? QStringLiteral("") : g.detail);  // NOT NULL: never bind a null string
    q.addBindValue(g.status);
    q.addBindValue(g.dueDate.isValid() ? QVariant(g.dueDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(g.createdAt.isEmpty() ? audit::nowUtc() : g.createdAt);
    const qint64 id = sql::insertReturningId(q);
    touch(accountId);
    audit(accountId, g.kind, QVariant(), g.title.trimmed());
    tx.commit();
    return id;
}

void ActivityRecords::removeGoal(qint64 goalId)
{
    Transaction tx(m_db);
    const qint64 accountId = accountOfRow(QStringLiteral("goals"), goalId);
    const QString title = lookup(m_db, QStringLiteral("SELECT title FROM goals WHERE id = ?"), goalId);
    const QString kind = lookup(m_db, QStringLiteral("SELECT kind FROM goals WHERE id = ?"), goalId);
    deleteById(m_db, QStringLiteral("goals"), goalId);
    touch(accountId);
    audit(accountId, kind, title, QVariant());
    tx.commit();
}

QString ActivityRecords::setGoalStatus(qint64 goalId, const QString &status)
{
    if (!goalStatuses().contains(status))
        throw DataError(QObject::tr("Unknown goal status '%1'.").arg(status));
    Transaction tx(m_db);
    const qint64 accountId = accountOfRow(QStringLiteral("goals"), goalId);
    const QString old = lookup(m_db, QStringLiteral("SELECT status FROM goals WHERE id = ?"), goalId);
    const QString title = lookup(m_db, QStringLiteral("SELECT title FROM goals WHERE id = ?"), goalId);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("UPDATE goals SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(goalId);
    sql::exec(q);
    touch(accountId);
    audit(accountId, QStringLiteral("goal:%1:status").arg(title), old, status);
    tx.commit();
    return old;
}

qint64 ActivityRecords::addContact(qint64 accountId, const Contact &c)
{
    if (c.name.trimmed().isEmpty())
        throw DataError(QObject::tr("A contact needs a name."));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO contacts (account_id, name, email, phone, role, is_primary)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(accountId);
    q.addBindValue(c.name.trimmed());
    q.addBindValue(nullable(c.email.trimmed()));
    q.addBindValue(nullable(c.phone.trimmed()));
    q.addBindValue(nullable(c.role.trimmed()));
    q.addBindValue(c.primary ? 1 : 0);
    const qint64 id = sql::insertReturningId(q);
    touch(accountId);
    audit(accountId, QStringLiteral("contact"), QVariant(), c.name.trimmed());
    tx.commit();
    return id;
}

void ActivityRecords::removeContact(qint64 contactId)
{
    Transaction tx(m_db);
    const qint64 accountId = accountOfRow(QStringLiteral("contacts"), contactId);
    const QString name = lookup(m_db, QStringLiteral("SELECT name FROM contacts WHERE id = ?"), contactId);
    deleteById(m_db, QStringLiteral("contacts"), contactId);
    touch(accountId);
    audit(accountId, QStringLiteral("contact"), name, QVariant());
    tx.commit();
}

} // namespace karvan
