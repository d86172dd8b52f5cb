#include "commands/newaccountcommand.h"

#include "shell/session.h"

#include <QCoreApplication>

namespace karvan {

NewAccountCommand::NewAccountCommand(Session &session, AccountCreator::NewAccount account)
    : StoreCommand(session, QCoreApplication::translate("karvan::NewAccountCommand", "New account %1")
                                .arg(account.name.trimmed())),
      m_account(std::move(account))
{
}

void NewAccountCommand::apply(bool forward)
{
    AccountCreator store(session().connection(), session().actor());
    if (forward)
        m_id = store.createAccount(m_account);
    else
        store.removeCreatedAccount(m_id);
}

} // namespace karvan
