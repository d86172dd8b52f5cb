#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class StartHandoffDialog;
}

namespace karvan {

class Session;

// Starts a hand-off: the account (one with no open hand-off) and the CSM it goes to; the
// acting person becomes its Sales owner. A refusal keeps the dialog open with the reason.
class StartHandoffDialog : public QDialog
{
    Q_OBJECT

public:
    StartHandoffDialog(Session &session, qint64 accountId, QWidget *parent = nullptr);
    ~StartHandoffDialog() override;

    qint64 handoffId() const { return m_handoffId; }
    bool selectCsm(const QString &email);
    bool selectAccount(qint64 accountId);
    void start();

private:
    Session &m_session;
    std::unique_ptr<Ui::StartHandoffDialog> m_ui;
    qint64 m_handoffId = 0;
};

} // namespace karvan
