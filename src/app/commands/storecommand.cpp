#include "commands/storecommand.h"

#include "commands/staleedit.h"
#include "domain/errors.h"
#include "shell/session.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

StoreCommand::ErrorHandler &handler()
{
    static StoreCommand::ErrorHandler h = [](QWidget *parent, const QString &message) {
        QMessageBox::warning(parent, QCoreApplication::translate("StoreCommand", "Edit refused"), message);
    };
    return h;
}

} // namespace

StoreCommand::StoreCommand(Session &session, const QString &text) : m_session(session)
{
    setText(text);
}

void StoreCommand::setErrorHandler(ErrorHandler h)
{
    handler() = std::move(h);
}

void StoreCommand::reportError(QWidget *parent, const QString &message)
{
    if (handler())
        handler()(parent, message);
}

void StoreCommand::redo()
{
    run(true);
}

void StoreCommand::undo()
{
    run(false);
}

void StoreCommand::run(bool forward)
{
    m_error.clear();
    m_outcome->clear();
    try {
        apply(forward);
        m_session.notifyDataChanged();
        return;
    } catch (const StaleEditError &e) {
        // Changed elsewhere since it was read: say who and when, offer to reload.
        m_error = staleEditMessage(e);
        *m_outcome = m_error;
        setObsolete(true);
        spdlog::warn("an edit met a newer version of its record");
        askToReload(m_parent, e, [this] { m_session.notifyDataChanged(); });
        return;
    } catch (const DataError &e) {
        m_error = e.messages().join(QLatin1Char('\n'));
    } catch (const DatabaseError &e) {
        m_error = e.message();
    }
    // The edit's text and the problem may name people and accounts: only at debug level.
    spdlog::warn("an edit was refused");
    spdlog::debug("edit '{}' refused: {}", text().toStdString(), m_error.toStdString());
    *m_outcome = m_error;
    setObsolete(true);
    reportError(m_parent, m_error);
}

bool pushEdit(Session &session, StoreCommand *command, QWidget *parent)
{
    const std::shared_ptr<QString> outcome = command->m_outcome;
    command->m_parent = parent;
    // The stack runs redo() and deletes the command if it turned obsolete (refused).
    session.undoStack()->push(command);
    return outcome->isEmpty();
}

} // namespace karvan
