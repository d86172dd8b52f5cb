#pragma once

#include <QSqlDatabase>

namespace karvan {

// RAII write transaction: begins on construction (taking the write lock, waiting up to the
// busy timeout), rolls back on destruction unless commit() was called. Throws DatabaseError.
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
};

} // namespace karvan
