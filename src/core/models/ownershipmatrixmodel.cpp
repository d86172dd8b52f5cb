#include "models/ownershipmatrixmodel.h"

#include <QSet>

namespace karvan {

OwnershipMatrixModel::OwnershipMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void OwnershipMatrixModel::setMatrix(const OwnershipMatrix &matrix)
{
    setMatrix(std::make_shared<const OwnershipMatrix>(matrix));
}

void OwnershipMatrixModel::setMatrix(std::shared_ptr<const OwnershipMatrix> matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_gapStages.assign(accounts().size(), 0);
    QHash<qint64, int> rowOf;
    rowOf.reserve(int(accounts().size()));
    for (size_t row = 0; row < accounts().size(); ++row)
        rowOf.insert(accounts()[row].accountId, int(row));
    if (m_matrix) {
        for (const OwnershipGap &g : m_matrix->gaps()) {
            const auto it = rowOf.constFind(g.accountId);
            if (it != rowOf.constEnd())
                m_gapStages[size_t(*it)] |= quint8(1u << stageIndex(g.stage));
        }
    }
    endResetModel();
}

const std::vector<AccountOwners> &OwnershipMatrixModel::accounts() const
{
    static const std::vector<AccountOwners> none;
    return m_matrix ? m_matrix->accounts() : none;
}

bool OwnershipMatrixModel::isGap(int row, Stage stage) const
{
    return row >= 0 && size_t(row) < m_gapStages.size() && (m_gapStages[size_t(row)] >> stageIndex(stage)) & 1u;
}

qint64 OwnershipMatrixModel::accountIdAt(int row) const
{
    return row >= 0 && row < int(accounts().size()) ? accounts()[size_t(row)].accountId : 0;
}

const AccountOwners *OwnershipMatrixModel::accountAt(int row) const
{
    return row >= 0 && row < int(accounts().size()) ? &accounts()[size_t(row)] : nullptr;
}

Band OwnershipMatrixModel::bandAt(int row) const
{
    const AccountOwners *a = accountAt(row);
    return a && m_matrix ? m_matrix->bands().value(a->accountId, Band::Insufficient) : Band::Insufficient;
}

QStringList OwnershipMatrixModel::segments() const
{
    QSet<QString> seen;
    for (const AccountOwners &a : accounts()) {
        if (!a.segment.isEmpty())
            seen.insert(a.segment);
    }
    QStringList out(seen.begin(), seen.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

int OwnershipMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(accounts().size());
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
    const AccountOwners &a = accounts()[size_t(index.row())];
    switch (role) {
    case AccountIdRole: return a.accountId;
    case BandRole: return int(bandAt(index.row()));
    case SegmentRole: return a.segment;
    case BusinessModelRole: return a.model;
    default: break;
    }
    if (index.column() == 0)
        return accountData(a, role);
    const Stage stage = kAllStages[size_t(index.column() - 1)];
    return ownerData(a, stage, isGap(index.row(), stage), role);
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

QVariant OwnershipMatrixModel::ownerData(const AccountOwners &a, Stage stage, bool gap, int role) const
{
    const ResolvedOwner &o = a.at(stage);
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
