#pragma once

#include "storage/bulkinserter.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

#include <initializer_list>
#include <memory>

namespace karvan {

// Writes rows through the storage layer's bulk path with multi-row VALUES statements of up to
// rowsPerStatement rows, each prepared once and run with values bound natively (measured on
// 105,257 revenue rows under callgrind: 1,000 rows per statement take 13 % fewer instructions
// than 64, 22 % fewer than one; SQLite journals each statement's first change to a page):
//   head "INSERT INTO revenue (account_id, month, mrr)", tail " ON CONFLICT (...) DO UPDATE ..."
// At most rowsPerStatement rows wait in memory: a full statement is written as soon as its
// last row is added, so an import streams. Call flush() at the end for the last, partial one,
// and whenever the rows that wait must be in the table (before reading it back); flushing a
// few rows costs no new statement.
class ImporterBatch
{
public:
    ImporterBatch(const QSqlDatabase &db, const QString &head, int columns,
                  const QString &tail = QString(), int rowsPerStatement = 1000);

    void add(std::initializer_list<QVariant> values);
    void add(const QVector<QVariant> &values);
    void flush();

private:
    QString statement(int rows) const;
    void executeIfFull();
    void execute(BulkInserter &insert, int rows);

    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    int m_rowsPerStatement;
    QVector<QVariant> m_values;
    std::unique_ptr<BulkInserter> m_full;
    std::unique_ptr<BulkInserter> m_one;  // one row, for a flush of a few
};

} // namespace karvan
