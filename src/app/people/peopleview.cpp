#include "people/peopleview.h"

#include "ui_peopleview.h"

#include "domain/errors.h"
#include "commands/peoplecommands.h"
#include "models/peoplemodel.h"
#include "shell/session.h"
#include "models/teammodel.h"
#include "settings/templateeditor.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace karvan {

namespace {

void setUpTable(QTableView *table, QSortFilterProxyModel *proxy, int sortRole)
{
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

PeopleView::PeopleView(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PeopleView>()), m_session(session),
      m_people(new PeopleModel(this)), m_peopleProxy(new QSortFilterProxyModel(this)), m_teams(new TeamModel(this)),
      m_teamsProxy(new QSortFilterProxyModel(this)), m_template(nullptr)
{
    m_ui->setupUi(this);
    m_template = new TemplateEditor(session, m_ui->templateTab);
    m_ui->templateLayout->addWidget(m_template);

    m_peopleProxy->setSourceModel(m_people);
    setUpTable(m_ui->peopleTable, m_peopleProxy, PeopleModel::SortRole);
    m_ui->peopleTable->horizontalHeader()->resizeSection(PeopleModel::Name, 200);
    m_ui->peopleTable->horizontalHeader()->resizeSection(PeopleModel::Email, 240);
    m_ui->peopleTable->horizontalHeader()->resizeSection(PeopleModel::Team, 170);
    m_teamsProxy->setSourceModel(m_teams);
    setUpTable(m_ui->teamsTable, m_teamsProxy, TeamModel::SortRole);
    m_ui->teamsTable->horizontalHeader()->resizeSection(TeamModel::Name, 190);
    m_ui->teamsTable->horizontalHeader()->resizeSection(TeamModel::Key, 170);
    m_ui->personBox->setMinimumWidth(300);
    m_ui->personBox->setMaximumWidth(380);
    m_ui->teamBox->setMinimumWidth(300);
    m_ui->teamBox->setMaximumWidth(380);
    m_ui->personHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->personHint->setText(tr("Deactivate people who leave: their history stays, and the accounts they "
                                 "own show as gaps in the dashboard until someone takes them over."));
    m_ui->teamKeyEdit->setToolTip(tr("CSV files refer to the team by this key: lower-case letters, digits and _."));

    m_people->setEditHandler([this](const Person &before, const Person &after) {
        return pushEdit(m_session, new EditPersonCommand(m_session, before, after), this);
    });
    m_teams->setEditHandler([this](const Team &before, const Team &after) {
        return pushEdit(m_session, new EditTeamCommand(m_session, before, after), this);
    });

    connect(m_ui->peopleFilter, &QLineEdit::textChanged, m_peopleProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->peopleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleView::showPerson);
    connect(m_ui->teamsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleView::showTeam);
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, &PeopleView::addPersonFromForm);
    connect(m_ui->savePersonButton, &QPushButton::clicked, this, &PeopleView::savePersonFromForm);
    connect(m_ui->deactivateButton, &QPushButton::clicked, this, &PeopleView::toggleActive);
    connect(m_ui->addTeamButton, &QPushButton::clicked, this, &PeopleView::addTeamFromForm);
    connect(m_ui->saveTeamButton, &QPushButton::clicked, this, &PeopleView::saveTeamFromForm);
    connect(m_ui->teamNameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!selectedTeam() || m_ui->teamKeyEdit->isEnabled())
            m_ui->teamKeyEdit->setText(PeopleStore::keyFromName(name));
    });
    connect(&m_session, &Session::dataChanged, this, &PeopleView::reload);
    reload();
}

PeopleView::~PeopleView() = default;

void PeopleView::reload()
{
    const std::optional<Person> person = selectedPerson();
    const std::optional<Team> team = selectedTeam();
    try {
        PeopleStore store(m_session.connection(), QString());
        const QList<Team> teams = store.teams();
        m_people->setTeams(teams);
        m_people->setPeople(store.people());
        m_teams->setTeams(teams);
        const QSignalBlocker blocker(m_ui->teamCombo);
        const QVariant current = m_ui->teamCombo->currentData();
        m_ui->teamCombo->clear();
        for (const Team &t : teams)
            m_ui->teamCombo->addItem(t.name, t.id);
        m_ui->teamCombo->setCurrentIndex(std::max(0, m_ui->teamCombo->findData(current)));
    } catch (const DatabaseError &e) {
        Q_EMIT statusMessage(e.message());
    }
    if (person)
        selectPerson(person->id);
    if (team) {
        const int row = m_teams->rowOfId(team->id);
        if (row >= 0)
            m_ui->teamsTable->setCurrentIndex(m_teamsProxy->mapFromSource(m_teams->index(row, 0)));
    }
    showPerson();
    showTeam();
}

