#include "ownership/ownershiptimeline.h"

namespace karvan {

OwnershipTimeline::OwnershipTimeline(std::vector<Row> history, std::vector<Row> current,
                                     QHash<QString, QString> templateOwnerTeam)
    : m_history(std::move(history)), m_current(std::move(current)),
      m_templateOwnerTeam(std::move(templateOwnerTeam))
{
    for (const Row &row : m_history)
        m_historyByStage[qMakePair(row.accountId, row.stage)].push_back(&row);
    for (const Row &row : m_current)
        m_currentByStage.insert(qMakePair(row.accountId, row.stage), &row);
}

OwnershipTimeline::Owner OwnershipTimeline::ownerOn(qint64 accountId, const QString &stage,
                                                    QStringView day) const
{
    const auto key = qMakePair(accountId, stage);
    const Row *row = rowInEffect(m_historyByStage.value(key), day,
                                 [](const Row &r) -> const QString & { return r.validFrom; });
    if (!row)
        row = m_currentByStage.value(key, nullptr);
    Owner owner;
    if (row)
        owner = {row->email, row->team};
    if (owner.team.isEmpty())
        owner.team = m_templateOwnerTeam.value(stage);
    return owner;
}

} // namespace karvan
