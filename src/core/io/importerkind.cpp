#include "io/importerkind.h"

#include "io/importercontext.h"
#include "io/importerrow.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <limits>

namespace karvan {

void ImporterKind::begin(const QHash<QString, int> &columns, const QStringList &)
{
    m_columns = columns;
}

QString ImporterKind::updateSet(const QStringList &columns, const QStringList &dbColumns) const
{
    QStringList parts;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (has(columns.at(i)))
            parts.append(QStringLiteral("%1 = excluded.%1").arg(dbColumns.at(i)));
    }
    return parts.join(QStringLiteral(", "));
}

void reportDuplicate(const ImporterRow &row, const QString &column, const QString &keyText,
                     int firstLine)
{
    row.problem(column, QStringLiteral("duplicate key %1, first on line %2").arg(keyText).arg(firstLine),
                row.trimmed(column));
}

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
                                 const QStringList &columns, const QList<bool> &updatable)
    : m_ctx(ctx),
      m_withId(ctx.db(), QStringLiteral("INSERT INTO %1 (id, %2)").arg(table, columnList(columns)),
               int(columns.size()) + 1,
               QStringLiteral(" ON CONFLICT (id) DO UPDATE SET %1").arg(updateList(columns, updatable))),
      m_withoutId(ctx.db(), QStringLiteral("INSERT INTO %1 (%2)").arg(table, columnList(columns)),
                  int(columns.size()))
{
    // `table` is one of our own table names, never user input.
    QSqlQuery q = sql::run(ctx.db(), QStringLiteral("SELECT id, account_id FROM %1").arg(table));
    while (sql::next(q))
        m_existing.insert(q.value(0).toLongLong(), q.value(1));
    const qsizetype account = columns.indexOf(QStringLiteral("account_id"));
    if (account >= 0 && updatable.value(account))
        m_accountColumn = int(account);
}

bool ImporterIdKeyed::belongsToAnotherAccount(const ImporterRow &row, const QVariant &id,
                                              const QVector<QVariant> &values)
{
    if (m_accountColumn < 0 || id.isNull())
        return false;
    const auto it = m_existing.constFind(id.toLongLong());
    if (it == m_existing.cend())
        return false;
    const QVariant now = values.value(m_accountColumn);
    if (it->isNull() == now.isNull() && (now.isNull() || it->toLongLong() == now.toLongLong()))
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
        m_pendingWithoutId.append(values);
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
    for (const QVector<QVariant> &values : std::as_const(m_pendingWithoutId))
        m_withoutId.add(values);
    m_pendingWithoutId.clear();
    m_withoutId.flush();
}

std::unique_ptr<ImporterKind> makeImporterKind(CsvKind kind, ImporterContext &ctx)
{
    switch (kind) {
    case CsvKind::People: return makePeopleImporter(ctx);
    case CsvKind::Accounts: return makeAccountsImporter(ctx);
    case CsvKind::Ownership: return makeOwnershipImporter(ctx);
    case CsvKind::Stages: return makeStagesImporter(ctx);
    case CsvKind::Revenue: return makeRevenueImporter(ctx);
    case CsvKind::Usage: return makeUsageImporter(ctx);
    case CsvKind::Interactions: return makeInteractionsImporter(ctx);
    case CsvKind::Tickets: return makeTicketsImporter(ctx);
    case CsvKind::Surveys: return makeSurveysImporter(ctx);
    case CsvKind::Costs: return makeCostsImporter(ctx);
    }
    return nullptr;
}

} // namespace karvan
