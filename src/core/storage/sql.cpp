#include "storage/sql.h"

#include "domain/errors.h"

#include <QMutex>
#include <QObject>
#include <QSqlError>

namespace karvan::sql {

namespace {
// SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoError = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kNotADb = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QMutex s_listenerMutex;
DamageListener s_listener;

// Throws the DatabaseError for a failed statement, telling the damage listener first.
[[noreturn]] void fail(const QSqlError &error)
{
    const QString message = describe(error);
    if (isDamage(error)) {
        DamageListener listener;
        {
            const QMutexLocker lock(&s_listenerMutex);
            listener = s_listener;
        }
        if (listener)
            listener(message);
    }
    throw DatabaseError(message);
}
} // namespace

bool isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kCorrupt || code == kNotADb || code == kIoError;
}

void setDamageListener(DamageListener listener)
{
    const QMutexLocker lock(&s_listenerMutex);
    s_listener = std::move(listener);
}

bool isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kBusy || code == kLocked;
}

QString describe(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return describeNative(primaryCode(error), text);
}

QString describeNative(int code, const QString &engineText)
{
    switch (code < 0 ? code : (code & 0xff)) {
    case kBusy:
    case kLocked:
        return QStringLiteral("the database is locked by another program; gave up waiting");
    case kReadOnly:
        return QStringLiteral("the database is read-only; cannot write to it");
    case kCorrupt:
        return QStringLiteral("the database file is corrupt");
    case kFull:
        return QStringLiteral("the disk is full");
    case kIoError:
        return QStringLiteral("the database file could not be read or written (an I/O error)");
    case kNotADb:
        return QStringLiteral("the file is not a database");
    default:
        break;
    }
    return engineText.isEmpty() ? QStringLiteral("unknown database error") : engineText;
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError());
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError());
}

bool next(QSqlQuery &query)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        fail(query.lastError());
    return false;
}

qint64 insertReturningId(QSqlQuery &query)
{
    exec(query);
    if (!next(query))
        throw DatabaseError(QObject::tr("The database did not return the new record's id."));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void exec(const QSqlDatabase &db, const QString &statement)
{
    run(db, statement);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        fail(query.lastError());
    return query;
}

} // namespace karvan::sql
