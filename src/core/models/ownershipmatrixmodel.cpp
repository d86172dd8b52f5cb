#include "models/ownershipmatrixmodel.h"

namespace karvan {

OwnershipMatrixModel::OwnershipMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void OwnershipMatrixModel::setMatrix(const OwnershipMatrix &matrix)
{
    beginResetModel();
    m_accounts = matrix.accounts();
    m_gapCells.clear();
    m_bands = matrix.bands();
    for (const OwnershipGap &g : matrix.gaps())
        m_gapCells.insert({g.accountId, stageIndex(g.stage)});
    endResetModel();
}

qint64 OwnershipMatrixModel::accountIdAt(int row) const
{
    return row >= 0 && row < int(m_accounts.size()) ? m_accounts[size_t(row)].accountId : 0;
}

const AccountOwners *OwnershipMatrixModel::accountAt(int row) const
{
    return row >= 0 && row < int(m_accounts.size()) ? &m_accounts[size_t(row)] : nullptr;
}

Band OwnershipMatrixModel::bandAt(int row) const
{
    const AccountOwners *a = accountAt(row);
    return a ? m_bands.value(a->accountId, Band::Insufficient) : Band::Insufficient;
}

QStringList OwnershipMatrixModel::segments() const
{
    QSet<QString> seen;
    for (const AccountOwners &a : m_accounts) {
        if (!a.segment.isEmpty())
            seen.insert(a.segment);
    }
    QStringList out(seen.begin(), seen.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

int OwnershipMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int OwnershipMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(kAllStages.size());
}

QVariant OwnershipMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Account");
    return stageLabel(kAllStages[size_t(section - 1)]);
}

QVariant OwnershipMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountOwners &a = m_accounts[size_t(index.row())];
    switch (role) {
    case AccountIdRole: return a.accountId;
    case BandRole: return int(m_bands.value(a.accountId, Band::Insufficient));
    case SegmentRole: return a.segment;
    case BusinessModelRole: return a.model;
    default: break;
    }
    if (index.column() == 0)
        return accountData(a, role);
    return ownerData(a, kAllStages[size_t(index.column() - 1)], role);
}

QVariant OwnershipMatrixModel::accountData(const AccountOwners &a, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1  %2").arg(a.extId, a.name);
    case Qt::ToolTipRole: return a.active ? a.name : tr("%1 (churned)").arg(a.name);
    case CurrentStageRole:
    case GapRole: return false;
    case MutedRole: return !a.active;
    default: return {};
    }
}

QVariant OwnershipMatrixModel::ownerData(const AccountOwners &a, Stage stage, int role) const
{
    const ResolvedOwner &o = a.at(stage);
    const bool gap = m_gapCells.contains({a.accountId, stageIndex(stage)});
    switch (role) {
    case Qt::DisplayRole:
        if (!o.personName.isEmpty())
            return o.personActive ? o.personName : tr("%1 (inactive)").arg(o.personName);
        return o.teamName.isEmpty() ? tr("no owner") : QStringLiteral("(%1)").arg(o.teamName);
    case Qt::ToolTipRole: {
        QString tip = tr("Team: %1").arg(o.teamName.isEmpty() ? tr("none") : o.teamName);
        if (!o.supportingNames.isEmpty())
            tip += QLatin1Char('\n') + tr("Supporting: %1").arg(o.supportingNames.join(QStringLiteral(", ")));
        tip += QLatin1Char('\n') + (o.fromTemplate ? tr("From the template") : tr("Set for this account"));
        if (gap)
            tip += QLatin1Char('\n') + tr("Gap at the current stage");
        return tip;
    }
    case CurrentStageRole: return stage == a.currentStage;
    case GapRole: return gap;
    case MutedRole: return o.personName.isEmpty() && !gap;
    default: return {};
    }
}

} // namespace karvan
