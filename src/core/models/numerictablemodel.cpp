#include "models/numerictablemodel.h"

#include <limits>

namespace karvan {

NumericTableModel::NumericTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void NumericTableModel::setTable(const QStringList &headers,
                                 std::vector<std::vector<NumericCell>> rows,
                                 const QStringList &rowKeys)
{
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    for (std::vector<NumericCell> &row : m_rows)
        row.resize(size_t(m_headers.size()));
    m_rowKeys = rowKeys;
    endResetModel();
}

const NumericCell &NumericTableModel::cell(int row, int column) const
{
    return m_rows.at(size_t(row)).at(size_t(column));
}

int NumericTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NumericTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant NumericTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NumericCell &c = cell(index.row(), index.column());
    const bool number = c.value.has_value() || c.text == QLatin1String("n/a");
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case SortRole:
        if (c.value)
            return *c.value;
        if (number)
            return std::numeric_limits<double>::lowest();
        return c.text;
    case ValueRole:
        return c.value ? QVariant(*c.value) : QVariant();
    case KeyRole:
        return c.key;
    case RowKeyRole:
        return m_rowKeys.value(index.row());
    default:
        return {};
    }
}

QVariant NumericTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace karvan
