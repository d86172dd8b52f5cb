#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace karvan {

// The read path of the large reads (the dashboard's metrics, KPIs and matrix over every
// account): one SELECT prepared through SQLite's own interface and stepped row by row, each
// value read natively: no QSqlQuery, no QVariant per value, nothing buffered. The reading
// counterpart of BulkInserter, SQLite-specific like it. Throws DatabaseError (with the texts
// of sql::describe) when preparing or a step fails.
//
//   BulkReader q(db, "SELECT account_id, mrr FROM revenue WHERE month = ?");
//   q.bindText(0, month);
//   while (q.next()) use(q.integer(0), q.integer(1));
class BulkReader
{
public:
    BulkReader(const QSqlDatabase &db, const QString &statement);
    ~BulkReader();
    BulkReader(const BulkReader &) = delete;
    BulkReader &operator=(const BulkReader &) = delete;

    // Values are bound by 0-based index of the `?` placeholders; binding again after rows
    // were read starts the statement over.
    void bindInt(int index, qint64 value);
    void bindText(int index, QStringView text);

    // Steps to the next row; false after the last one (the statement can then be bound and
    // read again).
    bool next();

    // The current row's values by 0-based column. A NULL reads as 0 and as an empty string.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The same text as one shared copy per distinct value of this column (stage keys, emails,
    // months): no allocation per row for values that repeat.
    QString sharedText(int column);

private:
    void restart();
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_stepped = false;
    std::vector<QByteArray> m_bound;             // UTF-8 of each bound text
    std::vector<QHash<QByteArray, QString>> m_shared; // per column
};

} // namespace karvan
