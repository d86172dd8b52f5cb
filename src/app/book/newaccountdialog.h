#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include <memory>

class QLineEdit;

namespace Ui {
class NewAccountDialog;
}

namespace karvan {

class Session;

// "New account...": Sales enters a signed deal (name, suggested id, industry, segment, model,
// contract start, renewal date, MRR, custom fields). OK enters it as one undoable command;
// it starts in acquisition owned by the acting person. A refusal keeps the dialog open.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(Session &session, QWidget *parent = nullptr);
    ~NewAccountDialog() override;

    // The new account's id after OK (0 before).
    qint64 accountId() const { return m_accountId; }

    // Shows the dialog; returns the new account's id, or 0 when cancelled.
    static qint64 run(Session &session, QWidget *parent);

private:
    void enter();

    Session &m_session;
    std::unique_ptr<Ui::NewAccountDialog> m_ui;
    QList<QPair<qint64, QLineEdit *>> m_custom;
    qint64 m_accountId = 0;
};

} // namespace karvan
