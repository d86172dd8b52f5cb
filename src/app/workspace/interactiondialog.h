#pragma once

#include "domain/accountdetail.h"
#include "accounts/accountlookups.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InteractionDialog;
}

namespace karvan {

// Log a meeting, call, email, check-in, QBR or note: who, when, what.
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    InteractionDialog(const std::vector<AccountLookups::Choice> &people, qint64 defaultAuthorId,
                      QWidget *parent = nullptr);
    ~InteractionDialog() override;

    Interaction interaction() const;
    // The follow-up date when one was asked for, else an invalid date.
    QDate followUp() const;

private:
    std::unique_ptr<Ui::InteractionDialog> m_ui;
};

} // namespace karvan
