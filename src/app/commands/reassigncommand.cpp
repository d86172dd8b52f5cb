#include "commands/reassigncommand.h"

#include "shell/session.h"

namespace karvan {

ReassignCommand::ReassignCommand(Session &session, qint64 fromPersonId, qint64 toPersonId, const QString &text)
    : StoreCommand(session, text), m_from(fromPersonId), m_to(toPersonId)
{
}

void ReassignCommand::apply(bool forward)
{
    StageOwnerEditor store(session().connection(), session().actor());
    if (forward)
        m_changes = store.reassignOwner(m_from, m_to);
    else
        store.revertReassignment(m_changes);
}

} // namespace karvan
