#include "storage/transaction.h"

#include "storage/sql.h"
#include "storage/sqlengine.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

// Open transactions per connection: a Transaction made while another is open on the same
// connection is a savepoint inside it, so that a caller (demo) can make several writers
// (each with its own Transaction) one all-or-nothing unit.
QMutex s_mutex;
QHash<QString, int> s_depth;

int enter(const QString &connection)
{
    const QMutexLocker lock(&s_mutex);
    return s_depth[connection]++;
}

void leave(const QString &connection)
{
    const QMutexLocker lock(&s_mutex);
    if (--s_depth[connection] <= 0)
        s_depth.remove(connection);
}

QString savepoint(int depth)
{
    return QStringLiteral("karvan_tx_%1").arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_depth = enter(m_db.connectionName());
    try {
        if (m_depth == 0)
            sqlengine::beginWrite(m_db);
        else
            sql::exec(m_db, QStringLiteral("SAVEPOINT %1").arg(savepoint(m_depth)));
    } catch (...) {
        leave(m_db.connectionName());
        throw;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    const QString statement = m_depth == 0
        ? QStringLiteral("ROLLBACK")
        : QStringLiteral("ROLLBACK TO %1").arg(savepoint(m_depth));
    if (!q.exec(statement))
        spdlog::error("rollback failed: {}", sql::describe(q.lastError()).toStdString());
    if (m_depth > 0 && !q.exec(QStringLiteral("RELEASE %1").arg(savepoint(m_depth))))
        spdlog::error("release failed: {}", sql::describe(q.lastError()).toStdString());
    leave(m_db.connectionName());
}

void Transaction::commit()
{
    sql::exec(m_db, m_depth == 0 ? QStringLiteral("COMMIT")
                                 : QStringLiteral("RELEASE %1").arg(savepoint(m_depth)));
    m_open = false;
    leave(m_db.connectionName());
}

} // namespace karvan
