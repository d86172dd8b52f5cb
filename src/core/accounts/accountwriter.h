#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace karvan {

// What every write to an account shares: the database, who acts (the audit log's actor) and
// the day the health now is scored against. Each write runs in its own Transaction, appends to
// the audit log, and ends with touch(), which brings the account's stored health now up to date
// in the same transaction. Bad input throws DataError with nothing written.
class AccountWriter
{
public:
    // The day edits score the health now against (default: the clock's today).
    void setToday(const QDate &today) { m_today = today; }

protected:
    AccountWriter(QSqlDatabase db, QString actor);

    void touch(qint64 accountId);
    void audit(qint64 accountId, const QString &field, const QVariant &oldValue,
               const QVariant &newValue);
    // The account a record (interaction, ticket, ...) belongs to; DataError when it is gone.
    qint64 accountOfRow(const QString &table, qint64 rowId) const;
    QString extIdOf(qint64 accountId) const;

    // NULL for an empty text or a zero id, else the value (optional columns).
    static QVariant nullable(const QString &text);
    static QVariant nullableId(qint64 id);
    // The first column of `statement` (one bound id), empty when the id is 0 or has no row.
    static QString lookup(const QSqlDatabase &db, const QString &statement, qint64 id);

    QSqlDatabase m_db;
    QString m_actor;
    QDate m_today;
};

} // namespace karvan
