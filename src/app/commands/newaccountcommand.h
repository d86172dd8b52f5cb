#pragma once

#include "accounts/accountcreator.h"
#include "commands/storecommand.h"

namespace karvan {

// Entering a new account (Sales enters a signed deal), undoable: undo removes the account,
// redo enters it again (pushEdit: an account the core refuses never reaches the stack).
class NewAccountCommand : public StoreCommand
{
public:
    NewAccountCommand(Session &session, AccountCreator::NewAccount account);

    qint64 accountId() const { return m_id; }

protected:
    void apply(bool forward) override;

private:
    AccountCreator::NewAccount m_account;
    qint64 m_id = 0;
};

} // namespace karvan
