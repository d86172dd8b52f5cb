#include "shell/firstrunfinishpage.h"

#include "accounts/accountbook.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "people/peoplestore.h"
#include "shell/firstrunassistant.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace karvan {

FirstRunFinishPage::FirstRunFinishPage(QWidget *parent)
    : QWizardPage(parent), m_summary(new QLabel(this)),
      m_tour(new QCheckBox(tr("&Show me around: a short tour of My day, the book, an account, the hand-offs and "
                              "the dashboard"), this))
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Karvan opens your database when you press Finish."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_tour->setObjectName(QStringLiteral("tour"));
    m_tour->setChecked(true);
    registerField(QStringLiteral("tour"), m_tour);
    auto *later = new QLabel(tr("You can take the tour, or run this assistant again, at any time from the Help menu."),
                             this);
    later->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(16);
    layout->addWidget(m_tour);
    layout->addWidget(later);
    layout->addStretch(1);
}

void FirstRunFinishPage::initializePage()
{
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    Database *db = assistant ? assistant->database() : nullptr;
    if (!db)
        return;
    QStringList lines;
    lines << tr("Database: %1").arg(QDir::toNativeSeparators(db->path()).toHtmlEscaped());
    try {
        const int accounts = AccountBook(db->connection()).counts().total;
        lines << (accounts == 0 ? tr("No accounts yet: import yours with File > Import.")
                     : accounts == 1 ? tr("1 account")
                                     : tr("%1 accounts").arg(QLocale().toString(accounts)));
        const SettingsStore settings(db->connection());
        const QString me = settings.value(SettingsStore::whoAmIKey(), QString());
        const std::optional<Person> person = me.isEmpty() ? std::nullopt
                                                          : PeopleStore(db->connection(), QString()).personByEmail(me);
        lines << (person ? tr("You are %1 (%2).").arg(person->name.toHtmlEscaped(), person->teamName.toHtmlEscaped())
                         : tr("You have not said who you are yet."));
        lines << tr("Money is in %1.").arg(currencies().label(settings.currency()));
    } catch (const DatabaseError &e) {
        lines << e.message().toHtmlEscaped();
    }
    m_summary->setText(QStringLiteral("<ul><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>"))));
}

} // namespace karvan
