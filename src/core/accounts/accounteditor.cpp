// AccountEditor: an account's profile, custom fields and journey stage.
#include "accounts/accounteditor.h"

#include "health/healthservice.h"

#include "storage/audit.h"
#include "domain/errors.h"
#include "domain/dates.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QObject>
#include <QSqlQuery>

namespace karvan {

namespace {

QString checkDate(const QString &field, const QString &text)
{
    if (text.isEmpty())
        return text;
    if (!dates::isDate(text))
        throw DataError(QObject::tr("%1 must be a date YYYY-MM-DD (value '%2').").arg(field, text));
    return text;
}

} // namespace

AccountEditor::AccountEditor(QSqlDatabase db, QString actor)
    : AccountWriter(std::move(db), std::move(actor))
{
}

QStringList AccountEditor::profileFields()
{
    return {QStringLiteral("name"), QStringLiteral("industry"), QStringLiteral("segment"),
            QStringLiteral("model"), QStringLiteral("status"), QStringLiteral("contract_start"),
            QStringLiteral("renewal_date")};
}

QVariant AccountEditor::profileValue(qint64 accountId, const QString &field) const
{
    if (!profileFields().contains(field))
        throw DataError(QObject::tr("Unknown account field '%1'.").arg(field));
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(field));
    q.addBindValue(accountId);
    sql::exec(q);
    if (!sql::next(q))
        throw DataError(QObject::tr("The account no longer exists."));
    return q.value(0);
}

QVariant AccountEditor::setProfileValue(qint64 accountId, const QString &field, const QVariant &value)
{
    QString text = value.isNull() ? QString() : value.toString().trimmed();
    if (field == QLatin1String("name") && text.isEmpty())
        throw DataError(QObject::tr("An account needs a name."));
    if (field == QLatin1String("model") && !text.isEmpty() && text != QLatin1String("b2b")
        && text != QLatin1String("b2c"))
        throw DataError(QObject::tr("The model must be b2b or b2c (value '%1').").arg(text));
    if (field == QLatin1String("status") && text != QLatin1String("active")
        && text != QLatin1String("churned"))
        throw DataError(QObject::tr("The status must be active or churned (value '%1').").arg(text));
    if (field == QLatin1String("contract_start") || field == QLatin1String("renewal_date"))
        checkDate(field, text);

    Transaction tx(m_db);
    const QVariant old = profileValue(accountId, field);  // also checks the field name
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("UPDATE accounts SET %1 = ? WHERE id = ?").arg(field));
    q.addBindValue(nullable(text));
    q.addBindValue(accountId);
    sql::exec(q);
    touch(accountId);
    audit(accountId, field, old, nullable(text));
    tx.commit();
    return old;
}

qint64 AccountEditor::addCustomField(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        throw DataError(QObject::tr("A custom field needs a name."));
    if (profileFields().contains(name.toLower()) || name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
        throw DataError(QObject::tr("'%1' is a built-in account field.").arg(name));
    Transaction tx(m_db);
    QSqlQuery e = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM custom_fields WHERE lower(name) = lower(?)"));
    e.addBindValue(name);
    sql::exec(e);
    if (sql::next(e))
        throw DataError(QObject::tr("A custom field named '%1' already exists.").arg(name));
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO custom_fields (name, position)"
        " VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM custom_fields)) RETURNING id"));
    q.addBindValue(name);
    const qint64 id = sql::insertReturningId(q);
    audit::record(m_db, m_actor, QStringLiteral("custom_field"), name, QStringLiteral("name"),
                  QVariant(), name);
    tx.commit();
    return id;
}

void AccountEditor::removeCustomField(qint64 fieldId)
{
    Transaction tx(m_db);
    QSqlQuery used = sql::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM account_fields WHERE field_id = ?"));
    used.addBindValue(fieldId);
    sql::exec(used);
    if (sql::next(used) && used.value(0).toLongLong() > 0)
        throw DataError(QObject::tr("The field still has values; clear them first."));
    QSqlQuery n = sql::prepare(m_db, QStringLiteral("SELECT name FROM custom_fields WHERE id = ?"));
    n.addBindValue(fieldId);
    sql::exec(n);
    if (!sql::next(n))
        throw DataError(QObject::tr("The custom field no longer exists."));
    const QString name = n.value(0).toString();
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM custom_fields WHERE id = ?"));
    q.addBindValue(fieldId);
    sql::exec(q);
    audit::record(m_db, m_actor, QStringLiteral("custom_field"), name, QStringLiteral("name"),
                  name, QVariant());
    tx.commit();
}

