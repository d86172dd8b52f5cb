#pragma once

#include "domain/band.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace karvan {

// What the book shows: filter-as-you-type text plus the quick filters. Stored as JSON in
// `saved_filters.spec`: {"text": "...", "band": "red", "status": "active",
// "renewal_within_days": 90, "not_contacted_days": 30}; absent keys mean "no filter".
struct AccountFilterSpec
{
    // Which accounts by status (accounts.status): every one, the active ones, the churned ones.
    enum class Status { All, Active, Churned };

    QString text;
    std::optional<Band> band;      // the band now; Band::Insufficient: accounts without a score
    Status status = Status::All;
    int renewalWithinDays = 0;     // 0: off
    int notContactedDays = 0;      // 0: off

    bool isEmpty() const;
    QJsonObject toJson() const;
    static AccountFilterSpec fromJson(const QJsonObject &json);
    bool operator==(const AccountFilterSpec &) const = default;
};

} // namespace karvan
