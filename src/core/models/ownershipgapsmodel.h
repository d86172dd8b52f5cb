#pragma once

#include "ownership/ownershipmatrix.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace karvan {

// The ownership gaps (OwnershipMatrix::gaps()), read-only: account, stage, problem. A model and
// not a list of items, because a large book can have hundreds of thousands of gaps (a supporting
// team with nobody active is a gap on every account that has that stage ahead).
// DisplayRole: the words; SortRole: what sorts (the account key, the stage in journey order);
// AccountIdRole: the account; CurrentRole: the gap is at the account's current stage.
class OwnershipGapsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Account, StageColumn, Problem, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1, CurrentRole, SortRole };

    explicit OwnershipGapsModel(QObject *parent = nullptr);

    // The matrix's gaps; `teamNames`: team key -> name, for the problem's words.
    void setMatrix(std::shared_ptr<const OwnershipMatrix> matrix, const QHash<QString, QString> &teamNames);
    int currentCount() const { return m_current; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The words for a problem key (the core keeps the contract's English keys).
    static QString problemText(const QString &problem);

private:
    QString problem(const OwnershipGap &gap) const;

    std::shared_ptr<const OwnershipMatrix> m_matrix;
    QHash<QString, QString> m_teamNames;
    int m_current = 0;
};

} // namespace karvan
