#include "storage/deferredindexes.h"

#include "storage/sql.h"

#include <QSqlQuery>

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
    for (const sqlengine::IndexDefinition &index : m_indexes)
    {
        QString name = index.name;
        sql::exec(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name.replace(QLatin1Char('"'), QStringLiteral("\"\""))));
    }
}

void DeferredIndexes::rebuild()
{
    for (const sqlengine::IndexDefinition &index : m_indexes)
        sql::exec(m_db, index.createStatement);
    m_indexes.clear();
}

} // namespace karvan
