#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace karvan {

// The assistant's last page: what was set up, and the offer of the guided tour.
class FirstRunFinishPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunFinishPage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    QLabel *m_summary;
    QCheckBox *m_tour;
};

} // namespace karvan
