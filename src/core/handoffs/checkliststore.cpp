#include "handoffs/checkliststore.h"

#include "domain/errors.h"
#include "storage/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace karvan {

namespace {

QString describe(const std::vector<ChecklistItem> &items)
{
    QStringList lines;
    for (const ChecklistItem &item : items)
        lines << (item.required ? QStringLiteral("* ") : QStringLiteral("- ")) + item.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ChecklistStore::ChecklistStore(QSqlDatabase db, QString actor)
    : m_db(std::move(db)), m_actor(std::move(actor)) {}

std::vector<ChecklistItem> ChecklistStore::items() const
{
    std::vector<ChecklistItem> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT text, help, required FROM checklist_template ORDER BY position, id"));
    while (sql::next(q))
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

std::vector<ChecklistItem> ChecklistStore::setItems(const std::vector<ChecklistItem> &items)
{
    if (items.empty())
        throw DataError(QCoreApplication::translate("karvan::ChecklistStore",
                                                    "The checklist needs at least one item."));
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].text.trimmed().isEmpty())
            throw DataError(QCoreApplication::translate("karvan::ChecklistStore",
                                                        "Checklist item %1 has no text.").arg(i + 1));
    }
    Transaction tx(m_db);
    const std::vector<ChecklistItem> old = this->items();
    sql::exec(m_db, QStringLiteral("DELETE FROM checklist_template"));
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO checklist_template (position, text, required, help) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const ChecklistItem &item : items) {
        q.addBindValue(position++);
        q.addBindValue(item.text.trimmed());
        q.addBindValue(item.required ? 1 : 0);
        q.addBindValue(item.help.trimmed());
        sql::exec(q);
    }
    audit::record(m_db, m_actor, QStringLiteral("checklist"), QStringLiteral("handoff"),
                  QStringLiteral("items"), describe(old), describe(items));
    tx.commit();
    return old;
}

} // namespace karvan
