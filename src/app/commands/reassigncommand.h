#pragma once

#include "accounts/accountstore.h"

#include <QUndoCommand>

namespace karvan {

class Session;

// Handing every stage a person owns (current and later stages of active accounts) to someone
// else, as one undoable command. The first run happens before the push (runFirst), so a
// refused reassignment never reaches the stack.
class ReassignCommand : public QUndoCommand
{
public:
    ReassignCommand(Session &session, qint64 fromPersonId, qint64 toPersonId, const QString &text);

    void runFirst();  // throws what the store throws
    void redo() override;
    void undo() override;
    int changed() const { return int(m_changes.size()); }

private:
    Session &m_session;
    qint64 m_from;
    qint64 m_to;
    std::vector<AccountStore::OwnerReassignment> m_changes;
    bool m_skipNextRedo = false;
};

} // namespace karvan
