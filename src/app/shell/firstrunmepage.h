#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace karvan {

// The assistant's "who am I" page: pick yourself among the database's people, add yourself
// (name, email, team), or leave it for later. The choice is the database's "who am I" setting,
// the one the main window, My book, My day and karvan-cli read.
class FirstRunMePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunMePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void updateEnabled();

    QRadioButton *m_pick;
    QListWidget *m_people;
    QRadioButton *m_add;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_team;
    QRadioButton *m_later;
    QLabel *m_error;
};

} // namespace karvan
