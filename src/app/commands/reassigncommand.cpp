#include "commands/reassigncommand.h"

#include "shell/session.h"

namespace karvan {

ReassignCommand::ReassignCommand(Session &session, qint64 fromPersonId, qint64 toPersonId, const QString &text)
    : m_session(session), m_from(fromPersonId), m_to(toPersonId)
{
    setText(text);
}

void ReassignCommand::runFirst()
{
    m_changes = AccountStore(m_session.connection(), m_session.actor()).reassignOwner(m_from, m_to);
    m_skipNextRedo = true;
    m_session.notifyDataChanged();
}

void ReassignCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    m_changes = AccountStore(m_session.connection(), m_session.actor()).reassignOwner(m_from, m_to);
    m_session.notifyDataChanged();
}

void ReassignCommand::undo()
{
    AccountStore(m_session.connection(), m_session.actor()).revertReassignment(m_changes);
    m_session.notifyDataChanged();
}

} // namespace karvan
