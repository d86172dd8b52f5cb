#pragma once

#include "models/ownershipmatrixfilter.h"

#include <QSortFilterProxyModel>

namespace karvan {

class OwnershipMatrixModel;

// The ownership matrix narrowed by an OwnershipMatrixFilter (team, owner, segment, model,
// band, stage). The filter stays when the matrix model is reset with fresh data, so a
// refreshed dashboard keeps what the manager chose.
class OwnershipMatrixFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OwnershipMatrixFilterModel(QObject *parent = nullptr);

    void setMatrixModel(OwnershipMatrixModel *model);
    OwnershipMatrixModel *matrixModel() const { return m_matrix; }

    void setFilter(const OwnershipMatrixFilter &filter);
    const OwnershipMatrixFilter &filter() const { return m_filter; }

    // The account of a row of this model (0 outside the rows).
    qint64 accountIdAt(int row) const;
    // Accounts shown and accounts in the matrix.
    int shownCount() const { return rowCount(); }
    int totalCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    OwnershipMatrixModel *m_matrix = nullptr;
    OwnershipMatrixFilter m_filter;
};

} // namespace karvan
