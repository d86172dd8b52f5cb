#include "accounts/accountmerger.h"

#include "health/healthservice.h"

#include "storage/audit.h"
#include "storage/rowversion.h"
#include "domain/errors.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace karvan {

namespace {

QList<qint64> toIds(const QList<QVariantMap> &rows, const QString &column)
{
    QList<qint64> ids;
    for (const QVariantMap &row : rows)
        ids << row.value(column).toLongLong();
    return ids;
}

} // namespace

AccountMerger::AccountMerger(const QSqlDatabase &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

const QStringList &AccountMerger::movableTables()
{
    static const QStringList tables = {
        QStringLiteral("interactions"), QStringLiteral("tickets"), QStringLiteral("surveys"),
        QStringLiteral("costs"), QStringLiteral("goals"), QStringLiteral("contacts"),
        QStringLiteral("stage_history"), QStringLiteral("ownership_history"), QStringLiteral("handoffs"),
        QStringLiteral("health_overrides"), QStringLiteral("tasks"),
    };
    return tables;
}

QList<QVariantMap> AccountMerger::rows(const QString &statement, const QVariantList &values) const
{
    QSqlQuery q = sql::prepare(m_db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    QList<QVariantMap> result;
    while (sql::next(q)) {
        const QSqlRecord rec = q.record();
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), rec.value(i));
        result << row;
    }
    return result;
}

void AccountMerger::insertRow(const QString &table, const QVariantMap &row)
{
    // `table` and the column names come from our own schema, never from the user.
    const QStringList columns = row.keys();
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(table, columns.join(QStringLiteral(", ")),
                                              sql::placeholders(columns.size())));
    for (const QString &c : columns)
        q.addBindValue(row.value(c));
    sql::exec(q);
}

void AccountMerger::moveIds(const QString &table, const QList<qint64> &ids, qint64 toAccount)
{
    constexpr qsizetype kChunk = 200;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QSqlQuery q = sql::prepare(m_db, QStringLiteral("UPDATE %1 SET account_id = ? WHERE id IN (%2)")
                                             .arg(table, sql::placeholders(chunk.size())));
        q.addBindValue(toAccount);
        for (qint64 id : chunk)
            q.addBindValue(id);
        sql::exec(q);
    }
}

QString AccountMerger::extId(qint64 accountId) const
{
    const QList<QVariantMap> r = rows(QStringLiteral("SELECT ext_id FROM accounts WHERE id = ?"), {accountId});
    return r.isEmpty() ? QString() : r.first().value(QStringLiteral("ext_id")).toString();
}

