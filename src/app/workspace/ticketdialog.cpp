#include "workspace/ticketdialog.h"
#include "ui_ticketdialog.h"

namespace karvan {

TicketDialog::TicketDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TicketDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Open a ticket"));
    m_ui->openedEdit->setDate(QDate::currentDate());
    m_ui->priorityCombo->addItem(tr("(none)"), QString());
    m_ui->priorityCombo->addItem(tr("Low"), QStringLiteral("low"));
    m_ui->priorityCombo->addItem(tr("Normal"), QStringLiteral("normal"));
    m_ui->priorityCombo->addItem(tr("High"), QStringLiteral("high"));
    m_ui->priorityCombo->addItem(tr("Urgent"), QStringLiteral("urgent"));
    m_ui->priorityCombo->setCurrentIndex(2);
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
