#pragma once

#include <QSqlDatabase>

#include <memory>

namespace karvan {

// Reads under one snapshot: the statements run on `db` while this lives see the same
// committed data even when another program writes in between. Made while `db` is already
// inside a transaction (a write, or a SharedReadSnapshot), it joins that one. Ends without
// writing anything.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// One snapshot shared by threads that split one piece of work, each thread on a connection
// of its own (Qt Sql connections stay in the thread that made them): every reader's read
// transaction starts while no other connection commits, so all of them read one consistent
// state. One thread leads: it also holds a `control` connection, outside any transaction,
// that checks before and after; when a commit slips in between, every reader starts over.
// Each of the `threads` threads calls lead() or follow() once; they return together, each
// reader inside its read transaction (end it with QSqlDatabase::rollback()), or all throw
// DatabaseError (a reader failed, or the database kept changing: ten tries).
class SharedReadSnapshot
{
public:
    explicit SharedReadSnapshot(int threads);
    ~SharedReadSnapshot();
    SharedReadSnapshot(const SharedReadSnapshot &) = delete;
    SharedReadSnapshot &operator=(const SharedReadSnapshot &) = delete;

    void lead(const QSqlDatabase &control, QSqlDatabase &reader);
    void follow(QSqlDatabase &reader);
    // For a thread that ends before its turn (it failed on its own): the others throw.
    void abandon();

private:
    struct State;
    void run(const QSqlDatabase *control, QSqlDatabase &reader);

    std::unique_ptr<State> m_state;
};

} // namespace karvan
