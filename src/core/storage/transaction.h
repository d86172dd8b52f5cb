#pragma once

#include <QSqlDatabase>

namespace karvan {

// RAII write transaction: begins on construction (taking the write lock, waiting up to the
// busy timeout), rolls back on destruction unless commit() was called. Throws DatabaseError.
// Made while another Transaction is open on the same connection, it is a savepoint inside
// that one: its commit keeps its changes for the outer one to commit or roll back.
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
    bool m_open = false;
    int m_depth = 0;
};

} // namespace karvan
