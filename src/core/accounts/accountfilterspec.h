#pragma once

#include "domain/accountdetail.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace karvan {

// What the book shows: filter-as-you-type text plus the quick filters. Stored as JSON in
// `saved_filters.spec`: {"text": "...", "band": "red", "renewal_within_days": 90,
// "not_contacted_days": 30}; absent keys mean "no filter".
struct AccountFilterSpec
{
    QString text;
    std::optional<Band> band;      // Band::NoData selects accounts without a score
    int renewalWithinDays = 0;     // 0: off
    int notContactedDays = 0;      // 0: off

    bool isEmpty() const;
    QJsonObject toJson() const;
    static AccountFilterSpec fromJson(const QJsonObject &json);
    bool operator==(const AccountFilterSpec &) const = default;
};

} // namespace karvan
