#include "ownership/templatestore.h"

#include "domain/errors.h"
#include "storage/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace karvan {

namespace {

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> toOptionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Text for a NOT NULL column: an empty string, never NULL.
QString text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

} // namespace

TemplateStore::TemplateStore(const QSqlDatabase &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

bool TemplateStore::teamExists(qint64 id) const
{
    return !teamKeyOf(id).isNull();
}

QString TemplateStore::teamKeyOf(std::optional<qint64> id) const
{
    if (!id)
        return {};
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT team_key FROM teams WHERE id = ?"));
    q.addBindValue(*id);
    sql::exec(q);
    return sql::next(q) ? q.value(0).toString() : QString();
}

QString TemplateStore::teamKeysOf(const QList<qint64> &ids) const
{
    QStringList keys;
    for (qint64 id : ids)
        keys << teamKeyOf(id);
    return keys.join(QLatin1Char(';'));
}

QList<TemplateRow> TemplateStore::templateStages() const
{
    QList<TemplateRow> result;
    for (Stage stage : kAllStages)
        result << templateStage(stage);
    return result;
}

TemplateRow TemplateStore::templateStage(Stage stage) const
{
    TemplateRow row;
    row.stage = stage;
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT owner_team_id, co_owner_team_id, key_metrics FROM template_stages WHERE stage = ?"));
    q.addBindValue(stageKey(stage));
    sql::exec(q);
    if (sql::next(q)) {
        row.ownerTeamId = toOptionalId(q.value(0));
        row.coOwnerTeamId = toOptionalId(q.value(1));
        row.keyMetrics = q.value(2).toString();
    }
    QSqlQuery s = sql::prepare(m_db, QStringLiteral(
        "SELECT team_id FROM template_supporting WHERE stage = ? ORDER BY position"));
    s.addBindValue(stageKey(stage));
    sql::exec(s);
    while (sql::next(s))
        row.supportingTeamIds << s.value(0).toLongLong();
    return row;
}

void TemplateStore::setTemplateStage(const TemplateRow &row)
{
    QStringList problems;
    for (std::optional<qint64> id : {row.ownerTeamId, row.coOwnerTeamId}) {
        if (id && !teamExists(*id))
            problems << QStringLiteral("An owner team of the template no longer exists.");
    }
    if (!row.ownerTeamId)
        problems << QStringLiteral("Each stage of the template needs an owner team.");
    if (row.ownerTeamId && row.coOwnerTeamId && *row.ownerTeamId == *row.coOwnerTeamId)
        problems << QStringLiteral("The co-owner team must differ from the owner team.");
    QList<qint64> seen;
    for (qint64 id : row.supportingTeamIds) {
        if (!teamExists(id))
            problems << QStringLiteral("A supporting team of the template no longer exists.");
        if (seen.contains(id))
            problems << QStringLiteral("A supporting team is listed twice.");
        seen << id;
    }
    if (!problems.isEmpty())
        throw DataError(problems);

    const TemplateRow old = templateStage(row.stage);
    const QString key = stageKey(row.stage);
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO template_stages (stage, position, owner_team_id, co_owner_team_id, key_metrics)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (stage) DO UPDATE SET owner_team_id = excluded.owner_team_id,"
        " co_owner_team_id = excluded.co_owner_team_id, key_metrics = excluded.key_metrics"));
    q.addBindValue(key);
    q.addBindValue(stageIndex(row.stage));
    q.addBindValue(optionalId(row.ownerTeamId));
    q.addBindValue(optionalId(row.coOwnerTeamId));
    q.addBindValue(text(row.keyMetrics));
    sql::exec(q);
    QSqlQuery del = sql::prepare(m_db, QStringLiteral("DELETE FROM template_supporting WHERE stage = ?"));
    del.addBindValue(key);
    sql::exec(del);
    QSqlQuery ins = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO template_supporting (stage, team_id, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (qint64 id : row.supportingTeamIds) {
        ins.addBindValue(key);
        ins.addBindValue(id);
        ins.addBindValue(position++);
        sql::exec(ins);
    }
    if (old.ownerTeamId != row.ownerTeamId)
        audit::record(m_db, m_actor, QStringLiteral("template"), key, QStringLiteral("owner_team"),
                      teamKeyOf(old.ownerTeamId), teamKeyOf(row.ownerTeamId));
    if (old.coOwnerTeamId != row.coOwnerTeamId)
        audit::record(m_db, m_actor, QStringLiteral("template"), key, QStringLiteral("co_owner_team"),
                      teamKeyOf(old.coOwnerTeamId), teamKeyOf(row.coOwnerTeamId));
    if (old.supportingTeamIds != row.supportingTeamIds)
        audit::record(m_db, m_actor, QStringLiteral("template"), key, QStringLiteral("supporting"),
                      teamKeysOf(old.supportingTeamIds), teamKeysOf(row.supportingTeamIds));
    if (old.keyMetrics != row.keyMetrics.trimmed())
        audit::record(m_db, m_actor, QStringLiteral("template"), key, QStringLiteral("key_metrics"),
                      old.keyMetrics, row.keyMetrics.trimmed());
    tx.commit();
}

} // namespace karvan
