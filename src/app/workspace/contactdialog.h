#pragma once

#include "domain/accountdetail.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ContactDialog;
}

namespace karvan {

// Add a person at the customer.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget *parent = nullptr);
    ~ContactDialog() override;

    Contact contact() const;

private:
    std::unique_ptr<Ui::ContactDialog> m_ui;
};

} // namespace karvan
