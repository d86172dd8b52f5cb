#include "models/teammodel.h"

namespace karvan {

TeamModel::TeamModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeamModel::setTeams(QList<Team> teams)
{
    beginResetModel();
    m_teams = std::move(teams);
    endResetModel();
}

std::optional<Team> TeamModel::teamAt(int row) const
{
    if (row < 0 || row >= m_teams.size())
        return std::nullopt;
    return m_teams.at(row);
}

int TeamModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_teams.size(); ++i) {
        if (m_teams.at(i).id == id)
            return i;
    }
    return -1;
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Team &t = m_teams.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == Qt::ToolTipRole && index.column() == Key)
        return t.builtin ? tr("Built-in team: CSV files refer to it by this key, which cannot change.")
                         : tr("CSV files refer to the team by this key.");
    if (role == Qt::ToolTipRole && index.column() == Members && t.members == 0)
        return tr("No active member: accounts this team supports show a gap.");
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        switch (index.column()) {
        case Name: return t.name;
        case Key: return t.key;
        case Members: return t.members;
        case Description: return t.description;
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Team");
    case Key: return tr("Key");
    case Members: return tr("Active members");
    case Description: return tr("Description");
    default: return {};
    }
}

Qt::ItemFlags TeamModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const Team &t = m_teams.at(index.row());
    if (index.column() == Name || index.column() == Description || (index.column() == Key && !t.builtin))
        f |= Qt::ItemIsEditable;
    return f;
}

bool TeamModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editHandler
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Team before = m_teams.at(index.row());
    Team after = before;
    switch (index.column()) {
    case Name: after.name = value.toString().trimmed(); break;
    case Key: after.key = value.toString().trimmed(); break;
    case Description: after.description = value.toString().trimmed(); break;
    default: return false;
    }
    if (after.name == before.name && after.key == before.key && after.description == before.description)
        return false;
    return m_editHandler(before, after);
}

} // namespace karvan
