#include "models/peoplemodel.h"

namespace karvan {

PeopleModel::PeopleModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeopleModel::setPeople(QList<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

std::optional<Person> PeopleModel::personAt(int row) const
{
    if (row < 0 || row >= m_people.size())
        return std::nullopt;
    return m_people.at(row);
}

int PeopleModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == id)
            return i;
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_people.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == Qt::CheckStateRole && index.column() == Active)
        return p.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && !p.active)
        return tr("Inactive: the accounts %1 owns show as gaps in the dashboard.").arg(p.name);
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        switch (index.column()) {
        case Name: return p.name;
        case Email: return p.email;
        case Team: return role == Qt::EditRole ? QVariant(p.teamId) : QVariant(p.teamName);
        case Active:
            if (role == SortRole)
                return p.active ? 1 : 0;
            return p.active ? tr("Active") : tr("Inactive");
        case Accounts: return p.ownedAccounts;
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Accounts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Team: return tr("Team");
    case Active: return tr("Status");
    case Accounts: return tr("Accounts owned");
    default: return {};
    }
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    case Name:
    case Email:
        return f | Qt::ItemIsEditable;
    case Active:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool PeopleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_editHandler)
        return false;
    const Person before = m_people.at(index.row());
    Person after = before;
    if (role == Qt::CheckStateRole && index.column() == Active) {
        after.active = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Name: after.name = value.toString().trimmed(); break;
        case Email: after.email = value.toString().trimmed(); break;
        case Team: after.teamId = value.toLongLong(); break;
        default: return false;
        }
    } else {
        return false;
    }
    if (after.name == before.name && after.email == before.email && after.teamId == before.teamId
        && after.active == before.active)
        return false;
    return m_editHandler(before, after);
}

} // namespace karvan
