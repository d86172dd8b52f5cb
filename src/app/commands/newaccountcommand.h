#pragma once

#include "accounts/accountstore.h"

#include <QUndoCommand>

namespace karvan {

class Session;

// Entering a new account (Sales enters a signed deal), undoable: undo removes the account,
// redo enters it again. The first run happens before the push (runFirst), so an account the
// core refuses never reaches the stack.
class NewAccountCommand : public QUndoCommand
{
public:
    NewAccountCommand(Session &session, AccountStore::NewAccount account);

    void runFirst();  // throws what the store throws
    void redo() override;
    void undo() override;
    qint64 accountId() const { return m_id; }

private:
    Session &m_session;
    AccountStore::NewAccount m_account;
    qint64 m_id = 0;
    bool m_skipNextRedo = false;
};

} // namespace karvan
