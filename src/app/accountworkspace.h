#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AccountWorkspace;
}

namespace karvan {

class Session;
class AccountStore;
struct AccountDetail;

// Everything about one account: a header (name, id, stage, owner, band, MRR, renewal) over
// tabs for the profile and custom fields, goals and outcomes, contacts, the journey strip
// with stage and ownership history, the communication log, tickets, surveys, revenue and
// health. Every edit goes through the session's undo stack.
class AccountWorkspace : public QWidget
{
    Q_OBJECT

public:
    AccountWorkspace(Session &session, QWidget *parent = nullptr);
    ~AccountWorkspace() override;

    void showAccount(qint64 accountId);
    qint64 accountId() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void refresh();
    void fillHeader(const AccountDetail &detail);

    Session &m_session;
    std::unique_ptr<Ui::AccountWorkspace> m_ui;
    qint64 m_accountId = 0;
};

} // namespace karvan
