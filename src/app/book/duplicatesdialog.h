#pragma once

#include "accounts/duplicatefinder.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DuplicatesDialog;
}

namespace karvan {

class Session;

// Tools > Find duplicates: the likely duplicate pairs with the reason (similar name 0.92, same
// domain), a choice of which record to keep, and Merge: one undoable command
// ("Merge ACC-0002 into ACC-0001").
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(Session &session, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    void refresh();
    const QList<DuplicatePair> &pairs() const { return m_pairs; }
    void selectPair(int row);
    void setKeepFirst(bool keepFirst);
    // Merges the selected pair; false when nothing is selected or the core refused.
    bool mergeSelected();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateChoice();

    std::unique_ptr<Ui::DuplicatesDialog> m_ui;
    Session &m_session;
    QList<DuplicatePair> m_pairs;
};

} // namespace karvan
