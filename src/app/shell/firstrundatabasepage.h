#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace karvan {

// The assistant's first page: create a new database (at the default place unless the user
// picks another) or open an existing one. Moving on opens it for the next pages.
class FirstRunDatabasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunDatabasePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void browseNew();
    void browseExisting();
    void updateEnabled();

    QRadioButton *m_create;
    QLineEdit *m_createPath;
    QPushButton *m_createBrowse;
    QRadioButton *m_open;
    QLineEdit *m_openPath;
    QPushButton *m_openBrowse;
    QLabel *m_error;
};

} // namespace karvan
