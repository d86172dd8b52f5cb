#pragma once

#include "handoffs/checkliststore.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace karvan {

class Session;

// The hand-off checklist template, as a manager edits it in Settings: ordered items, each
// required or optional, with a help text. Save applies the whole list as one undoable
// command; hand-offs already started keep their own copy.
class ChecklistEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ChecklistEditor(Session &session, QWidget *parent = nullptr);

    void reload();
    std::vector<ChecklistItem> items() const;
    QTableWidget *table() const { return m_table; }
    bool save();

private:
    void addRow(const ChecklistItem &item, int row);
    void renumber();
    void move(int delta);

    Session &m_session;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace karvan
