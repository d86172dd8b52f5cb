#pragma once

#include "health/scorecard.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class OverrideDialog;
}

namespace karvan {

// A CSM overrides an account's computed health band with a reason and an end date
// (the contract's health overrides); the computed band stays visible beside it.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(Band computed, QWidget *parent = nullptr);
    ~OverrideDialog() override;

    Band band() const;
    QString reason() const;
    QDate endsOn() const;

private:
    std::unique_ptr<Ui::OverrideDialog> m_ui;
};

} // namespace karvan
