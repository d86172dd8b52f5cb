#pragma once

#include "domain/accountdetail.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TicketDialog;
}

namespace karvan {

// Open a support ticket for an account.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TicketDialog(QWidget *parent = nullptr);
    ~TicketDialog() override;

    Ticket ticket() const;

private:
    std::unique_ptr<Ui::TicketDialog> m_ui;
};

} // namespace karvan
