#pragma once

#include "accounts/stageownereditor.h"
#include "commands/storecommand.h"

namespace karvan {

// Handing every stage a person owns (current and later stages of active accounts) to someone
// else, as one undoable command (pushEdit: a refused reassignment never reaches the stack).
class ReassignCommand : public StoreCommand
{
public:
    ReassignCommand(Session &session, qint64 fromPersonId, qint64 toPersonId, const QString &text);

    int changed() const { return int(m_changes.size()); }

protected:
    void apply(bool forward) override;

private:
    qint64 m_from;
    qint64 m_to;
    std::vector<StageOwnerEditor::OwnerReassignment> m_changes;
};

} // namespace karvan
