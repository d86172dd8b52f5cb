#include "storage/transaction.h"

#include "storage/sql.h"
#include "storage/sqlengine.h"

#include <QHash>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

// Open transactions per connection name. A connection is used by one thread at a time.
thread_local QHash<QString, int> tDepth;

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = tDepth[m_db.connectionName()];
    if (depth == 0) {
        sqlengine::beginWrite(m_db);
    } else {
        m_savepoint = QStringLiteral("karvan_sp%1").arg(depth);
        sql::exec(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++depth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --tDepth[m_db.connectionName()];
    QSqlQuery q(m_db);
    const QString statement = m_savepoint.isEmpty()
        ? QStringLiteral("ROLLBACK")
        : QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint);
    for (const QString &s : statement.split(QStringLiteral("; "))) {
        if (!q.exec(s))
            spdlog::error("rollback failed: {}", sql::describe(q.lastError()).toStdString());
    }
}

void Transaction::commit()
{
    sql::exec(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                          : QStringLiteral("RELEASE ") + m_savepoint);
    --tDepth[m_db.connectionName()];
    m_open = false;
}

} // namespace karvan
