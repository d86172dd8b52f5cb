#include "storage/audit.h"

#include "storage/sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace karvan::audit {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void record(const QSqlDatabase &db, const QString &actor, const QString &entity,
            const QString &entityId, const QString &field, const QVariant &oldValue,
            const QVariant &newValue)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nowUtc());
    q.addBindValue(actor);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(field);
    q.addBindValue(oldValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(oldValue.toString()));
    q.addBindValue(newValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newValue.toString()));
    sql::exec(q);
}

} // namespace karvan::audit