MergeRecord AccountMerger::merge(qint64 keepId, qint64 removeId)
{
    MergeRecord rec;
    rec.keptId = keepId;
    rec.removedId = removeId;
    rec.keptExtId = extId(keepId);
    rec.removedExtId = extId(removeId);
    if (rec.keptExtId.isEmpty() || rec.removedExtId.isEmpty())
        throw DataError(QCoreApplication::translate("karvan::AccountMerger", "One of the two accounts no longer exists."));
    if (keepId == removeId)
        throw DataError(QCoreApplication::translate("karvan::AccountMerger", "An account cannot be merged into itself."));

    const QVariantList ab = {keepId, removeId};
    Transaction tx(m_db);
    rec.removedAccount = rows(QStringLiteral("SELECT * FROM accounts WHERE id = ?"), {removeId}).first();

    for (const QString &table : movableTables()) {
        const QList<qint64> ids = toIds(rows(QStringLiteral("SELECT id FROM %1 WHERE account_id = ? ORDER BY id")
                                                 .arg(table), {removeId}), QStringLiteral("id"));
        if (ids.isEmpty())
            continue;
        moveIds(table, ids, keepId);
        rec.movedIds.insert(table, ids);
        rec.movedRows += int(ids.size());
    }

    // Revenue: a month both have keeps the sum; the others move.
    for (const QVariantMap &r : rows(QStringLiteral(
             "SELECT b.account_id, b.month, b.mrr, a.mrr AS kept FROM revenue b"
             " JOIN revenue a ON a.account_id = ? AND a.month = b.month WHERE b.account_id = ?"
             " ORDER BY b.month"), ab)) {
        const QString month = r.value(QStringLiteral("month")).toString();
        rec.keptRevenueBefore.insert(month, r.value(QStringLiteral("kept")).toLongLong());
        rec.summedMonths << month;
        QVariantMap row = r;
        row.remove(QStringLiteral("kept"));
        rec.deletedRows << qMakePair(QStringLiteral("revenue"), row);
    }
    {
        QSqlQuery q = sql::prepare(m_db, QStringLiteral(
            "UPDATE revenue SET mrr = mrr + (SELECT b.mrr FROM revenue b WHERE b.account_id = ?"
            " AND b.month = revenue.month) WHERE account_id = ?"
            " AND month IN (SELECT month FROM revenue WHERE account_id = ?)"));
        q.addBindValue(removeId);
        q.addBindValue(keepId);
        q.addBindValue(removeId);
        sql::exec(q);
    }
    // Usage: a month both have keeps the kept account's figures; the others move.
    for (const QVariantMap &r : rows(QStringLiteral(
             "SELECT b.* FROM usage b JOIN usage a ON a.account_id = ? AND a.month = b.month"
             " WHERE b.account_id = ? ORDER BY b.month"), ab)) {
        rec.keptUsageMonths << r.value(QStringLiteral("month")).toString();
        rec.deletedRows << qMakePair(QStringLiteral("usage"), r);
    }
    for (const QString &table : {QStringLiteral("revenue"), QStringLiteral("usage")}) {
        QStringList months;
        for (const QVariantMap &r : rows(QStringLiteral(
                 "SELECT month FROM %1 WHERE account_id = ? AND month NOT IN"
                 " (SELECT month FROM %1 WHERE account_id = ?) ORDER BY month").arg(table),
                 {removeId, keepId}))
            months << r.value(QStringLiteral("month")).toString();
        QSqlQuery q = sql::prepare(m_db, QStringLiteral(
            "UPDATE %1 SET account_id = ? WHERE account_id = ? AND month NOT IN"
            " (SELECT month FROM %1 WHERE account_id = ?)").arg(table));
        q.addBindValue(keepId);
        q.addBindValue(removeId);
        q.addBindValue(keepId);
        sql::exec(q);
        (table == QLatin1String("revenue") ? rec.movedRevenueMonths : rec.movedUsageMonths) = months;
        rec.movedRows += int(months.size());
    }

    // Stage owners: a stage both have keeps the kept account's owner.
    for (const QVariantMap &r : rows(QStringLiteral(
             "SELECT * FROM ownership WHERE account_id = ? AND stage IN"
             " (SELECT stage FROM ownership WHERE account_id = ?) ORDER BY id"), {removeId, keepId})) {
        rec.keptStages << r.value(QStringLiteral("stage")).toString();
        rec.deletedRows << qMakePair(QStringLiteral("ownership"), r);
        for (const QVariantMap &s : rows(QStringLiteral("SELECT * FROM ownership_supporting WHERE ownership_id = ?"),
                                         {r.value(QStringLiteral("id"))}))
            rec.deletedRows << qMakePair(QStringLiteral("ownership_supporting"), s);
    }
    {
        const QList<qint64> ids = toIds(rows(QStringLiteral(
            "SELECT id FROM ownership WHERE account_id = ? AND stage NOT IN"
            " (SELECT stage FROM ownership WHERE account_id = ?) ORDER BY id"), {removeId, keepId}),
            QStringLiteral("id"));
        moveIds(QStringLiteral("ownership"), ids, keepId);
        if (!ids.isEmpty())
            rec.movedIds.insert(QStringLiteral("ownership"), ids);
        rec.movedRows += int(ids.size());
    }

    // Custom fields: the kept account's value wins; the other value goes into the note.
    QStringList noteLines;
    for (const QVariantMap &r : rows(QStringLiteral(
             "SELECT b.account_id, b.field_id, b.value, f.name AS field_name, a.value AS kept FROM account_fields b"
             " JOIN account_fields a ON a.account_id = ? AND a.field_id = b.field_id"
             " JOIN custom_fields f ON f.id = b.field_id WHERE b.account_id = ? ORDER BY f.position"), ab)) {
        QVariantMap row = r;
        const QString name = row.take(QStringLiteral("field_name")).toString();
        const QString kept = row.take(QStringLiteral("kept")).toString();
        rec.deletedRows << qMakePair(QStringLiteral("account_fields"), row);
        if (kept != row.value(QStringLiteral("value")).toString()) {
            rec.keptFieldNames << name;
            noteLines << QStringLiteral("%1 was '%2'").arg(name, row.value(QStringLiteral("value")).toString());
        }
    }
    rec.movedFieldIds = toIds(rows(QStringLiteral(
        "SELECT field_id FROM account_fields WHERE account_id = ? AND field_id NOT IN"
        " (SELECT field_id FROM account_fields WHERE account_id = ?)"), {removeId, keepId}),
        QStringLiteral("field_id"));
    {
        QSqlQuery q = sql::prepare(m_db, QStringLiteral(
            "UPDATE account_fields SET account_id = ? WHERE account_id = ? AND field_id NOT IN"
            " (SELECT field_id FROM account_fields WHERE account_id = ?)"));
        q.addBindValue(keepId);
        q.addBindValue(removeId);
        q.addBindValue(keepId);
        sql::exec(q);
        rec.movedRows += int(rec.movedFieldIds.size());
    }

    // Health snapshots are computed per account; the removed account's go with it (and come
    // back on undo).
    for (const QVariantMap &r : rows(QStringLiteral("SELECT * FROM health_snapshots WHERE account_id = ?"), {removeId}))
        rec.deletedRows << qMakePair(QStringLiteral("health_snapshots"), r);

    // The note on the kept account: what was merged and the values that were not kept. It is
    // dated on the account's latest interaction (or today when it has none) so that it does not
    // make the account look recently contacted.
    {
        const QString removedName = rec.removedAccount.value(QStringLiteral("name")).toString();
        QString text = QStringLiteral("Merged %1 (%2) into this account.").arg(rec.removedExtId, removedName);
        if (!rec.summedMonths.isEmpty())
            text += QStringLiteral(" Revenue of both summed for %1.").arg(rec.summedMonths.join(QStringLiteral(", ")));
        if (!rec.keptUsageMonths.isEmpty())
            text += QStringLiteral(" Usage kept from this account for %1.").arg(rec.keptUsageMonths.join(QStringLiteral(", ")));
        if (!rec.keptStages.isEmpty())
            text += QStringLiteral(" Owners kept from this account for %1.").arg(rec.keptStages.join(QStringLiteral(", ")));
        if (!noteLines.isEmpty())
            text += QStringLiteral(" Values of %1 not kept: %2.").arg(rec.removedExtId, noteLines.join(QStringLiteral("; ")));
        const QList<QVariantMap> latest = rows(QStringLiteral(
            "SELECT max(date) AS d FROM interactions WHERE account_id = ?"), {keepId});
        QString date = latest.isEmpty() ? QString() : latest.first().value(QStringLiteral("d")).toString();
        if (date.isEmpty())
            date = QDate::currentDate().toString(Qt::ISODate);
        const QList<QVariantMap> author = rows(QStringLiteral("SELECT id FROM people WHERE email = ?"), {m_actor});
        QSqlQuery q = sql::prepare(m_db, QStringLiteral(
            "INSERT INTO interactions (account_id, date, kind, author_id, summary) VALUES (?, ?, 'note', ?, ?)"
            " RETURNING id"));
        q.addBindValue(keepId);
        q.addBindValue(date);
        q.addBindValue(author.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : author.first().value(QStringLiteral("id")));
        q.addBindValue(text);
        rec.noteInteractionId = sql::insertReturningId(q);
    }

    QSqlQuery del = sql::prepare(m_db, QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    del.addBindValue(removeId);
    sql::exec(del);
    audit::record(m_db, m_actor, QStringLiteral("account"), rec.keptExtId, QStringLiteral("merged"),
                  rec.removedExtId, rec.keptExtId);
    audit::record(m_db, m_actor, QStringLiteral("account"), rec.removedExtId, QStringLiteral("removed"),
                  rec.removedAccount.value(QStringLiteral("name")), QVariant());
    rowversion::bump(m_db, rowversion::Table::Accounts, keepId, m_actor);
    HealthService(m_db).refreshCurrentInTransaction(QDate::currentDate(), keepId);
    tx.commit();
    return rec;
}

void AccountMerger::undo(const MergeRecord &rec)
{
    if (!extId(rec.removedId).isEmpty())
        throw DataError(QCoreApplication::translate("karvan::AccountMerger", "The account %1 exists again; the merge cannot be undone.").arg(rec.removedExtId));
    if (extId(rec.keptId).isEmpty())
        throw DataError(QCoreApplication::translate("karvan::AccountMerger", "The account %1 no longer exists; the merge cannot be undone.").arg(rec.keptExtId));
    Transaction tx(m_db);
    insertRow(QStringLiteral("accounts"), rec.removedAccount);
    for (auto it = rec.movedIds.cbegin(); it != rec.movedIds.cend(); ++it)
        moveIds(it.key(), it.value(), rec.removedId);
    const std::pair<QString, const QStringList *> monthly[] = {
        {QStringLiteral("revenue"), &rec.movedRevenueMonths}, {QStringLiteral("usage"), &rec.movedUsageMonths}};
    for (const auto &[table, months] : monthly) {
        QSqlQuery q = sql::prepare(m_db, QStringLiteral(
            "UPDATE %1 SET account_id = ? WHERE account_id = ? AND month = ?").arg(table));
        for (const QString &month : *months) {
            q.addBindValue(rec.removedId);
            q.addBindValue(rec.keptId);
            q.addBindValue(month);
            sql::exec(q);
        }
    }
    {
        QSqlQuery q = sql::prepare(m_db, QStringLiteral("UPDATE revenue SET mrr = ? WHERE account_id = ? AND month = ?"));
        for (auto it = rec.keptRevenueBefore.cbegin(); it != rec.keptRevenueBefore.cend(); ++it) {
            q.addBindValue(it.value());
            q.addBindValue(rec.keptId);
            q.addBindValue(it.key());
            sql::exec(q);
        }
    }
    {
        QSqlQuery q = sql::prepare(m_db, QStringLiteral(
            "UPDATE account_fields SET account_id = ? WHERE account_id = ? AND field_id = ?"));
        for (qint64 fieldId : rec.movedFieldIds) {
            q.addBindValue(rec.removedId);
            q.addBindValue(rec.keptId);
            q.addBindValue(fieldId);
            sql::exec(q);
        }
    }
    if (rec.noteInteractionId > 0) {
        QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM interactions WHERE id = ?"));
        q.addBindValue(rec.noteInteractionId);
        sql::exec(q);
    }
    for (const auto &[table, row] : rec.deletedRows)
        insertRow(table, row);
    audit::record(m_db, m_actor, QStringLiteral("account"), rec.keptExtId, QStringLiteral("merge undone"),
                  rec.keptExtId, rec.removedExtId);
    rowversion::bump(m_db, rowversion::Table::Accounts, rec.keptId, m_actor);
    HealthService health(m_db);
    health.refreshCurrentInTransaction(QDate::currentDate(), rec.keptId);
    health.refreshCurrentInTransaction(QDate::currentDate(), rec.removedId);
    tx.commit();
}

} // namespace karvan
