#include "accounts/savedfilters.h"

#include "storage/audit.h"
#include "domain/errors.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QObject>
#include <QSqlQuery>

namespace karvan {

SavedFilters::SavedFilters(QSqlDatabase db, QString actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

std::vector<SavedFilters::Entry> SavedFilters::list() const
{
    std::vector<Entry> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, name, spec FROM saved_filters ORDER BY name"));
    while (sql::next(q)) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8());
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                       AccountFilterSpec::fromJson(doc.object())});
    }
    return out;
}

qint64 SavedFilters::save(const QString &rawName, const AccountFilterSpec &spec)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        throw DataError(QObject::tr("A saved filter needs a name."));
    const QString json = QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO saved_filters (name, spec) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET spec = excluded.spec RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(json);
    const qint64 id = sql::insertReturningId(q);
    audit::record(m_db, m_actor, QStringLiteral("saved_filter"), name, QStringLiteral("spec"),
                  QVariant(), json);
    tx.commit();
    return id;
}

void SavedFilters::remove(qint64 id)
{
    Transaction tx(m_db);
    QSqlQuery n = sql::prepare(m_db, QStringLiteral("SELECT name, spec FROM saved_filters WHERE id = ?"));
    n.addBindValue(id);
    sql::exec(n);
    if (!sql::next(n))
        return;
    const QString name = n.value(0).toString(), spec = n.value(1).toString();
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM saved_filters WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q);
    audit::record(m_db, m_actor, QStringLiteral("saved_filter"), name, QStringLiteral("spec"),
                  spec, QVariant());
    tx.commit();
}

} // namespace karvan
