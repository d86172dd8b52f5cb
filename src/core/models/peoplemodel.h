#pragma once

#include "people/peoplestore.h"

#include <QAbstractTableModel>

#include <functional>

namespace karvan {

// The people of the organisation, one row each. Read from a PeopleStore; editing a cell never
// writes: setData hands the edited Person to the edit handler (the app pushes an undo command),
// and the model shows the change once the store reports it through reload().
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Team, Active, Accounts, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };
    using EditHandler = std::function<bool(const Person &before, const Person &after)>;

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(QList<Person> people);
    const QList<Person> &people() const { return m_people; }
    std::optional<Person> personAt(int row) const;
    int rowOfId(qint64 id) const;
    // Called by setData with the person before and after the edit; returns whether it was taken.
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    // Team names offered when editing the Team column, by id.
    void setTeams(const QList<karvan::Team> &teams) { m_teams = teams; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Person> m_people;
    QList<karvan::Team> m_teams;
    EditHandler m_editHandler;
};

} // namespace karvan
