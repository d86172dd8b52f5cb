#pragma once

#include "domain/accountdetail.h"
#include "domain/accountrow.h"

#include <QSqlDatabase>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace karvan {

// Loads the book of accounts and one account's workspace, and performs every edit of an
// account. Each edit runs in its own Transaction and appends to the audit log as `actor`;
// bad input throws DataError (nothing written). Edits return what the undo needs. Every edit
// of an account also brings its stored health now up to date, in the same transaction.
class AccountStore
{
public:
    AccountStore(QSqlDatabase db, QString actor);

    // --- loading
    // Every account as a list row, in a handful of set-based queries. The health is the
    // stored health now (HealthService::readCurrent), kept up to date by the core.
    std::vector<AccountRow> loadBook() const;
    // One row (after an edit), or nullopt when the account is gone.
    std::optional<AccountRow> loadRow(qint64 accountId) const;
    // Throws DataError when the account does not exist.
    AccountDetail load(qint64 accountId) const;
    // The month of the latest revenue row in the database ("YYYY-MM"), or empty.
    QString latestRevenueMonth() const;
    // Whether every account has a health snapshot for `month` ("YYYY-MM").
    bool hasSnapshotsFor(const QString &month) const;
    // How many accounts there are, and how many of them are active.
    struct Counts
    {
        int total = 0;
        int active = 0;
    };
    Counts counts() const;
    // The account with the most interactions (the lowest id on a tie), 0 without any.
    qint64 busiestAccount() const;
    // The day edits score the health now against (default: the clock's today).
    void setToday(const QDate &today) { m_today = today; }

    // --- a new account (Sales enters a signed deal): it starts in acquisition with that stage
    // owned by `owner` (an ownership_history row from today); the MRR becomes the revenue of
    // the contract start's month (else this month). DataError on bad input, nothing written.
    struct NewAccount
    {
        QString extId;
        QString name;
        QString industry;
        QString segment;
        QString model;                            // "b2b", "b2c" or empty
        QDate contractStart;                      // null: none
        QDate renewalDate;                        // null: none
        qint64 mrrMinor = 0;
        QList<QPair<qint64, QString>> custom;     // custom field id -> value (empty ones skipped)
        QString owner;                            // the owning person's email; empty: template
    };
    qint64 createAccount(const NewAccount &account);
    // The undo of createAccount: removes the account and everything recorded on it.
    void removeCreatedAccount(qint64 accountId);
    // A free id in the style of the existing ones ("ACC-0042" after "ACC-0041"), "ACC-0001"
    // on an empty book.
    QString suggestExtId() const;

    // --- profile: field is one of name industry segment model status contract_start
    // renewal_date; an empty value clears an optional field. Returns the old value.
    static QStringList profileFields();
    QVariant profileValue(qint64 accountId, const QString &field) const;
    QVariant setProfileValue(qint64 accountId, const QString &field, const QVariant &value);

    // --- custom fields
    qint64 addCustomField(const QString &name);  // DataError when the name exists
    void removeCustomField(qint64 fieldId);      // only when no account has a value
    // nullopt/empty clears the value. Returns the old value.
    std::optional<QString> setCustomValue(qint64 accountId, qint64 fieldId,
                                          const std::optional<QString> &value);

    // --- journey stage: closes the open stage_history row, opens a new one.
    struct StageChange
    {
        qint64 accountId = 0;
        Stage from = Stage::Acquisition;
        Stage to = Stage::Acquisition;
        qint64 closedHistoryId = 0;  // the row closed (0 if none was open)
        qint64 openedHistoryId = 0;  // the row opened
    };
    StageChange changeStage(qint64 accountId, Stage to);
    // Undo: deletes the opened row, reopens the closed one, restores accounts.stage.
    void revertStageChange(const StageChange &change);

    // --- ownership of one stage; each write appends an ownership_history row.
    OwnerState ownerState(qint64 accountId, Stage stage) const;
    // Writes the state (exists = false removes the account's own row: back to the template).
    // Returns the previous state.
    // `restoring`: an undo putting back an earlier state, which may name a person who has left
    // since (the active check is skipped).
    OwnerState setOwnerState(qint64 accountId, Stage stage, const OwnerState &state, bool restoring = false);

    // --- bulk reassignment: every stage `from` owns on an active account, at its current stage
    // or a later one, goes to `to` (and to's team), in one transaction. DataError when `to` is
    // not an active person or is `from`. Returns what changed, for the undo.
    struct OwnerReassignment
    {
        qint64 accountId = 0;
        Stage stage = Stage::Acquisition;
        OwnerState before;
    };
    std::vector<OwnerReassignment> reassignOwner(qint64 fromPersonId, qint64 toPersonId);
    // The undo of reassignOwner, in one transaction.
    void revertReassignment(const std::vector<OwnerReassignment> &changes);

    // --- communication log, tickets, goals, contacts, surveys
    qint64 addInteraction(qint64 accountId, const Interaction &interaction);
    void removeInteraction(qint64 interactionId);
    qint64 addTicket(qint64 accountId, const Ticket &ticket);  // extId generated when empty
    void removeTicket(qint64 ticketId);
    QDate setTicketClosed(qint64 ticketId, const QDate &closed);  // returns the old value
    bool setTicketEscalated(qint64 ticketId, bool escalated);     // returns the old value
    qint64 addGoal(qint64 accountId, const Goal &goal);
    void removeGoal(qint64 goalId);
    QString setGoalStatus(qint64 goalId, const QString &status);  // returns the old status
    qint64 addContact(qint64 accountId, const Contact &contact);
    void removeContact(qint64 contactId);

    // Look-ups for the edit dialogs.
    struct Choice
    {
        qint64 id = 0;
        QString key;   // email or team key
        QString name;
        bool active = true;
    };
    std::vector<Choice> people() const;
    std::vector<Choice> teams() const;
    QString extIdOf(qint64 accountId) const;
    // The defined custom fields (id, name), in their order, for the new-account form.
    std::vector<Choice> customFields() const;  // DataError when the account does not exist

private:
    void touch(qint64 accountId);
    qint64 accountOfRow(const QString &table, qint64 rowId) const;
    void audit(qint64 accountId, const QString &field, const QVariant &oldValue,
               const QVariant &newValue);

    QSqlDatabase m_db;
    QString m_actor;
    QDate m_today;
};

} // namespace karvan
