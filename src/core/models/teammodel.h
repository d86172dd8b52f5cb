#pragma once

#include "people/peoplestore.h"

#include <QAbstractTableModel>

#include <functional>

namespace karvan {

// The teams, one row each. Like PeopleModel, setData hands the edit to the edit handler and
// never writes itself.
class TeamModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Key, Members, Description, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };
    using EditHandler = std::function<bool(const Team &before, const Team &after)>;

    explicit TeamModel(QObject *parent = nullptr);

    void setTeams(QList<Team> teams);
    const QList<Team> &teams() const { return m_teams; }
    std::optional<Team> teamAt(int row) const;
    int rowOfId(qint64 id) const;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Team> m_teams;
    EditHandler m_editHandler;
};

} // namespace karvan
