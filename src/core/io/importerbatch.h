#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

#include <initializer_list>
#include <optional>

namespace karvan {

// Inserts rows with multi-row VALUES statements of up to rowsPerStatement rows, each statement
// prepared once and reused with bound values:
//   head "INSERT INTO revenue (account_id, month, mrr)", tail " ON CONFLICT (...) DO UPDATE ..."
// Call flush() at the end for the last, partial statement.
class ImporterBatch
{
public:
    ImporterBatch(QSqlDatabase db, QString head, int columns, QString tail = QString(),
                  int rowsPerStatement = 100);

    void add(std::initializer_list<QVariant> values);
    void add(const QVector<QVariant> &values);
    void flush();

private:
    QString statement(int rows) const;
    void executeIfFull();
    void execute(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    int m_rowsPerStatement;
    QVector<QVariant> m_values;
    std::optional<QSqlQuery> m_full;
};

} // namespace karvan
