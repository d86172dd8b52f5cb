#pragma once

#include "domain/stage.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace karvan {

// A person who can own accounts. Deactivating a person keeps their history; the accounts they
// own then show as gaps ("inactive owner") in the ownership matrix.
struct Person
{
    qint64 id = 0;
    QString email;
    QString name;
    qint64 teamId = 0;
    QString teamKey;   // read-only, filled when loading
    QString teamName;  // read-only, filled when loading
    bool active = true;
    int ownedAccounts = 0; // read-only: accounts whose current stage this person owns
    qint64 version = 0;    // the row version this copy was read at; 0: write without a check
};

struct Team
{
    qint64 id = 0;
    QString key;
    QString name;
    QString description;
    bool builtin = false;
    int members = 0;       // read-only: active people in the team
    qint64 version = 0;    // the row version this copy was read at; 0: write without a check
};

// situation -> deciding team -> communicating team (seed 000).
struct ConflictRule
{
    qint64 id = 0;
    QString situation;
    qint64 decidingTeamId = 0;
    qint64 communicatingTeamId = 0;
    QString note;

    bool operator==(const ConflictRule &) const = default;
};

// Reads and edits people, teams and the conflict-resolution rules (the ownership template:
// TemplateStore).
// Every edit runs in its own transaction, is validated first (DataError with a message for the
// user, nothing written) and appends to the audit log in the same transaction.
class PeopleStore
{
public:
    PeopleStore(const QSqlDatabase &db, QString actor);

    QList<Person> people() const;
    std::optional<Person> person(qint64 id) const;
    std::optional<Person> personByEmail(const QString &email) const;
    // Returns the new person's id. Pass a non-zero id to re-create a removed person (undo).
    qint64 addPerson(const Person &person);
    // Writes the person as given. With person.version set, refused (StaleEditError) when the
    // person changed since that copy was read. Returns the new version.
    qint64 updatePerson(const Person &person);
    void setPersonActive(qint64 id, bool active);
    // Removes a person nobody references (the undo of an add); DataError otherwise.
    void removePerson(qint64 id);

    QList<Team> teams() const;
    std::optional<Team> team(qint64 id) const;
    std::optional<Team> teamByKey(const QString &key) const;
    qint64 addTeam(const Team &team);
    // As updatePerson, for a team.
    qint64 updateTeam(const Team &team);
    void removeTeam(qint64 id);

    QList<ConflictRule> rules() const;
    // The rule for a ticket escalated to Product: the first rule Product decides (seed 000:
    // "Product decides the priority, Customer Success tells the customer"); none when no rule
    // has Product deciding. With the deciding and communicating teams' names.
    struct RuleText
    {
        ConflictRule rule;
        QString decidingTeam;
        QString communicatingTeam;
    };
    std::optional<RuleText> escalationRule() const;
    qint64 addRule(const ConflictRule &rule);
    void updateRule(const ConflictRule &rule);
    void removeRule(qint64 id);

    // "sales" style key from a display name ("Key Accounts" -> "key_accounts").
    static QString keyFromName(const QString &name);

private:
    void validatePerson(const Person &person, bool isNew) const;
    void validateTeam(const Team &team, bool isNew) const;
    void validateRule(const ConflictRule &rule) const;
    QString teamKeyOf(std::optional<qint64> id) const;

    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace karvan
