#include "storage/auditlog.h"

#include "storage/sql.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace karvan {

AuditLog::AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

std::vector<AuditEntry> AuditLog::entries(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.account.isEmpty()) {
        // The account's own entries (keyed by its id), its hand-offs' (keyed by hand-off id)
        // and its tasks' (keyed by task key).
        where << QStringLiteral(
            "((a.entity IN ('account', 'health_override') AND a.entity_id = ?)"
            " OR (a.entity = 'handoff' AND a.entity_id IN (SELECT CAST(h.id AS TEXT) FROM handoffs h"
            "     JOIN accounts ac ON ac.id = h.account_id WHERE ac.ext_id = ?))"
            " OR (a.entity = 'task' AND a.entity_id IN (SELECT t.task_key FROM tasks t"
            "     JOIN accounts ac ON ac.id = t.account_id WHERE ac.ext_id = ?)))");
        values << filter.account << filter.account << filter.account;
    }
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("a.actor = ?");
        values << filter.actor;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("a.at >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("a.at < ?");
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT a.id, a.at, a.actor, a.entity, a.entity_id, a.field, a.old_value, a.new_value"
        " FROM audit_log a %1 ORDER BY a.id DESC LIMIT ?")
        .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(qMax(1, filter.limit));
    sql::exec(q);
    std::vector<AuditEntry> out;
    while (sql::next(q)) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

std::vector<QString> AuditLog::actors() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    std::vector<QString> out;
    while (sql::next(q))
        out.push_back(q.value(0).toString());
    return out;
}

QString AuditLog::firstImportDay(const QString &actorSuffix) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT substr(min(at), 1, 10) FROM audit_log WHERE entity = 'import' AND actor LIKE ?"));
    q.addBindValue(QStringLiteral("%") + actorSuffix);
    sql::exec(q);
    return sql::next(q) ? q.value(0).toString() : QString();
}

} // namespace karvan
