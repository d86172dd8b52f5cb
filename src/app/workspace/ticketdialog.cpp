#include "workspace/ticketdialog.h"
#include "ui_ticketdialog.h"

#include "domain/fixedlists.h"

namespace karvan {

TicketDialog::TicketDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TicketDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Open a ticket"));
    m_ui->openedEdit->setDate(QDate::currentDate());
    m_ui->priorityCombo->addItem(tr("(none)"), QString());
    const FixedList &priorities = ticketPriorities();
    for (int i = 0; i < priorities.size(); ++i)
        m_ui->priorityCombo->addItem(priorities.label(i), priorities.key(i));
    m_ui->priorityCombo->setCurrentIndex(2);  // the second priority, "normal"
}

TicketDialog::~TicketDialog() = default;

Ticket TicketDialog::ticket() const
{
    Ticket t;
    t.subject = m_ui->subjectEdit->text().trimmed();
    t.extId = m_ui->idEdit->text().trimmed();
    t.opened = m_ui->openedEdit->date();
    t.priority = m_ui->priorityCombo->currentData().toString();
    t.escalated = m_ui->escalatedCheck->isChecked();
    return t;
}

} // namespace karvan
