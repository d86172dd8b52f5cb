#include "dashboard/rulespanel.h"

#include "domain/errors.h"
#include "people/peoplestore.h"
#include "shell/session.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace karvan {

RulesPanel::RulesPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QTreeWidget(this))
{
    m_list->setHeaderLabels({tr("Situation"), tr("Decides"), tr("Tells the customer"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *intro = new QLabel(tr("<b>Conflict-resolution rules</b>: who decides and who tells the customer "
                                "when a known situation arises. Edit them in People & teams."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
}

void RulesPanel::reload()
{
    m_list->clear();
    try {
        const PeopleStore store(m_session.connection(), QString());
        QHash<qint64, QString> teamNames;
        for (const Team &t : store.teams())
            teamNames.insert(t.id, t.name);
        for (const ConflictRule &rule : store.rules()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, rule.situation);
            item->setText(1, teamNames.value(rule.decidingTeamId));
            item->setText(2, teamNames.value(rule.communicatingTeamId));
            item->setText(3, rule.note);
        }
        for (int c = 1; c < 4; ++c)
            m_list->resizeColumnToContents(c);
    } catch (const DatabaseError &e) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.message());
    }
}

} // namespace karvan
