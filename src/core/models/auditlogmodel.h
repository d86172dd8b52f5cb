#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>

#include <vector>

namespace karvan {

// The audit log as a table (newest first): when (local time), who, what (the record), the
// field, from, to. Read-only; the History view and the account's History tab show it.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Record, Field, From, To, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(std::vector<AuditEntry> entries);
    const AuditEntry &entry(int row) const { return m_entries[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditEntry> m_entries;
};

} // namespace karvan
