#pragma once

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace karvan {

class AccountRecordModel;

// One list of the account workspace (communication log, tickets, goals, contacts, ...): a
// row of action buttons over a sortable table of an AccountRecordModel.
class RecordTab : public QWidget
{
    Q_OBJECT

public:
    RecordTab(const QStringList &headers, QWidget *parent = nullptr);

    AccountRecordModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Adds an action button; `needsSelection` buttons are enabled only with a selected row.
    QPushButton *addButton(const QString &text, bool needsSelection = false);
    // The record id of the selected row, or 0.
    qint64 selectedId() const;
    void setColumnWidths(const QList<int> &widthsInEm);
    // Extra content under the table (e.g. a chart).
    void addBelow(QWidget *widget, int stretch = 0);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateButtons();

    AccountRecordModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_selectionButtons;
};

} // namespace karvan
