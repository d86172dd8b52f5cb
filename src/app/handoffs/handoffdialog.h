#pragma once

#include "handoffs/handoff.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandoffDialog;
}

namespace karvan {

class Session;

// One hand-off: its checklist items with their notes (required ones marked, the help text as
// a tip), what is missing before it can be submitted, its history; Submit for the Sales
// owner, Accept and Return (with a reason) for the named CSM. Ticks and notes are undoable
// commands; submit, accept and return are recorded steps.
class HandoffDialog : public QDialog
{
    Q_OBJECT

public:
    HandoffDialog(Session &session, qint64 handoffId, QWidget *parent = nullptr);
    ~HandoffDialog() override;

    const Handoff &handoff() const { return m_handoff; }
    // The steps, as the buttons take them (tests drive them). Each returns false and shows why
    // when the core refuses.
    bool setItem(int n, bool done, const QString &note);
    bool submit();
    bool accept_();
    bool returnToSales(const QString &reason);

Q_SIGNALS:
    void accountRequested(qint64 accountId);

private:
    void reload();
    void itemChanged(int row, int column);
    bool step(const std::function<void()> &action);

    Session &m_session;
    std::unique_ptr<Ui::HandoffDialog> m_ui;
    Handoff m_handoff;
    bool m_filling = false;
};

} // namespace karvan
