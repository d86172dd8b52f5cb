#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace karvan {

// The assistant's language and currency page. The language is the app's (ui/language, read
// when Karvan starts); the currency is the database's (SettingsStore::currency).
class FirstRunPreferencesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunPreferencesPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    QComboBox *m_language;
    QComboBox *m_currency;
    QLabel *m_error;
};

} // namespace karvan
