#pragma once

#include "domain/accountdetail.h"

#include <QDialog>

#include <memory>

namespace Ui {
class GoalDialog;
}

namespace karvan {

// Add a goal agreed with the customer or an outcome reached (CS = CX + CO).
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoalDialog(QWidget *parent = nullptr);
    ~GoalDialog() override;

    Goal goal() const;

private:
    std::unique_ptr<Ui::GoalDialog> m_ui;
};

} // namespace karvan
