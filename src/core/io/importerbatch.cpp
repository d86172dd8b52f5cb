#include "io/importerbatch.h"

#include "storage/sql.h"

namespace karvan {

ImporterBatch::ImporterBatch(QSqlDatabase db, QString head, int columns, QString tail,
                             int rowsPerStatement)
    : m_db(std::move(db)), m_head(std::move(head)), m_tail(std::move(tail)), m_columns(columns),
      m_rowsPerStatement(rowsPerStatement)
{
    m_values.reserve(columns * rowsPerStatement);
}

QString ImporterBatch::statement(int rows) const
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < m_columns; ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all.append(row);
    return m_head + QStringLiteral(" VALUES ") + all.join(QStringLiteral(", ")) + m_tail;
}

void ImporterBatch::execute(QSqlQuery &query, int rows)
{
    for (int i = 0; i < rows * m_columns; ++i)
        query.bindValue(i, m_values.at(i));
    sql::exec(query);
    m_values.clear();
}

void ImporterBatch::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns);
    for (const QVariant &v : values)
        m_values.append(v);
    executeIfFull();
}

void ImporterBatch::add(const QVector<QVariant> &values)
{
    Q_ASSERT(int(values.size()) == m_columns);
    m_values.append(values);
    executeIfFull();
}

void ImporterBatch::executeIfFull()
{
    if (m_values.size() < qsizetype(m_columns) * m_rowsPerStatement)
        return;
    if (!m_full)
        m_full = sql::prepare(m_db, statement(m_rowsPerStatement));
    execute(*m_full, m_rowsPerStatement);
}

void ImporterBatch::flush()
{
    if (m_values.isEmpty())
        return;
    const int rows = int(m_values.size() / m_columns);
    QSqlQuery query = sql::prepare(m_db, statement(rows));
    execute(query, rows);
}

} // namespace karvan
