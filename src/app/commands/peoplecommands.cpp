#include "commands/peoplecommands.h"

#include "domain/errors.h"
#include "shell/session.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace karvan {

// ---- people ----

AddPersonCommand::AddPersonCommand(Session &session, const Person &person)
    : StoreCommand(session, QCoreApplication::translate("StoreCommand", "Add %1").arg(person.name)), m_person(person)
{
}

void AddPersonCommand::apply(bool forward)
{
    PeopleStore store(session().connection(), session().actor());
    if (forward)
        m_person.id = store.addPerson(m_person); // the same id on a redo
    else
        store.removePerson(m_person.id);
}

EditPersonCommand::EditPersonCommand(Session &session, const Person &before, const Person &after)
    : StoreCommand(session, QString()), m_before(before), m_after(after), m_version(before.version)
{
    QString teamName;
    if (before.teamId != after.teamId) {
        if (const std::optional<Team> t = PeopleStore(session.connection(), QString()).team(after.teamId))
            teamName = t->name;
    }
    setText(describe(before, after, teamName));
}

QString EditPersonCommand::describe(const Person &before, const Person &after, const QString &teamName)
{
    int changes = 0;
    QString text;
    if (before.active != after.active) {
        ++changes;
        text = after.active ? QCoreApplication::translate("StoreCommand", "Reactivate %1").arg(before.name) : QCoreApplication::translate("StoreCommand", "Deactivate %1").arg(before.name);
    }
    if (before.name != after.name) {
        ++changes;
        text = QCoreApplication::translate("StoreCommand", "Rename %1 to %2").arg(before.name, after.name);
    }
    if (before.email != after.email) {
        ++changes;
        text = QCoreApplication::translate("StoreCommand", "Change email of %1 to %2").arg(after.name, after.email);
    }
    if (before.teamId != after.teamId) {
        ++changes;
        text = QCoreApplication::translate("StoreCommand", "Move %1 to %2").arg(after.name, teamName);
    }
    return changes == 1 ? text : QCoreApplication::translate("StoreCommand", "Edit %1").arg(after.name);
}

void EditPersonCommand::apply(bool forward)
{
    // The person as this edit expects it: the copy the user edited, later what this session
    // last wrote (its own undo and redo are not someone else's change).
    Person write = forward ? m_after : m_before;
    write.version = session().versionToExpect(rowversion::Table::People, write.id, m_version, m_ranOnce);
    const qint64 written = PeopleStore(session().connection(), session().actor()).updatePerson(write);
    m_ranOnce = true;
    session().noteVersion(rowversion::Table::People, write.id, written);
}

// ---- teams ----

AddTeamCommand::AddTeamCommand(Session &session, const Team &team)
    : StoreCommand(session, QCoreApplication::translate("StoreCommand", "Add team %1").arg(team.name)), m_team(team)
{
}

void AddTeamCommand::apply(bool forward)
{
    PeopleStore store(session().connection(), session().actor());
    if (forward)
        m_team.id = store.addTeam(m_team);
    else
        store.removeTeam(m_team.id);
}

EditTeamCommand::EditTeamCommand(Session &session, const Team &before, const Team &after)
    : StoreCommand(session, before.name != after.name ? QCoreApplication::translate("StoreCommand", "Rename team %1 to %2").arg(before.name, after.name)
                                                      : QCoreApplication::translate("StoreCommand", "Edit team %1").arg(after.name)),
      m_before(before), m_after(after), m_version(before.version)
{
}

void EditTeamCommand::apply(bool forward)
{
    Team write = forward ? m_after : m_before;
    write.version = session().versionToExpect(rowversion::Table::Teams, write.id, m_version, m_ranOnce);
    const qint64 written = PeopleStore(session().connection(), session().actor()).updateTeam(write);
    m_ranOnce = true;
    session().noteVersion(rowversion::Table::Teams, write.id, written);
}

// ---- template and rules ----

EditTemplateCommand::EditTemplateCommand(Session &session, const TemplateRow &before, const TemplateRow &after)
    : StoreCommand(session, QString()), m_before(before), m_after(after)
{
    const QString stage = stageLabel(after.stage).toLower();
    PeopleStore store(session.connection(), QString());
    auto teamName = [&](std::optional<qint64> id) {
        const std::optional<Team> t = id ? store.team(*id) : std::nullopt;
        return t ? t->name : QCoreApplication::translate("StoreCommand", "no team");
    };
    if (before.ownerTeamId != after.ownerTeamId && before.coOwnerTeamId == after.coOwnerTeamId)
        setText(QCoreApplication::translate("StoreCommand", "Change owner team of %1 to %2").arg(stage, teamName(after.ownerTeamId)));
    else if (before.coOwnerTeamId != after.coOwnerTeamId && before.ownerTeamId == after.ownerTeamId)
        setText(QCoreApplication::translate("StoreCommand", "Change co-owner team of %1 to %2").arg(stage, teamName(after.coOwnerTeamId)));
    else if (before.supportingTeamIds != after.supportingTeamIds)
        setText(QCoreApplication::translate("StoreCommand", "Change supporting teams of %1").arg(stage));
    else if (before.keyMetrics != after.keyMetrics)
        setText(QCoreApplication::translate("StoreCommand", "Change key metrics of %1").arg(stage));
    else
        setText(QCoreApplication::translate("StoreCommand", "Edit the template for %1").arg(stage));
}

void EditTemplateCommand::apply(bool forward)
{
    TemplateStore(session().connection(), session().actor()).setTemplateStage(forward ? m_after : m_before);
}

RuleCommand::RuleCommand(Session &session, std::optional<ConflictRule> before, std::optional<ConflictRule> after)
    : StoreCommand(session, QString()), m_before(std::move(before)), m_after(std::move(after))
{
    if (!m_before && m_after)
        setText(QCoreApplication::translate("StoreCommand", "Add rule \"%1\"").arg(m_after->situation));
    else if (m_before && !m_after)
        setText(QCoreApplication::translate("StoreCommand", "Remove rule \"%1\"").arg(m_before->situation));
    else if (m_after)
        setText(QCoreApplication::translate("StoreCommand", "Edit rule \"%1\"").arg(m_after->situation));
}

void RuleCommand::apply(bool forward)
{
    PeopleStore store(session().connection(), session().actor());
    const std::optional<ConflictRule> &from = forward ? m_before : m_after;
    std::optional<ConflictRule> &to = forward ? m_after : m_before;
    if (from && to)
        store.updateRule(*to);
    else if (to)
        to->id = store.addRule(*to); // a re-added rule keeps its id
    else if (from)
        store.removeRule(from->id);
}

ScorecardCommand::ScorecardCommand(Session &session, const Scorecard &before, const Scorecard &after)
    : StoreCommand(session, QCoreApplication::translate("StoreCommand", "Change the health scorecard")), m_before(before), m_after(after)
{
}

void ScorecardCommand::apply(bool forward)
{
    QSqlDatabase db = session().connection();
    (forward ? m_after : m_before).save(db, session().actor());
}

} // namespace karvan