std::optional<QString> AccountEditor::setCustomValue(qint64 accountId, qint64 fieldId,
                                                    const std::optional<QString> &value)
{
    Transaction tx(m_db);
    QSqlQuery n = sql::prepare(m_db, QStringLiteral("SELECT name FROM custom_fields WHERE id = ?"));
    n.addBindValue(fieldId);
    sql::exec(n);
    if (!sql::next(n))
        throw DataError(QObject::tr("The custom field no longer exists."));
    const QString name = n.value(0).toString();
    QSqlQuery o = sql::prepare(m_db, QStringLiteral(
        "SELECT value FROM account_fields WHERE account_id = ? AND field_id = ?"));
    o.addBindValue(accountId);
    o.addBindValue(fieldId);
    sql::exec(o);
    const std::optional<QString> old = sql::next(o) ? std::optional(o.value(0).toString()) : std::nullopt;
    const bool clear = !value || value->isEmpty();
    QSqlQuery q = sql::prepare(m_db, clear
        ? QStringLiteral("DELETE FROM account_fields WHERE account_id = ? AND field_id = ?")
        : QStringLiteral("INSERT INTO account_fields (account_id, field_id, value) VALUES (?, ?, ?)"
                         " ON CONFLICT (account_id, field_id) DO UPDATE SET value = excluded.value"));
    q.addBindValue(accountId);
    q.addBindValue(fieldId);
    if (!clear)
        q.addBindValue(*value);
    sql::exec(q);
    touch(accountId);
    audit(accountId, QStringLiteral("custom:") + name, old ? QVariant(*old) : QVariant(),
          clear ? QVariant() : QVariant(*value));
    tx.commit();
    return old;
}

AccountEditor::StageChange AccountEditor::changeStage(qint64 accountId, Stage to)
{
    Transaction tx(m_db);
    StageChange change;
    change.accountId = accountId;
    change.to = to;
    QSqlQuery s = sql::prepare(m_db, QStringLiteral("SELECT stage FROM accounts WHERE id = ?"));
    s.addBindValue(accountId);
    sql::exec(s);
    if (!sql::next(s))
        throw DataError(QObject::tr("The account no longer exists."));
    change.from = stageFromKey(s.value(0).toString()).value_or(Stage::Acquisition);
    if (change.from == to)
        throw DataError(QObject::tr("The account is already at the %1 stage.").arg(stageKey(to)));
    const QString now = audit::nowUtc();
    QSqlQuery open = sql::prepare(m_db, QStringLiteral(
        "SELECT id FROM stage_history WHERE account_id = ? AND ended_at IS NULL"
        " ORDER BY started_at DESC, id DESC"));
    open.addBindValue(accountId);
    sql::exec(open);
    if (sql::next(open)) {
        change.closedHistoryId = open.value(0).toLongLong();
        QSqlQuery close = sql::prepare(m_db, QStringLiteral("UPDATE stage_history SET ended_at = ? WHERE id = ?"));
        close.addBindValue(now);
        close.addBindValue(change.closedHistoryId);
        sql::exec(close);
    }
    QSqlQuery add = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO stage_history (account_id, stage, started_at, changed_by) VALUES (?, ?, ?, ?)"
        " RETURNING id"));
    add.addBindValue(accountId);
    add.addBindValue(stageKey(to));
    add.addBindValue(now);
    add.addBindValue(m_actor);
    change.openedHistoryId = sql::insertReturningId(add);
    QSqlQuery u = sql::prepare(m_db, QStringLiteral("UPDATE accounts SET stage = ? WHERE id = ?"));
    u.addBindValue(stageKey(to));
    u.addBindValue(accountId);
    sql::exec(u);
    touch(accountId);
    audit(accountId, QStringLiteral("stage"), stageKey(change.from), stageKey(to));
    tx.commit();
    return change;
}

void AccountEditor::revertStageChange(const StageChange &change)
{
    Transaction tx(m_db);
    QSqlQuery del = sql::prepare(m_db, QStringLiteral("DELETE FROM stage_history WHERE id = ? AND account_id = ?"));
    del.addBindValue(change.openedHistoryId);
    del.addBindValue(change.accountId);
    sql::exec(del);
    if (change.closedHistoryId) {
        QSqlQuery reopen = sql::prepare(m_db, QStringLiteral("UPDATE stage_history SET ended_at = NULL WHERE id = ?"));
        reopen.addBindValue(change.closedHistoryId);
        sql::exec(reopen);
    }
    QSqlQuery u = sql::prepare(m_db, QStringLiteral("UPDATE accounts SET stage = ? WHERE id = ?"));
    u.addBindValue(stageKey(change.from));
    u.addBindValue(change.accountId);
    sql::exec(u);
    touch(change.accountId);
    audit(change.accountId, QStringLiteral("stage"), stageKey(change.to), stageKey(change.from));
    tx.commit();
}

} // namespace karvan
