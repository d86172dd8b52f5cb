#include "io/importerbatch.h"

#include <algorithm>

namespace karvan {

namespace {
// SQLite's default limit of bound values in one statement (SQLITE_MAX_VARIABLE_NUMBER).
constexpr int kMaxParameters = 32766;
} // namespace

ImporterBatch::ImporterBatch(const QSqlDatabase &db, const QString &head, int columns,
                             const QString &tail, int rowsPerStatement)
    : m_db(db), m_head(head), m_tail(tail), m_columns(columns),
      m_rowsPerStatement(std::clamp(rowsPerStatement, 1, kMaxParameters / std::max(columns, 1)))
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

void ImporterBatch::execute(BulkInserter &insert, int rows)
{
    for (int i = 0; i < rows * m_columns; ++i)
        insert.bind(i, m_values.at(i));
    insert.step();
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
        m_full = std::make_unique<BulkInserter>(m_db, statement(m_rowsPerStatement));
    execute(*m_full, m_rowsPerStatement);
}

void ImporterBatch::flush()
{
    if (m_values.isEmpty())
        return;
    const int rows = int(m_values.size() / m_columns);
    BulkInserter last(m_db, statement(rows));
    execute(last, rows);
}

} // namespace karvan
