#include "commands/mergecommand.h"

#include "shell/session.h"

#include <QCoreApplication>

namespace karvan {

MergeCommand::MergeCommand(Session &session, qint64 keepId, const QString &keepExtId, qint64 removeId,
                           const QString &removeExtId)
    : StoreCommand(session, QCoreApplication::translate("MergeCommand", "Merge %1 into %2").arg(removeExtId, keepExtId)), m_keepId(keepId),
      m_removeId(removeId)
{
}

void MergeCommand::apply(bool forward)
{
    AccountMerger merger(session().connection(), session().actor());
    if (forward)
        m_record = merger.merge(m_keepId, m_removeId);
    else
        merger.undo(m_record);
}

QString MergeCommand::summary() const
{
    if (m_record.keptId == 0)
        return {};
    QString text = QCoreApplication::translate("MergeCommand", "Merged %1 into %2: %3 records moved.")
                       .arg(m_record.removedExtId, m_record.keptExtId).arg(m_record.movedRows);
    if (!m_record.summedMonths.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("MergeCommand", "Revenue summed for the months both had: %1.").arg(m_record.summedMonths.join(QStringLiteral(", ")));
    if (!m_record.keptFieldNames.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("MergeCommand", "Kept %1's values of %2; the others are in a note.")
                                       .arg(m_record.keptExtId, m_record.keptFieldNames.join(QStringLiteral(", ")));
    return text;
}

} // namespace karvan
