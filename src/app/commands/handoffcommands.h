#pragma once

#include <QString>
#include <QUndoCommand>

namespace karvan {

class Session;

// Ticking, unticking or annotating one checklist item of a hand-off, undoable (undo puts the
// item back as it was, itself a recorded step). The first run happens before the push
// (runFirst), so a step the core refuses never reaches the stack.
class HandoffItemCommand : public QUndoCommand
{
public:
    HandoffItemCommand(Session &session, qint64 handoffId, int n, bool wasDone, QString oldNote,
                       bool done, QString note);

    void runFirst();  // throws what the core throws
    void redo() override;
    void undo() override;

private:
    void apply(bool done, const QString &note);

    Session &m_session;
    qint64 m_handoffId;
    int m_n;
    bool m_wasDone;
    QString m_oldNote;
    bool m_done;
    QString m_note;
    bool m_skipNextRedo = false;
};

} // namespace karvan
