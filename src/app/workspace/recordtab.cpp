#include "workspace/recordtab.h"

#include "models/accountrecordmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace karvan {

RecordTab::RecordTab(const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_model(new AccountRecordModel(headers, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_buttons(new QHBoxLayout)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountRecordModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // keep the store's order until asked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_buttons->addStretch();
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTab::updateButtons);
}

QPushButton *RecordTab::addButton(const QString &text, bool needsSelection)
{
    auto *button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    if (needsSelection) {
        m_selectionButtons << button;
        button->setEnabled(false);
    }
    return button;
}

qint64 RecordTab::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(AccountRecordModel::RecordIdRole).toLongLong();
}

void RecordTab::setColumnWidths(const QList<int> &widthsInEm)
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int i = 0; i < widthsInEm.size(); ++i)
        m_view->setColumnWidth(i, widthsInEm.at(i) * em);
}

void RecordTab::addBelow(QWidget *widget, int stretch)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(widget, stretch);
}

void RecordTab::updateButtons()
{
    const bool selected = selectedId() != 0;
    for (QPushButton *b : m_selectionButtons)
        b->setEnabled(selected);
}

} // namespace karvan
