#include "models/auditlogmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace karvan {

namespace {

// The record an entry is about, in words.
QString recordText(const AuditEntry &e)
{
    static const QHash<QString, const char *> kinds = {
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Account %1")},
        {QStringLiteral("health_override"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Health of %1")},
        {QStringLiteral("handoff"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Hand-off %1")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Task %1")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Person %1")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Team %1")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Ownership template %1")},
        {QStringLiteral("rule"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Conflict rule %1")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Import %1")},
        {QStringLiteral("checklist"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Hand-off checklist %1")},
        {QStringLiteral("custom_field"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Custom field %1")},
        {QStringLiteral("saved_filter"), QT_TRANSLATE_NOOP("karvan::AuditLogModel", "Saved filter %1")},
    };
    const auto it = kinds.constFind(e.entity);
    if (it == kinds.constEnd())
        return QStringLiteral("%1 %2").arg(e.entity, e.entityId);
    return QCoreApplication::translate("karvan::AuditLogModel", it.value()).arg(e.entityId);
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry &e = m_entries[size_t(index.row())];
    if (role == Qt::ToolTipRole && (index.column() == From || index.column() == To))
        return index.column() == From ? e.oldValue : e.newValue;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When: {
        const QDateTime t = QDateTime::fromString(e.at, Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : e.at;
    }
    case Who: return e.actor;
    case Record: return recordText(e);
    case Field: return e.field;
    case From: return e.oldValue;
    case To: return e.newValue;
    case ColumnCount: break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Record: return tr("Record");
    case Field: return tr("Field");
    case From: return tr("From");
    case To: return tr("To");
    case ColumnCount: break;
    }
    return {};
}

} // namespace karvan
