#pragma once

#include "domain/accountdetail.h"
#include "health/healthservice.h"

#include <QString>
#include <QUndoCommand>
#include <QVariant>

#include <functional>
#include <optional>

class QWidget;

namespace karvan {

class AccountEditor;
class ActivityRecords;
class Session;
class StageOwnerEditor;

// The core's writers an edit calls, each acting as the session's user.
struct AccountWriters
{
    AccountEditor &profile;
    StageOwnerEditor &owners;
    ActivityRecords &records;
};

// One undoable edit of an account. redo/undo call the core's account writers (each writes in a
// transaction and appends to the audit log), then tell the session the account changed.
// The edit runs once before it is pushed (see pushAccountEdit), so an edit the core refuses
// never reaches the stack.
class AccountEditCommand : public QUndoCommand
{
public:
    using Action = std::function<void(AccountWriters &)>;

    // An edit of the account as `account` shows it: refused (StaleEditError) when the account
    // changed elsewhere since that copy was read; undo and redo likewise expect the account as
    // this edit left it.
    AccountEditCommand(Session &session, const AccountDetail &account, const QString &text,
                       Action redo, Action undo);
    // An edit not tied to one copy of an account (a new custom field): no version check.
    AccountEditCommand(Session &session, qint64 accountId, const QString &text, Action redo,
                       Action undo);

    void redo() override;
    void undo() override;

    // Runs redo once outside the stack; throws what the store throws.
    void runFirst();
    qint64 accountId() const { return m_accountId; }

private:
    void run(const Action &action);

    Session &m_session;
    qint64 m_accountId;
    Action m_redo;
    Action m_undo;
    bool m_skipNextRedo = false;
    qint64 m_version = 0;  // the version of the copy the user edited; 0: no check
    bool m_ranOnce = false;
    QString m_accountName;
};

// Runs the edit; on success pushes it onto the session's undo stack and returns true; on a
// DataError shows the core's message in a message box over `parent`, deletes the command and
// returns false (nothing changed).
bool pushAccountEdit(Session &session, AccountEditCommand *command, QWidget *parent);

// The edits, each with a readable text ("Change industry of Acme Corp to Retail").
namespace accountedits {

AccountEditCommand *setProfileValue(Session &s, const AccountDetail &a, const QString &field,
                                    const QString &label, const QVariant &value);
AccountEditCommand *setCustomValue(Session &s, const AccountDetail &a, qint64 fieldId,
                                   const QString &fieldName, const QString &value);
AccountEditCommand *addCustomField(Session &s, qint64 accountId, const QString &name);
AccountEditCommand *changeStage(Session &s, const AccountDetail &a, Stage to);
AccountEditCommand *setOwner(Session &s, const AccountDetail &a, Stage stage,
                             const OwnerState &state, const QString &description);
// With a valid followUp, also a task "Follow up: ..." for the author due that day.
AccountEditCommand *addInteraction(Session &s, const AccountDetail &a, const Interaction &i,
                                   const QDate &followUp = QDate());
AccountEditCommand *addTicket(Session &s, const AccountDetail &a, const Ticket &t);
AccountEditCommand *closeTicket(Session &s, const AccountDetail &a, const Ticket &t,
                                const QDate &closed);
AccountEditCommand *escalateTicket(Session &s, const AccountDetail &a, const Ticket &t,
                                   bool escalated);
AccountEditCommand *addGoal(Session &s, const AccountDetail &a, const Goal &g);
AccountEditCommand *setGoalStatus(Session &s, const AccountDetail &a, const Goal &g,
                                  const QString &status);
AccountEditCommand *addContact(Session &s, const AccountDetail &a, const Contact &c);
AccountEditCommand *removeContact(Session &s, const AccountDetail &a, const Contact &c);
// A CSM's health band override (reason, end date) and its removal; the computed band is kept.
AccountEditCommand *overrideBand(Session &s, const AccountDetail &a, Band band,
                                 const QString &reason, const QDate &endsOn);
AccountEditCommand *removeBandOverride(Session &s, const AccountDetail &a, const HealthOverride &o);

} // namespace accountedits

} // namespace karvan
