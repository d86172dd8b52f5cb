#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QStringView>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace karvan {

// The write path of large imports: one statement (an INSERT, upsert, UPDATE or DELETE with `?`
// placeholders)
// prepared once through SQLite's own interface and run again and again with its values bound
// natively: no QSqlQuery, no QVariant per value unless the caller has one, nothing buffered.
// SQLite-specific, like everything in sqlengine: this file is the one place that talks to the
// engine's C API. Runs inside the caller's transaction; throws DatabaseError (with the same
// texts as sql::describe) when a step fails.
//
//   BulkInserter insert(db, "INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)");
//   insert.bindInt(0, id); insert.bindText(1, month); insert.bindInt(2, mrr); insert.step();
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &db, const QString &statement);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // Values are bound by 0-based index of the `?` placeholders.
    void bindInt(int index, qint64 value);
    void bindText(int index, QStringView text);  // stored as UTF-8, as Qt Sql stores it
    void bindNull(int index);
    // A null QVariant binds NULL, integers and booleans bind as integers, floating point as
    // REAL, anything else as its text (as Qt Sql binds it).
    void bind(int index, const QVariant &value);

    // Runs the statement with the values bound (each stays bound until bound again).
    void step();
    // Runs an INSERT of one row into a table keyed by an integer id (no RETURNING) and returns
    // the id it was given. Cheaper than INSERT ... RETURNING id, for which SQLite opens a
    // temporary table on every run.
    qint64 stepForNewId();

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QStringEncoder m_encoder;
    std::vector<QByteArray> m_text;  // UTF-8 of each bound text, alive until the step
};

} // namespace karvan
