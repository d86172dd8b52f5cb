#pragma once

#include "health/healthcalculator.h"
#include "health/scorecard.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace karvan {

// Reads the health inputs of every account (or one) as of a date with a handful of set-based
// queries: one per input kind, grouped by account, never one query per account.
class HealthLoader
{
public:
    explicit HealthLoader(const QSqlDatabase &db);

    // An inclusive range of account row ids.
    struct IdRange
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    // Every account, ordered by its id (ext_id). `onlyAccount`: just that account (its row id);
    // `range`: the accounts whose row id is in it (a large book read in parts).
    std::vector<HealthInputs> load(const QDate &asOf, const Scorecard &scorecard,
                                   std::optional<qint64> onlyAccount = std::nullopt,
                                   std::optional<IdRange> range = std::nullopt) const;

private:
    QSqlDatabase m_db;
};

} // namespace karvan
