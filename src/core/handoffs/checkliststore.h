#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan {

// One item of the hand-off checklist template.
struct ChecklistItem
{
    QString text;
    QString help;
    bool required = true;

    bool operator==(const ChecklistItem &) const = default;
};

// The organisation's hand-off checklist: ordered items, each required or optional, with a help
// text. A hand-off copies it when it starts, so an edit changes only later hand-offs.
class ChecklistStore
{
public:
    ChecklistStore(QSqlDatabase db, QString actor);

    std::vector<ChecklistItem> items() const;
    // Replaces the whole list in one transaction (audited); DataError when an item has no
    // text or the list is empty. Returns the previous list (for undo).
    std::vector<ChecklistItem> setItems(const std::vector<ChecklistItem> &items);

private:
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace karvan
