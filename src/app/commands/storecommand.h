#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>
#include <QWidget>

#include <functional>
#include <memory>

namespace karvan {

class Session;

// The base of every undoable edit that goes through a core store. redo()/undo() call apply()
// and then tell the views (session.dataChanged). When the core refuses (DataError,
// DatabaseError) nothing changed: the command turns obsolete (so the stack drops it) and the
// core's message is shown. pushEdit() pushes and tells whether the edit was taken.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Session &session, const QString &text);
    void redo() final;
    void undo() final;

    QString error() const { return m_error; }

    // Shows a refused edit's message; a QMessageBox by default, replaced by tests.
    using ErrorHandler = std::function<void(QWidget *parent, const QString &message)>;
    static void setErrorHandler(ErrorHandler handler);
    static void reportError(QWidget *parent, const QString &message);

protected:
    virtual void apply(bool forward) = 0;
    Session &session() { return m_session; }

private:
    void run(bool forward);
    friend bool pushEdit(Session &session, StoreCommand *command, QWidget *parent);

    Session &m_session;
    QString m_error;
    std::shared_ptr<QString> m_outcome = std::make_shared<QString>();
    QPointer<QWidget> m_parent;
};

// Pushes the command on the session's stack; shows the core's message and returns false when
// the edit was refused (the command is then not on the stack).
bool pushEdit(Session &session, StoreCommand *command, QWidget *parent);

} // namespace karvan
