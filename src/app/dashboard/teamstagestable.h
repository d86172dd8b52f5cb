#pragma once

#include "ownership/ownershipmatrix.h"

#include <QHash>
#include <QTableWidget>

namespace karvan {

// Teams x stages: for each team (rows) and stage (columns), the active accounts it owns there
// and their MRR. Activating a cell opens the list of the accounts behind it; activating one
// of those opens the account.
class TeamStagesTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit TeamStagesTable(QWidget *parent = nullptr);

    // `names`: account id -> "ext_id  name", for the list behind a cell.
    void setCells(const std::vector<TeamStageCell> &cells, const QHash<qint64, QString> &names);
    // The accounts behind the cell at (row, column), in ext_id order; empty for an empty cell.
    std::vector<qint64> accountsAt(int row, int column) const;
    // Shows the list of the accounts behind a cell (modal); returns the account chosen, or 0.
    qint64 showAccountsAt(int row, int column);

Q_SIGNALS:
    void accountActivated(qint64 accountId);

private:
    QHash<QPair<int, int>, TeamStageCell> m_cells;
    QHash<qint64, QString> m_names;
};

} // namespace karvan
