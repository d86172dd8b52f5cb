#include "models/ownershipmatrixfilter.h"

#include "ownership/ownershipresolver.h"

namespace karvan {

bool OwnershipMatrixFilter::isEmpty() const
{
    return *this == OwnershipMatrixFilter();
}

bool OwnershipMatrixFilter::matches(const AccountOwners &account, Band accountBand) const
{
    if (stage && account.currentStage != *stage)
        return false;
    if (band && accountBand != *band)
        return false;
    if (!segment.isEmpty() && account.segment != segment)
        return false;
    if (!model.isEmpty() && account.model != model)
        return false;
    if (teamKey.isEmpty() && !personId)
        return true;
    // The stages whose owner counts: the chosen one, else every stage.
    auto holds = [this](const ResolvedOwner &o) {
        if (personId && o.personId != personId)
            return false;
        return teamKey.isEmpty() || o.teamKey == teamKey || o.supporting.contains(teamKey);
    };
    if (stage)
        return holds(account.at(*stage));
    for (const ResolvedOwner &o : account.stages) {
        if (holds(o))
            return true;
    }
    return false;
}

} // namespace karvan
