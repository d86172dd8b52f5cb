#pragma once

#include "people/peoplestore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PeopleView;
}
class QSortFilterProxyModel;

namespace karvan {

class PeopleModel;
class Session;
class TeamModel;
class TemplateEditor;

// People & teams: add, edit and deactivate people (their accounts then show as gaps), add and
// edit teams, and the ownership template. Every change is one undoable command.
class PeopleView : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleView(Session &session, QWidget *parent = nullptr);
    ~PeopleView() override;

    void reload();
    PeopleModel *peopleModel() const { return m_people; }
    TeamModel *teamModel() const { return m_teams; }
    TemplateEditor *templateEditor() const { return m_template; }
    // Selects a person by id (the form then shows them).
    void selectPerson(qint64 id);

    // The form's actions, also used by tests.
    bool addPersonFromForm();
    bool savePersonFromForm();
    bool toggleActive();
    bool addTeamFromForm();
    bool saveTeamFromForm();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showPerson();
    void showTeam();
    Person personFromForm() const;
    std::optional<Person> selectedPerson() const;
    std::optional<Team> selectedTeam() const;

    std::unique_ptr<Ui::PeopleView> m_ui;
    Session &m_session;
    PeopleModel *m_people;
    QSortFilterProxyModel *m_peopleProxy;
    TeamModel *m_teams;
    QSortFilterProxyModel *m_teamsProxy;
    TemplateEditor *m_template;
};

} // namespace karvan
