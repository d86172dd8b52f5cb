#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace karvan {

class NumericTableModel;

// A titled, read-only table over a NumericTableModel, sorted by the model's numbers (click a
// header): money sorts as money, "n/a" below every number.
class NumbersTable : public QWidget
{
    Q_OBJECT

public:
    explicit NumbersTable(const QString &title, QWidget *parent = nullptr);

    NumericTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setTitle(const QString &title);
    // After the model was refilled: sizes the columns to their contents.
    void fitColumns();

private:
    NumericTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_title;
};

} // namespace karvan
