#include "dashboard/numberstable.h"

#include "models/numerictablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace karvan {

NumbersTable::NumbersTable(const QString &title, QWidget *parent)
    : QWidget(parent), m_model(new NumericTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_title(new QLabel(title, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NumericTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order until a header is clicked
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_title->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
}

void NumbersTable::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NumbersTable::fitColumns()
{
    m_view->resizeColumnsToContents();
}

} // namespace karvan
