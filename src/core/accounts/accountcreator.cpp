// AccountCreator: a new account entered by hand (Sales enters a signed deal), and its undo.
#include "accounts/accountcreator.h"

#include "accounts/stageownereditor.h"

#include "domain/errors.h"
#include "storage/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace karvan {

namespace {

QVariant nullableText(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text.trimmed());
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

AccountCreator::AccountCreator(QSqlDatabase db, QString actor)
    : AccountWriter(std::move(db), std::move(actor))
{
}

qint64 AccountCreator::createAccount(const NewAccount &a)
{
    const QString extId = a.extId.trimmed();
    const QString name = a.name.trimmed();
    if (extId.isEmpty())
        throw DataError(QObject::tr("The new account needs an id."));
    if (name.isEmpty())
        throw DataError(QObject::tr("The new account needs a name."));
    if (!a.model.isEmpty() && a.model != QLatin1String("b2b") && a.model != QLatin1String("b2c"))
        throw DataError(QObject::tr("The model must be b2b or b2c (value '%1').").arg(a.model));
    if (a.mrrMinor < 0)
        throw DataError(QObject::tr("The MRR cannot be negative."));
    if (a.contractStart.isValid() && a.renewalDate.isValid() && a.renewalDate < a.contractStart)
        throw DataError(QObject::tr("The renewal date comes before the contract start."));

    Transaction tx(m_db);
    QSqlQuery dup = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM accounts WHERE ext_id = ?"));
    dup.addBindValue(extId);
    sql::exec(dup);
    if (sql::next(dup))
        throw DataError(QObject::tr("An account with the id '%1' already exists.").arg(extId));
    std::optional<qint64> ownerId;
    if (!a.owner.isEmpty()) {
        QSqlQuery p = sql::prepare(m_db, QStringLiteral("SELECT id FROM people WHERE email = ?"));
        p.addBindValue(a.owner);
        sql::exec(p);
        if (!sql::next(p))
            throw DataError(QObject::tr("'%1' is not a known person.").arg(a.owner));
        ownerId = p.value(0).toLongLong();
    }

    const QString now = audit::nowUtc();
    QSqlQuery ins = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO accounts (ext_id, name, industry, segment, model, stage, status, contract_start,"
        " renewal_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'acquisition', 'active', ?, ?, ?, ?)"
        " RETURNING id"));
    for (const QVariant &v : {QVariant(extId), QVariant(name), nullableText(a.industry), nullableText(a.segment),
                              nullableText(a.model), nullableDate(a.contractStart), nullableDate(a.renewalDate),
                              QVariant(now), QVariant(now)})
        ins.addBindValue(v);
    const qint64 id = sql::insertReturningId(ins);

    QSqlQuery stage = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO stage_history (account_id, stage, started_at, changed_by) VALUES (?, 'acquisition', ?, ?)"));
    stage.addBindValue(id);
    stage.addBindValue(now);
    stage.addBindValue(m_actor);
    sql::exec(stage);
    if (a.mrrMinor > 0) {
        const QDate month = a.contractStart.isValid() ? a.contractStart : QDate::currentDate();
        QSqlQuery r = sql::prepare(m_db, QStringLiteral("INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)"));
        r.addBindValue(id);
        r.addBindValue(month.toString(QStringLiteral("yyyy-MM")));
        r.addBindValue(a.mrrMinor);
        sql::exec(r);
    }
    QSqlQuery field = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO account_fields (account_id, field_id, value) VALUES (?, ?, ?)"));
    for (const auto &[fieldId, value] : a.custom) {
        if (value.trimmed().isEmpty())
            continue;
        field.addBindValue(id);
        field.addBindValue(fieldId);
        field.addBindValue(value.trimmed());
        sql::exec(field);
    }
    audit(id, QStringLiteral("created"), QVariant(), name);
    if (ownerId) {
        OwnerState owner;
        owner.exists = true;
        owner.personId = *ownerId;
        StageOwnerEditor owners(m_db, m_actor);
        owners.setToday(m_today);
        owners.setOwnerState(id, Stage::Acquisition, owner);  // nested: one change with the account
    }
    tx.commit();
    return id;
}

void AccountCreator::removeCreatedAccount(qint64 accountId)
{
    Transaction tx(m_db);
    const QString extId = extIdOf(accountId);
    QSqlQuery del = sql::prepare(m_db, QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    del.addBindValue(accountId);
    sql::exec(del);
    audit::record(m_db, m_actor, QStringLiteral("account"), extId, QStringLiteral("removed"), extId, QVariant());
    tx.commit();
}

} // namespace karvan
