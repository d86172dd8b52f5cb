#include "shell/firstrunpreferencespage.h"

#include "domain/displaymoney.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "shell/firstrunassistant.h"
#include "shell/uilanguage.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace karvan {

FirstRunPreferencesPage::FirstRunPreferencesPage(QWidget *parent)
    : QWizardPage(parent), m_language(new QComboBox(this)), m_currency(new QComboBox(this)), m_error(new QLabel(this))
{
    setTitle(tr("Language and currency"));
    setSubTitle(tr("Choose the language of Karvan's menus and windows, and the currency of the money in this "
                   "database."));
    m_language->setObjectName(QStringLiteral("language"));
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const UiLanguage::Choice &c : UiLanguage::choices())
        m_language->addItem(c.name, c.code);
    const FixedList &list = currencies();
    for (int i = 0; i < list.size(); ++i)
        m_currency->addItem(tr("%1 (%2)").arg(list.label(i), list.key(i)), list.key(i));
    auto *languageNote = new QLabel(tr("Takes effect the next time Karvan starts."), this);
    auto *currencyNote = new QLabel(tr("Revenue, costs and reports in this database are in this currency. "
                                       "Amounts are kept as they are; changing the currency later does not "
                                       "convert them."), this);
    for (QLabel *l : {languageNote, currencyNote})
        l->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->setItem(2, QFormLayout::SpanningRole, new QSpacerItem(0, 16));
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(QString(), currencyNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void FirstRunPreferencesPage::initializePage()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiLanguage::chosen())));
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    m_error->clear();
    try {
        const QString code = assistant && assistant->database()
                                 ? SettingsStore(assistant->database()->connection()).currency()
                                 : defaultCurrency();
        m_currency->setCurrentIndex(std::max(0, m_currency->findData(code)));
    } catch (const DatabaseError &e) {
        m_error->setText(e.message());
    }
}

bool FirstRunPreferencesPage::validatePage()
{
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    if (!assistant || !assistant->database())
        return false;
    try {
        SettingsStore(assistant->database()->connection()).setCurrency(m_currency->currentData().toString());
        display::setCurrency(m_currency->currentData().toString());
    } catch (const DataError &e) {
        m_error->setText(e.messages().join(QLatin1Char('\n')));
        return false;
    } catch (const DatabaseError &e) {
        m_error->setText(e.message());
        return false;
    }
    UiLanguage::setChosen(m_language->currentData().toString());
    return true;
}

} // namespace karvan
