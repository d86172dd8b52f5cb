#include "shell/firstrunmepage.h"

#include "domain/errors.h"
#include "people/peoplestore.h"
#include "shell/firstrunassistant.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace karvan {

FirstRunMePage::FirstRunMePage(QWidget *parent)
    : QWizardPage(parent), m_pick(new QRadioButton(tr("I am &one of these people:"), this)),
      m_people(new QListWidget(this)), m_add(new QRadioButton(tr("&Add me:"), this)), m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_team(new QComboBox(this)),
      m_later(new QRadioButton(tr("&Not now (you can choose later in Settings)"), this)), m_error(new QLabel(this))
{
    setTitle(tr("Who are you?"));
    setSubTitle(tr("Karvan shows you the accounts you own in My book and your tasks in My day, and writes your "
                   "name in the history of what you change."));
    m_pick->setObjectName(QStringLiteral("pickMode"));
    m_people->setObjectName(QStringLiteral("people"));
    m_add->setObjectName(QStringLiteral("addMode"));
    m_name->setObjectName(QStringLiteral("name"));
    m_email->setObjectName(QStringLiteral("email"));
    m_team->setObjectName(QStringLiteral("team"));
    m_later->setObjectName(QStringLiteral("laterMode"));
    m_name->setPlaceholderText(tr("Your name"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_pick, m_add, m_later})
        group->addButton(b);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Team (your role):"), m_team);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pick);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_add);
    layout->addLayout(form);
    layout->addWidget(m_later);
    layout->addWidget(m_error);

    connect(group, &QButtonGroup::buttonToggled, this, &FirstRunMePage::updateEnabled);
    connect(m_people, &QListWidget::currentRowChanged, this, &FirstRunMePage::completeChanged);
    connect(m_people, &QListWidget::itemActivated, this, [this] {
        if (wizard())
            wizard()->next();
    });
    for (QLineEdit *edit : {m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunMePage::completeChanged);
}

void FirstRunMePage::initializePage()
{
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    Database *db = assistant ? assistant->database() : nullptr;
    m_people->clear();
    m_team->clear();
    m_error->clear();
    if (!db)
        return;
    try {
        const QString me = SettingsStore(db->connection()).value(SettingsStore::whoAmIKey(), QString());
        PeopleStore store(db->connection(), QString());
        QList<Person> people = store.people();
        std::sort(people.begin(), people.end(),
                  [](const Person &a, const Person &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Person &p : std::as_const(people)) {
            if (!p.active && p.email != me)
                continue;
            auto *item = new QListWidgetItem(tr("%1 — %2 · %3").arg(p.name, p.teamName, p.email), m_people);
            item->setData(Qt::UserRole, p.email);
            if (p.email.compare(me, Qt::CaseInsensitive) == 0)
                m_people->setCurrentItem(item);
        }
        for (const Team &t : store.teams()) {
            m_team->addItem(t.name, t.id);
            if (t.key == QLatin1String("customer_success"))
                m_team->setCurrentIndex(m_team->count() - 1);
        }
    } catch (const DatabaseError &e) {
        m_error->setText(e.message());
    }
    const bool anyone = m_people->count() > 0;
    m_pick->setEnabled(anyone);
    m_people->setEnabled(anyone);
    (anyone ? m_pick : m_add)->setChecked(true);
    updateEnabled();
}

void FirstRunMePage::updateEnabled()
{
    m_people->setEnabled(m_pick->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_email, m_team})
        w->setEnabled(m_add->isChecked());
    m_error->clear();
    Q_EMIT completeChanged();
}

bool FirstRunMePage::isComplete() const
{
    if (m_pick->isChecked())
        return m_people->currentItem() != nullptr;
    if (m_add->isChecked())
        return !m_name->text().trimmed().isEmpty() && !m_email->text().trimmed().isEmpty();
    return true;
}

bool FirstRunMePage::validatePage()
{
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    Database *db = assistant ? assistant->database() : nullptr;
    if (!db)
        return false;
    try {
        QString email;
        if (m_pick->isChecked() && m_people->currentItem()) {
            email = m_people->currentItem()->data(Qt::UserRole).toString();
        } else if (m_add->isChecked()) {
            Person person;
            person.name = m_name->text().trimmed();
            person.email = m_email->text().trimmed();
            person.teamId = m_team->currentData().toLongLong();
            PeopleStore store(db->connection(), person.email);
            if (const std::optional<Person> known = store.personByEmail(person.email))
                email = known->email; // already in the database: take that person
            else
                store.addPerson(person);
            if (email.isEmpty())
                email = person.email;
        } else {
            return true;
        }
        SettingsStore(db->connection()).setValue(SettingsStore::whoAmIKey(), email);
    } catch (const DataError &e) {
        m_error->setText(e.messages().join(QLatin1Char('\n')));
        return false;
    } catch (const DatabaseError &e) {
        m_error->setText(e.message());
        return false;
    }
    return true;
}

} // namespace karvan
