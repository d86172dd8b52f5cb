#pragma once

#include "accounts/accountwriter.h"
#include "domain/accountdetail.h"

#include <vector>

namespace karvan {

// Who owns each stage of an account: one stage at a time (each write appends an
// ownership_history row), or every stage of one owner handed to another at once.
class StageOwnerEditor : public AccountWriter
{
public:
    StageOwnerEditor(QSqlDatabase db, QString actor);

    OwnerState ownerState(qint64 accountId, Stage stage) const;
    // Writes the state (exists = false removes the account's own row: back to the template).
    // Returns the previous state.
    // `restoring`: an undo putting back an earlier state, which may name a person who has left
    // since (the active check is skipped).
    OwnerState setOwnerState(qint64 accountId, Stage stage, const OwnerState &state,
                             bool restoring = false);

    // Bulk reassignment: every stage `from` owns on an active account, at its current stage
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
};

} // namespace karvan
