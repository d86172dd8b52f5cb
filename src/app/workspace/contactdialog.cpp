#include "workspace/contactdialog.h"
#include "ui_contactdialog.h"

namespace karvan {

ContactDialog::ContactDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ContactDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add a contact"));
}

ContactDialog::~ContactDialog() = default;

Contact ContactDialog::contact() const
{
    Contact c;
    c.name = m_ui->nameEdit->text().trimmed();
    c.role = m_ui->roleEdit->text().trimmed();
    c.email = m_ui->emailEdit->text().trimmed();
    c.phone = m_ui->phoneEdit->text().trimmed();
    c.primary = m_ui->primaryCheck->isChecked();
    return c;
}

} // namespace karvan
