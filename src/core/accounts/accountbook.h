#pragma once

#include "domain/accountrow.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace karvan {

// The book of accounts: every account as a list row, and the few book-wide facts the screens
// ask (latest revenue month, counts). Reads only.
class AccountBook
{
public:
    explicit AccountBook(QSqlDatabase db);

    // Every account as a list row, in a handful of set-based queries. The health is the
    // stored health now (HealthService::readCurrent), kept up to date by the core.
    std::vector<AccountRow> loadBook() const;
    // One row (after an edit), or nullopt when the account is gone.
    std::optional<AccountRow> loadRow(qint64 accountId) const;
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

private:
    QSqlDatabase m_db;
};

} // namespace karvan
