#pragma once

#include "accounts/accountmerger.h"
#include "commands/peoplecommands.h"

namespace karvan {

// "Merge ACC-0002 into ACC-0001": one undoable edit. Redo merges (and remembers what moved);
// undo restores the removed account with the same id and moves everything back.
class MergeCommand : public StoreCommand
{
public:
    MergeCommand(Session &session, qint64 keepId, const QString &keepExtId, qint64 removeId,
                 const QString &removeExtId);

    // What the last merge did, in words for the status bar (empty before the first redo).
    QString summary() const;
    const MergeRecord &record() const { return m_record; }

protected:
    void apply(bool forward) override;

private:
    qint64 m_keepId;
    qint64 m_removeId;
    MergeRecord m_record;
};

} // namespace karvan
