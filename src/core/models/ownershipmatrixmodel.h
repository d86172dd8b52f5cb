#pragma once

#include "ownership/ownershipmatrix.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

#include <vector>

namespace karvan {

// The ownership matrix, read-only: one row per account, the account then its six stages, each
// cell the resolver's owner of that stage. The view styles cells from the roles below (the
// core has no fonts or colours): the current stage in bold, gaps marked, the rest greyed.
class OwnershipMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        CurrentStageRole,   // bool: the cell is the account's current stage
        GapRole,            // bool: the cell has a gap (OwnershipMatrix::gaps())
        MutedRole,          // bool: shown greyed (a churned account; no person and no gap)
        BandRole,           // int (karvan::Band): the account's band (OwnershipMatrix::bands())
        SegmentRole,        // QString: the account's segment
        BusinessModelRole,  // QString: the account's model key (b2b, b2c or empty)
    };

    explicit OwnershipMatrixModel(QObject *parent = nullptr);

    // Shows the matrix's accounts and marks the cells of its gaps; the model shares the
    // matrix (no copy of its accounts). The first form copies it.
    void setMatrix(const OwnershipMatrix &matrix);
    void setMatrix(std::shared_ptr<const OwnershipMatrix> matrix);
    qint64 accountIdAt(int row) const;
    // The resolved owners of row `row` (nullptr outside the rows) and its band.
    const AccountOwners *accountAt(int row) const;
    Band bandAt(int row) const;
    // The accounts' segments, each once, sorted (empty ones left out): the segment filter's choices.
    QStringList segments() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant accountData(const AccountOwners &a, int role) const;
    QVariant ownerData(const AccountOwners &a, Stage stage, bool gap, int role) const;

    const std::vector<AccountOwners> &accounts() const;
    bool isGap(int row, Stage stage) const;

    std::shared_ptr<const OwnershipMatrix> m_matrix;
    std::vector<quint8> m_gapStages;  // per row: bit i set when stage i has a gap
};

} // namespace karvan
