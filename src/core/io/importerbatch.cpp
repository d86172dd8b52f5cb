#include "io/importerbatch.h"

#include <algorithm>

namespace karvan {

namespace {
// SQLite's default limit of bound values in one statement (SQLITE_MAX_VARIABLE_NUMBER).
constexpr int kMaxParameters = 32766;
// Up to this many rows, flush() writes them one by one through a statement kept prepared.
constexpr int kFewRows = 8;
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
    if (rows > kFewRows) {
        BulkInserter last(m_db, statement(rows));
        execute(last, rows);
        return;
    }
    // A few rows, as when a caller writes what waits before it reads (possibly once per row of
    // a file): one row at a time through one statement prepared once, instead of preparing a
    // statement for each count (measured: preparing one per flush made an ownership import of
    // 105,458 rows 60 % slower).
    if (!m_one)
        m_one = std::make_unique<BulkInserter>(m_db, statement(1));
    for (int r = 0; r < rows; ++r) {
        for (int i = 0; i < m_columns; ++i)
            m_one->bind(i, m_values.at(qsizetype(r) * m_columns + i));
        m_one->step();
    }
    m_values.clear();
}

} // namespace karvan
