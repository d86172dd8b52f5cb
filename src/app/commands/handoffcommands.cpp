#include "commands/handoffcommands.h"

#include "domain/errors.h"
#include "handoffs/handoffservice.h"
#include "shell/session.h"

#include <QCoreApplication>

namespace karvan {

HandoffItemCommand::HandoffItemCommand(Session &session, qint64 handoffId, int n, bool wasDone,
                                       QString oldNote, bool done, QString note)
    : m_session(session), m_handoffId(handoffId), m_n(n), m_wasDone(wasDone), m_oldNote(std::move(oldNote)),
      m_done(done), m_note(std::move(note))
{
    const char *what = done == wasDone ? "Note on item %1 of hand-off %2"
                       : done          ? "Tick item %1 of hand-off %2"
                                       : "Untick item %1 of hand-off %2";
    setText(QCoreApplication::translate("karvan::HandoffItemCommand", what).arg(n).arg(handoffId));
}

void HandoffItemCommand::apply(bool done, const QString &note)
{
    HandoffService(m_session.connection(), m_session.me()).setItem(m_handoffId, m_n, done, note);
    m_session.notifyDataChanged();
}

void HandoffItemCommand::runFirst()
{
    apply(m_done, m_note);
    m_skipNextRedo = true;
}

void HandoffItemCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    try {
        apply(m_done, m_note);
    } catch (const DataError &) {
        setObsolete(true);  // the hand-off moved on (submitted, decided): nothing to redo
    }
}

void HandoffItemCommand::undo()
{
    try {
        apply(m_wasDone, m_oldNote);
    } catch (const DataError &) {
        setObsolete(true);
    }
}

} // namespace karvan
