#pragma once

#include "ownership/templatestore.h"
#include "people/peoplestore.h"
#include "health/scorecard.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

#include <QWidget>

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

class AddPersonCommand : public StoreCommand
{
public:
    AddPersonCommand(Session &session, const Person &person);
    qint64 personId() const { return m_person.id; }

protected:
    void apply(bool forward) override;

private:
    Person m_person;
};

class EditPersonCommand : public StoreCommand
{
public:
    EditPersonCommand(Session &session, const Person &before, const Person &after);
    static QString describe(const Person &before, const Person &after, const QString &teamName);

protected:
    void apply(bool forward) override;

private:
    Person m_before, m_after;
};

class AddTeamCommand : public StoreCommand
{
public:
    AddTeamCommand(Session &session, const Team &team);

protected:
    void apply(bool forward) override;

private:
    Team m_team;
};

class EditTeamCommand : public StoreCommand
{
public:
    EditTeamCommand(Session &session, const Team &before, const Team &after);

protected:
    void apply(bool forward) override;

private:
    Team m_before, m_after;
};

class EditTemplateCommand : public StoreCommand
{
public:
    EditTemplateCommand(Session &session, const TemplateRow &before, const TemplateRow &after);

protected:
    void apply(bool forward) override;

private:
    TemplateRow m_before, m_after;
};

// Adds (before empty), edits, or removes (after empty) a conflict-resolution rule.
class RuleCommand : public StoreCommand
{
public:
    RuleCommand(Session &session, std::optional<ConflictRule> before, std::optional<ConflictRule> after);

protected:
    void apply(bool forward) override;

private:
    std::optional<ConflictRule> m_before, m_after;
};

class ScorecardCommand : public StoreCommand
{
public:
    ScorecardCommand(Session &session, const Scorecard &before, const Scorecard &after);

protected:
    void apply(bool forward) override;

private:
    Scorecard m_before, m_after;
};

} // namespace karvan
