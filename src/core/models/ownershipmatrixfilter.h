#pragma once

#include "domain/band.h"
#include "domain/stage.h"

#include <QString>

#include <optional>

namespace karvan {

struct AccountOwners;

// Which accounts the ownership matrix shows (docs/dashboard.md, "Filtering the matrix"). Every
// part left unset means "all"; the parts that are set must all hold:
// - stage: the account is at that stage now;
// - team: at the chosen stage (or, with no stage chosen, at any of the six) that team owns the
//   account (the resolved owner team: a named person's team, the row's or the template's) or is
//   one of its supporting teams;
// - person: at the chosen stage (or at any stage) that person is the named owner;
// - segment, model: the account's segment (exactly) and business model key (b2b, b2c);
// - band: the account's band now (OwnershipMatrix::bands(): health_current, override included;
//   an account never scored counts as Band::Insufficient).
struct OwnershipMatrixFilter
{
    std::optional<Stage> stage;
    QString teamKey;
    std::optional<qint64> personId;
    QString segment;
    QString model;
    std::optional<Band> band;

    bool isEmpty() const;
    bool matches(const AccountOwners &account, Band band) const;
    bool operator==(const OwnershipMatrixFilter &) const = default;
};

} // namespace karvan
