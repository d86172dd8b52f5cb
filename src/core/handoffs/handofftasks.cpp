// HandoffService::addTasks: the two tasks an accepted hand-off gives the CSM.
#include "handoffs/handoffservice.h"

#include "tasks/taskstore.h"

#include <QDate>

namespace karvan {

void HandoffService::addTasks(const Handoff &h)
{
    TaskStore tasks(m_db, m_actor);
    const QDate today = QDate::currentDate();
    const std::pair<QString, int> both[] = {{kickoffTitle(), 7}, {checkinTitle(), 30}};
    for (const auto &[title, days] : both) {
        TaskDraft draft;
        draft.accountId = h.accountId;
        draft.title = title;
        draft.owner = h.csm;
        draft.due = today.addDays(days);
        draft.notes = QStringLiteral("Hand-off %1").arg(h.id);
        tasks.add(draft);
    }
}

} // namespace karvan
