#pragma once

#include "storage/sqlengine.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan {

// Inside a write transaction that adds many rows to one table: the table's secondary indexes
// are dropped while the rows are written and built again, each in one sorted pass, before the
// transaction commits. Keeping an index on (kind, date) up to date row by row inserts into it
// at random places; building it at the end sorts once (measured on 424,733 survey answers:
// 3.2 s of upkeep against 0.9 s to build both indexes).
//
// The sorts stay bounded in memory only with temporary storage in files
// (sqlengine::setTemporaryFiles, which must be set before the transaction begins).
//
// The indexes are part of the transaction: when it rolls back they are back as they were, so
// nothing is lost if the writing fails. Only for writes that never read the table through
// those indexes meanwhile. Not for the table's key or UNIQUE constraints, which stay.
class DeferredIndexes
{
public:
    // Whether dropping and building again pays for `rowsToWrite` more rows: when they are at
    // least half as many as the table holds (building reads every row, old and new, once;
    // upkeep costs about four times as much per new row).
    static bool pays(const QSqlDatabase &db, const QString &table, qint64 rowsToWrite);

    // Drops the table's secondary indexes. Throws DatabaseError.
    DeferredIndexes(QSqlDatabase db, const QString &table);
    // Builds them again. Must be called before the transaction commits. Throws DatabaseError.
    void rebuild();

    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

private:
    QSqlDatabase m_db;
    std::vector<sqlengine::IndexDefinition> m_indexes;
};

} // namespace karvan
