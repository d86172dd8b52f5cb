#pragma once

#include "accounts/accountwriter.h"

#include <QList>
#include <QPair>

namespace karvan {

// A new account (Sales enters a signed deal): it starts in acquisition with that stage owned
// by `owner` (an ownership_history row from today); the MRR becomes the revenue of the contract
// start's month (else this month). DataError on bad input, nothing written.
class AccountCreator : public AccountWriter
{
public:
    AccountCreator(QSqlDatabase db, QString actor);

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
};

} // namespace karvan
