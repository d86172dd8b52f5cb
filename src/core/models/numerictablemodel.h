#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace karvan {

// One cell of a dashboard table: the text shown and the number behind it (nullopt: no value,
// shown "n/a"). Money is in major units, rates are fractions: the numbers of `--json`.
struct NumericCell
{
    QString text;
    std::optional<double> value;
    QString key; // the JSON key (or group key) of the column; empty for a label cell
};

// A read-only table of numbers for the dashboard (KPI panel, per owner and per team, stage
// KPIs). DisplayRole is the text; SortRole the number (a missing value sorts below every
// number; a label cell sorts by its text), so a QSortFilterProxyModel with
// setSortRole(SortRole) sorts money as money, never as text; ValueRole the number or an
// invalid QVariant; KeyRole the cell's key.
class NumericTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, ValueRole, KeyRole, RowKeyRole };

    explicit NumericTableModel(QObject *parent = nullptr);

    // The header labels and the rows (each as many cells as headers). rowKeys: an id per row
    // (a group's key), may be empty.
    void setTable(const QStringList &headers, std::vector<std::vector<NumericCell>> rows,
                  const QStringList &rowKeys = {});
    const NumericCell &cell(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<std::vector<NumericCell>> m_rows;
    QStringList m_rowKeys;
};

} // namespace karvan
