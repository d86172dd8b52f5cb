#pragma once

#include "domain/accountdetail.h"
#include "accounts/accountlookups.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OwnerDialog;
}

namespace karvan {

// Change who owns one stage of an account: a person and/or a team, and the supporting teams
// (or the template's).
class OwnerDialog : public QDialog
{
    Q_OBJECT

public:
    OwnerDialog(const StageOwner &owner, const OwnerState &state,
                const std::vector<AccountLookups::Choice> &people,
                const std::vector<AccountLookups::Choice> &teams, QWidget *parent = nullptr);
    ~OwnerDialog() override;

    OwnerState state() const;
    // "Sara Ahmadi" or the team's name, for the undo text.
    QString description() const;

private:
    std::unique_ptr<Ui::OwnerDialog> m_ui;
};

} // namespace karvan
