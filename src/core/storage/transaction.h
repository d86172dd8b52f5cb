#pragma once

#include <QSqlDatabase>
#include <QString>

namespace karvan {

// RAII write transaction: begins on construction (taking the write lock, waiting up to the
// busy timeout), rolls back on destruction unless commit() was called. Throws DatabaseError.
// Nests: a Transaction opened while another is open on the same connection is a savepoint
// inside it, so a workflow step can compose the stores' own edits into one atomic change.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint;  // empty for the outermost transaction
    bool m_open = false;
};

} // namespace karvan
