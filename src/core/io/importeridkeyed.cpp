#include "io/importeridkeyed.h"

#include "io/importercontext.h"
#include "io/importerkind.h"
#include "io/importerrow.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace karvan {

namespace {

QString columnList(const QStringList &columns)
{
    return columns.join(QStringLiteral(", "));
}

QString updateList(const QStringList &columns, const QList<bool> &updatable)
{
    QStringList parts;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (updatable.value(i))
            parts.append(QStringLiteral("%1 = excluded.%1").arg(columns.at(i)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImporterIdKeyed::ImporterIdKeyed(ImporterContext &ctx, const QString &table,
                                 const QStringList &columns, const QList<bool> &updatable,
                                 bool fileHasIds)
    : m_ctx(ctx), m_fileHasIds(fileHasIds),
      m_withId(ctx.db(), QStringLiteral("INSERT INTO %1 (id, %2)").arg(table, columnList(columns)),
               int(columns.size()) + 1,
               QStringLiteral(" ON CONFLICT (id) DO UPDATE SET %1").arg(updateList(columns, updatable))),
      m_withoutId(ctx.db(), QStringLiteral("INSERT INTO %1 (%2)").arg(table, columnList(columns)),
                  int(columns.size()))
{
    const qsizetype account = columns.indexOf(QStringLiteral("account_id"));
    if (account >= 0 && updatable.value(account))
        m_accountColumn = int(account);
    // Only a file that names ids can name a stored one. `table` is one of our own table
    // names, never user input.
    if (!m_fileHasIds)
        return;
    QSqlQuery q = sql::run(ctx.db(), QStringLiteral("SELECT id, account_id FROM %1 ORDER BY id").arg(table));
    while (sql::next(q))
        m_existing.push_back({q.value(0).toLongLong(), q.isNull(1) ? kNoAccount : q.value(1).toLongLong()});
}

const ImporterIdKeyed::Existing *ImporterIdKeyed::find(qint64 id) const
{
    const auto it = std::lower_bound(m_existing.cbegin(), m_existing.cend(), id,
                                     [](const Existing &e, qint64 key) { return e.id < key; });
    return it != m_existing.cend() && it->id == id ? &*it : nullptr;
}

bool ImporterIdKeyed::belongsToAnotherAccount(const ImporterRow &row, const QVariant &id,
                                              const QVector<QVariant> &values)
{
    if (m_accountColumn < 0 || id.isNull())
        return false;
    const Existing *existing = find(id.toLongLong());
    if (!existing)
        return false;
    const QVariant now = values.value(m_accountColumn);
    const qint64 account = now.isNull() ? kNoAccount : now.toLongLong();
    if (existing->accountId == account)
        return false;
    m_ctx.problem(row.line(), QStringLiteral("id"),
                  QStringLiteral("the id belongs to another account's record; a record is never "
                                 "moved to another account (leave the id empty to add one)"),
                  id.toString());
    return true;
}

bool ImporterIdKeyed::readId(const ImporterRow &row, QVariant *id)
{
    const QString column = QStringLiteral("id");
    if (!row.integer(column, 1, std::numeric_limits<qint64>::max(), false, id))
        return false;
    if (id->isNull())
        return true;
    const auto it = m_seen.constFind(id->toLongLong());
    if (it != m_seen.cend()) {
        reportDuplicate(row, column, QStringLiteral("id"), *it);
        return false;
    }
    m_seen.insert(id->toLongLong(), row.line());
    return true;
}

void ImporterIdKeyed::add(const QVariant &id, const QVector<QVariant> &values)
{
    if (id.isNull()) {
        if (m_fileHasIds)
            ++m_deferred;
        else
            m_withoutId.add(values);
        return;
    }
    QVector<QVariant> all;
    all.reserve(values.size() + 1);
    all.append(id);
    all.append(values);
    m_withId.add(all);
}

void ImporterIdKeyed::flush()
{
    m_withId.flush();
    m_withoutId.flush();
}

} // namespace karvan
