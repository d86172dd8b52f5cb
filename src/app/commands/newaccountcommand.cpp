#include "commands/newaccountcommand.h"

#include "shell/session.h"

#include <QCoreApplication>

namespace karvan {

NewAccountCommand::NewAccountCommand(Session &session, AccountStore::NewAccount account)
    : m_session(session), m_account(std::move(account))
{
    setText(QCoreApplication::translate("karvan::NewAccountCommand", "New account %1").arg(m_account.name.trimmed()));
}

void NewAccountCommand::runFirst()
{
    m_id = AccountStore(m_session.connection(), m_session.actor()).createAccount(m_account);
    m_skipNextRedo = true;
    m_session.notifyDataChanged();
}

void NewAccountCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    m_id = AccountStore(m_session.connection(), m_session.actor()).createAccount(m_account);
    m_session.notifyDataChanged();
}

void NewAccountCommand::undo()
{
    AccountStore(m_session.connection(), m_session.actor()).removeCreatedAccount(m_id);
    m_session.notifyDataChanged();
}

} // namespace karvan
