#include "workspace/goaldialog.h"
#include "ui_goaldialog.h"

namespace karvan {

GoalDialog::GoalDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::GoalDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add a goal or outcome"));
    m_ui->kindCombo->addItem(tr("Goal agreed with the customer"), QStringLiteral("goal"));
    m_ui->kindCombo->addItem(tr("Outcome reached"), QStringLiteral("outcome"));
    m_ui->dueEdit->setDate(QDate::currentDate().addMonths(3));
    connect(m_ui->dueCheck, &QCheckBox::toggled, m_ui->dueEdit, &QWidget::setEnabled);
}

GoalDialog::~GoalDialog() = default;

Goal GoalDialog::goal() const
{
    Goal g;
    g.kind = m_ui->kindCombo->currentData().toString();
    g.title = m_ui->titleEdit->text().trimmed();
    g.detail = m_ui->detailEdit->toPlainText().trimmed();
    g.status = g.kind == QLatin1String("outcome") ? QStringLiteral("achieved") : QStringLiteral("open");
    if (m_ui->dueCheck->isChecked())
        g.dueDate = m_ui->dueEdit->date();
    return g;
}

} // namespace karvan
