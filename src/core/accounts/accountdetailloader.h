#pragma once

#include "domain/accountdetail.h"

#include <QSqlDatabase>

namespace karvan {

// One account's workspace: profile, custom fields, goals, contacts, each stage's owners (from
// the one resolver), stage and ownership history, activity, and the health now. Reads only.
class AccountDetailLoader
{
public:
    explicit AccountDetailLoader(QSqlDatabase db);

    // Throws DataError when the account does not exist.
    AccountDetail load(qint64 accountId) const;

private:
    QSqlDatabase m_db;
};

} // namespace karvan
