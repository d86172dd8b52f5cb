// AccountWriter: what every write to an account shares.
#include "accounts/accountwriter.h"

#include "accounts/accountlookups.h"

#include "health/healthservice.h"

#include "storage/audit.h"
#include "storage/rowversion.h"
#include "domain/errors.h"
#include "domain/dates.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QObject>
#include <QSqlQuery>

namespace karvan {

AccountWriter::AccountWriter(QSqlDatabase db, QString actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

QString AccountWriter::extIdOf(qint64 accountId) const
{
    return AccountLookups(m_db).extIdOf(accountId);
}

QVariant AccountWriter::nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant AccountWriter::nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString AccountWriter::lookup(const QSqlDatabase &db, const QString &statement, qint64 id)
{
    if (!id)
        return QString();
    QSqlQuery q = sql::prepare(db, statement);
    q.addBindValue(id);
    sql::exec(q);
    return sql::next(q) ? q.value(0).toString() : QString();
}

void AccountWriter::touch(qint64 accountId)
{
    // A new row version: a window or an edit holding an older copy is now stale.
    rowversion::bump(m_db, rowversion::Table::Accounts, accountId, m_actor);
    // Every edit of an account passes here: its health now follows in the same transaction.
    HealthService(m_db).refreshCurrentInTransaction(
        m_today.isValid() ? m_today : QDate::currentDate(), accountId);
}

void AccountWriter::audit(qint64 accountId, const QString &field, const QVariant &oldValue,
                         const QVariant &newValue)
{
    audit::record(m_db, m_actor, QStringLiteral("account"), extIdOf(accountId), field,
                  oldValue, newValue);
}

qint64 AccountWriter::accountOfRow(const QString &table, qint64 rowId) const
{
    // `table` is one of our own table names, never user input.
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT account_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(rowId);
    sql::exec(q);
    if (!sql::next(q))
        throw DataError(QObject::tr("The record no longer exists."));
    return q.value(0).toLongLong();
}

} // namespace karvan
