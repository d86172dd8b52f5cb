#pragma once

#include "commands/storecommand.h"

#include "ownership/templatestore.h"
#include "people/peoplestore.h"
#include "health/scorecard.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

#include <QWidget>

namespace karvan {

class Session;


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
    qint64 m_version = 0;  // the row version of the copy the user edited
    bool m_ranOnce = false;
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
    qint64 m_version = 0;  // the row version of the copy the user edited
    bool m_ranOnce = false;
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
