#include "models/ownershipmatrixfiltermodel.h"

#include "models/ownershipmatrixmodel.h"

namespace karvan {

OwnershipMatrixFilterModel::OwnershipMatrixFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void OwnershipMatrixFilterModel::setMatrixModel(OwnershipMatrixModel *model)
{
    m_matrix = model;
    setSourceModel(model);
}

void OwnershipMatrixFilterModel::setFilter(const OwnershipMatrixFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

qint64 OwnershipMatrixFilterModel::accountIdAt(int row) const
{
    if (!m_matrix || row < 0 || row >= rowCount())
        return 0;
    return m_matrix->accountIdAt(mapToSource(index(row, 0)).row());
}

int OwnershipMatrixFilterModel::totalCount() const
{
    return m_matrix ? m_matrix->rowCount() : 0;
}

bool OwnershipMatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_matrix)
        return false;
    if (m_filter.isEmpty())
        return true;
    const AccountOwners *account = m_matrix->accountAt(sourceRow);
    return account && m_filter.matches(*account, m_matrix->bandAt(sourceRow));
}

} // namespace karvan