void PeopleView::selectPerson(qint64 id)
{
    const int row = m_people->rowOfId(id);
    if (row < 0)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->peopleTab);
    m_ui->peopleTable->setCurrentIndex(m_peopleProxy->mapFromSource(m_people->index(row, 0)));
    showPerson();
}

std::optional<Person> PeopleView::selectedPerson() const
{
    const QModelIndex index = m_peopleProxy->mapToSource(m_ui->peopleTable->currentIndex());
    return index.isValid() ? m_people->personAt(index.row()) : std::nullopt;
}

std::optional<Team> PeopleView::selectedTeam() const
{
    const QModelIndex index = m_teamsProxy->mapToSource(m_ui->teamsTable->currentIndex());
    return index.isValid() ? m_teams->teamAt(index.row()) : std::nullopt;
}

void PeopleView::showPerson()
{
    const std::optional<Person> p = selectedPerson();
    m_ui->savePersonButton->setEnabled(p.has_value());
    m_ui->deactivateButton->setEnabled(p.has_value());
    if (!p)
        return;
    m_ui->nameEdit->setText(p->name);
    m_ui->emailEdit->setText(p->email);
    m_ui->teamCombo->setCurrentIndex(std::max(0, m_ui->teamCombo->findData(p->teamId)));
    m_ui->activeCheck->setChecked(p->active);
    m_ui->deactivateButton->setText(p->active ? tr("&Deactivate %1").arg(p->name) : tr("Re&activate %1").arg(p->name));
}

void PeopleView::showTeam()
{
    const std::optional<Team> t = selectedTeam();
    m_ui->saveTeamButton->setEnabled(t.has_value());
    if (!t)
        return;
    m_ui->teamNameEdit->setText(t->name);
    m_ui->teamKeyEdit->setText(t->key);
    m_ui->teamKeyEdit->setEnabled(!t->builtin);
    m_ui->teamDescriptionEdit->setText(t->description);
}

Person PeopleView::personFromForm() const
{
    Person p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.teamId = m_ui->teamCombo->currentData().toLongLong();
    p.active = m_ui->activeCheck->isChecked();
    return p;
}

bool PeopleView::addPersonFromForm()
{
    const Person p = personFromForm();
    auto *command = new AddPersonCommand(m_session, p);
    if (!pushEdit(m_session, command, this))
        return false;
    Q_EMIT statusMessage(tr("Added %1").arg(p.name));
    if (const std::optional<Person> added = PeopleStore(m_session.connection(), QString()).personByEmail(p.email))
        selectPerson(added->id);
    return true;
}

bool PeopleView::savePersonFromForm()
{
    const std::optional<Person> before = selectedPerson();
    if (!before)
        return false;
    Person after = personFromForm();
    after.id = before->id;
    if (after.name == before->name && after.email == before->email && after.teamId == before->teamId
        && after.active == before->active)
        return false;
    return pushEdit(m_session, new EditPersonCommand(m_session, *before, after), this);
}

bool PeopleView::toggleActive()
{
    const std::optional<Person> before = selectedPerson();
    if (!before)
        return false;
    Person after = *before;
    after.active = !before->active;
    if (!pushEdit(m_session, new EditPersonCommand(m_session, *before, after), this))
        return false;
    Q_EMIT statusMessage(after.active
        ? tr("%1 is active again").arg(after.name)
        : tr("%1 deactivated; accounts they own now show as gaps: %2").arg(after.name).arg(before->ownedAccounts));
    return true;
}

bool PeopleView::addTeamFromForm()
{
    Team t;
    t.name = m_ui->teamNameEdit->text().trimmed();
    t.key = m_ui->teamKeyEdit->text().trimmed();
    if (t.key.isEmpty() || (selectedTeam() && selectedTeam()->key == t.key))
        t.key = PeopleStore::keyFromName(t.name);
    t.description = m_ui->teamDescriptionEdit->text().trimmed();
    if (!pushEdit(m_session, new AddTeamCommand(m_session, t), this))
        return false;
    Q_EMIT statusMessage(tr("Added team %1").arg(t.name));
    return true;
}

bool PeopleView::saveTeamFromForm()
{
    const std::optional<Team> before = selectedTeam();
    if (!before)
        return false;
    Team after = *before;
    after.name = m_ui->teamNameEdit->text().trimmed();
    after.key = m_ui->teamKeyEdit->text().trimmed();
    after.description = m_ui->teamDescriptionEdit->text().trimmed();
    if (after.name == before->name && after.key == before->key && after.description == before->description)
        return false;
    return pushEdit(m_session, new EditTeamCommand(m_session, *before, after), this);
}

} // namespace karvan
