#include "storage/transaction.h"

#include "storage/sql.h"
#include "storage/sqlengine.h"

#include <QSqlError>

#include <spdlog/spdlog.h>

namespace karvan {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    sqlengine::beginWrite(m_db);
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        spdlog::error("rollback failed: {}", sql::describe(q.lastError()).toStdString());
}

void Transaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace karvan
