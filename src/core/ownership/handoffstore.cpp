#include "ownership/handoffstore.h"

#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace karvan {

HandoffStore::HandoffStore(QSqlDatabase db) : m_db(std::move(db)) {}

std::vector<HandoffSummary> HandoffStore::summaries() const
{
    std::vector<HandoffSummary> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT h.account_id, a.ext_id, a.name, f.name, t.name, h.status, h.created_at,"
        " (SELECT count(*) FROM handoff_items i WHERE i.handoff_id = h.id AND i.done = 1),"
        " (SELECT count(*) FROM handoff_items i WHERE i.handoff_id = h.id)"
        " FROM handoffs h JOIN accounts a ON a.id = h.account_id"
        " LEFT JOIN people f ON f.id = h.from_person_id LEFT JOIN people t ON t.id = h.to_person_id"
        " ORDER BY h.created_at DESC"));
    while (sql::next(q)) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(), q.value(7).toInt(), q.value(8).toInt()});
    }
    return out;
}

} // namespace karvan
