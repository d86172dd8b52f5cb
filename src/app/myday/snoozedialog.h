#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class SnoozeDialog;
}

namespace karvan {

// Asks until when a task waits (its new due date).
class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    SnoozeDialog(const QString &title, const QDate &suggested, QWidget *parent = nullptr);
    ~SnoozeDialog() override;

    QDate date() const;

private:
    std::unique_ptr<Ui::SnoozeDialog> m_ui;
};

} // namespace karvan
