#include "models/ownershipgapsmodel.h"

#include <QCoreApplication>

namespace karvan {

namespace {

const char *const kContext = "karvan::OwnershipPanel";

const std::vector<OwnershipGap> &noGaps()
{
    static const std::vector<OwnershipGap> none;
    return none;
}

} // namespace

OwnershipGapsModel::OwnershipGapsModel(QObject *parent) : QAbstractTableModel(parent) {}

void OwnershipGapsModel::setMatrix(std::shared_ptr<const OwnershipMatrix> matrix,
                                   const QHash<QString, QString> &teamNames)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_teamNames = teamNames;
    m_current = 0;
    if (m_matrix) {
        for (const OwnershipGap &g : m_matrix->gaps())
            m_current += g.current ? 1 : 0;
    }
    endResetModel();
}

int OwnershipGapsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_matrix ? 0 : int(m_matrix->gaps().size());
}

int OwnershipGapsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnershipGapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Account: return tr("Account");
    case StageColumn: return tr("Stage");
    case Problem: return tr("Problem");
    default: return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QString OwnershipGapsModel::problemText(const QString &problem)
{
    static const QHash<QString, const char *> words = {
        {OwnershipGap::kNoOwner, QT_TRANSLATE_NOOP("karvan::OwnershipPanel", "no owner named")},
        {OwnershipGap::kInactiveOwner, QT_TRANSLATE_NOOP("karvan::OwnershipPanel", "inactive owner")},
        {OwnershipGap::kNoActiveSupport,
         QT_TRANSLATE_NOOP("karvan::OwnershipPanel", "no active member in a supporting team")},
        {OwnershipGap::kNoTeam, QT_TRANSLATE_NOOP("karvan::OwnershipPanel", "no owning team")},
        {OwnershipGap::kNoActiveOwnerTeamMember,
         QT_TRANSLATE_NOOP("karvan::OwnershipPanel", "no active member in the owning team")},
        {OwnershipGap::kOverdueHandoff, QT_TRANSLATE_NOOP("karvan::OwnershipPanel", "hand-off overdue, waiting for")},
    };
    const auto it = words.constFind(problem);
    return it == words.constEnd() ? problem : QCoreApplication::translate(kContext, it.value());
}

QString OwnershipGapsModel::problem(const OwnershipGap &g) const
{
    QString text = problemText(g.problem);
    if (!g.team.isEmpty())
        text += QStringLiteral(": %1").arg(m_teamNames.value(g.team, g.team));
    if (!g.person.isEmpty())
        text += g.problem == OwnershipGap::kOverdueHandoff ? QStringLiteral(" %1").arg(g.person)
                                                           : QStringLiteral(": %1").arg(g.person);
    return text;
}

QVariant OwnershipGapsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OwnershipGap &g = (m_matrix ? m_matrix->gaps() : noGaps())[size_t(index.row())];
    switch (role) {
    case AccountIdRole: return g.accountId;
    case CurrentRole: return g.current;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Account: return QStringLiteral("%1  %2").arg(g.accountKey, g.accountName);
        case StageColumn:
            return g.current ? stageLabel(g.stage)
                             : tr("%1 (ahead)").arg(stageLabel(g.stage));
        default: return problem(g);
        }
    case SortRole:
        switch (index.column()) {
        case Account: return g.accountKey;
        case StageColumn: return stageIndex(g.stage) * 2 + (g.current ? 0 : 1);
        default: return problem(g);
        }
    default: return {};
    }
}

} // namespace karvan
