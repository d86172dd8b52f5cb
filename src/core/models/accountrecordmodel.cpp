#include "models/accountrecordmodel.h"

#include "domain/displaydate.h"

namespace karvan {

AccountRecordModel::Cell AccountRecordModel::Cell::ofDate(const QDate &day)
{
    return {display::date(day), day.isValid() ? QVariant(day.toJulianDay()) : QVariant(qint64(0)),
            {}, {}};
}

AccountRecordModel::AccountRecordModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)),
      m_editors(size_t(m_headers.size())), m_rightAligned(size_t(m_headers.size()), false)
{
}

void AccountRecordModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (Row &r : m_rows)
        r.cells.resize(size_t(m_headers.size()));
    endResetModel();
}

qint64 AccountRecordModel::idAt(int index) const
{
    return index >= 0 && index < rowCount() ? m_rows[size_t(index)].id : 0;
}

void AccountRecordModel::setRightAligned(int column)
{
    if (column >= 0 && column < m_headers.size())
        m_rightAligned[size_t(column)] = true;
}

void AccountRecordModel::setEditable(int column, EditHandler handler)
{
    if (column >= 0 && column < m_headers.size())
        m_editors[size_t(column)] = std::move(handler);
}

int AccountRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant AccountRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows[size_t(index.row())];
    const Cell &c = r.cells[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: return c.display;
    case Qt::EditRole: return c.edit.isValid() ? c.edit : c.display;
    case Qt::ToolTipRole: return c.tooltip.isValid() ? c.tooltip : QVariant();
    case Qt::TextAlignmentRole:
        return m_rightAligned[size_t(index.column())] ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole: return c.sort.isValid() ? c.sort : c.display;
    case RecordIdRole: return r.id;
    default: return QVariant();
    }
}

QVariant AccountRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags AccountRecordModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editors[size_t(index.column())])
        f |= Qt::ItemIsEditable;
    return f;
}

bool AccountRecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const EditHandler &edit = m_editors[size_t(index.column())];
    if (!edit || value == data(index, Qt::EditRole))
        return false;
    // The handler pushes an undo command; the workspace refreshes the rows afterwards.
    return edit(m_rows[size_t(index.row())].id, index.column(), value);
}

} // namespace karvan
