#include "storage/deferredindexes.h"

#include "domain/errors.h"
#include "storage/sql.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace karvan {

bool DeferredIndexes::pays(const QSqlDatabase &db, const QString &table, qint64 rowsToWrite)
{
    if (sqlengine::secondaryIndexes(db, table).empty())
        return false;
    // `table` is one of our own table names, never user input.
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    const qint64 stored = sql::next(q) ? q.value(0).toLongLong() : 0;
    return rowsToWrite * 2 >= stored;
}

DeferredIndexes::DeferredIndexes(QSqlDatabase db, const QString &table)
    : m_db(std::move(db)), m_indexes(sqlengine::secondaryIndexes(m_db, table))
{
    for (const sqlengine::IndexDefinition &index : m_indexes) {
        QString name = index.name;
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        sql::exec(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }
}

void DeferredIndexes::rebuild()
{
    // Each build sorts the table's keys. With temporary files (which the caller set before its
    // transaction) and a small cache the sort spills to a file early: 2,000,000 accounts' three
    // indexes took the import to 525 MB at its peak with temporary storage in memory, 326 MB
    // with files and the 64 MiB cache, 228 MB with files and 16 MiB (as without rebuilding).
    sqlengine::setSmallPageCache(m_db, true);
    auto back = qScopeGuard([this] {
        try {
            sqlengine::setSmallPageCache(m_db, false);
        } catch (const DatabaseError &e) {
            spdlog::warn("the page cache stays small: {}", e.what());
        }
    });
    for (const sqlengine::IndexDefinition &index : m_indexes)
        sql::exec(m_db, index.createStatement);
    m_indexes.clear();
}

} // namespace karvan
