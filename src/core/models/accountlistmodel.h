#pragma once

#include "domain/accountrow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <vector>

namespace karvan {

// The book of accounts as a table: one row per account, filled from AccountBook::loadBook.
// Read-only: edits happen in the account workspace through undo commands.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Stage, Owner, Health, Trend, Mrr, Renewal, LastContact, InStage, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // raw value for sorting (numbers, days, ranks)
        AccountIdRole,
        BandRole,                     // int(Band)
        OwnerEmailRole,
        MutedRole,                    // bool: the account is churned (shown greyed)
    };

    explicit AccountListModel(QObject *parent = nullptr);

    void setRows(std::vector<AccountRow> rows);
    // Replaces (or removes, when nullopt) one account's row after an edit.
    void updateRow(qint64 accountId, const std::optional<AccountRow> &row);
    const AccountRow &row(int index) const { return m_rows[size_t(index)]; }
    int indexOf(qint64 accountId) const { return m_index.value(accountId, -1); }

    // "Today" for the days-since and renewal columns (tests pin it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // The rank of a row in the case-insensitive order of a text column (Name, Owner, Stage
    // for ties); computed once per load, so sorting compares integers.
    int rank(Column column, int row) const;
    // The raw value a column sorts on (ranks for the text columns).
    double sortNumber(int column, int row) const;
    // sortNumber() from a per-column cache made on first use (sorting reads a compact array
    // instead of the rows); dropped whenever the rows or today change.
    double sortKey(int column, int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString trendText(const AccountRow &row);

private:
    QVariant display(const AccountRow &row, int column) const;
    void rebuildIndex();
    void clearSortCaches() const;

    std::vector<AccountRow> m_rows;
    QHash<qint64, int> m_index;
    QDate m_today = QDate::currentDate();
    mutable std::vector<int> m_nameRank;
    mutable std::vector<int> m_ownerRank;
    mutable std::vector<double> m_sortKeys[ColumnCount];
};

} // namespace karvan
