#include "myday/snoozedialog.h"
#include "ui_snoozedialog.h"

namespace karvan {

SnoozeDialog::SnoozeDialog(const QString &title, const QDate &suggested, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SnoozeDialog>())
{
    m_ui->setupUi(this);
    m_ui->taskLabel->setText(title);
    m_ui->dateEdit->setDate(suggested);
    m_ui->dateEdit->setFocus();
}

SnoozeDialog::~SnoozeDialog() = default;

QDate SnoozeDialog::date() const
{
    return m_ui->dateEdit->date();
}

} // namespace karvan
