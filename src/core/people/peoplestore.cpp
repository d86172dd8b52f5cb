#include "people/peoplestore.h"

#include "ownership/ownershipresolver.h"
#include "storage/audit.h"
#include "storage/rowversion.h"
#include "domain/errors.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace karvan {

namespace {

// Text for a NOT NULL column: an empty string, never NULL.
QString text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(email).hasMatch();
}

const QString kPersonSelect = QStringLiteral(
    "SELECT p.id, p.email, p.name, p.team_id, t.team_key, t.name, p.active, p.version"
    " FROM people p JOIN teams t ON t.id = p.team_id");

// `owned`: the resolver's count of active accounts per owner.
Person personFrom(const QSqlQuery &q, const QHash<qint64, int> &owned)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.email = q.value(1).toString();
    p.name = q.value(2).toString();
    p.teamId = q.value(3).toLongLong();
    p.teamKey = q.value(4).toString();
    p.teamName = q.value(5).toString();
    p.active = q.value(6).toInt() != 0;
    p.version = q.value(7).toLongLong();
    p.ownedAccounts = owned.value(p.id, 0);
    return p;
}

const QString kTeamSelect = QStringLiteral(
    "SELECT t.id, t.team_key, t.name, t.description, t.builtin,"
    " (SELECT count(*) FROM people p WHERE p.team_id = t.id AND p.active = 1), t.version"
    " FROM teams t");

Team teamFrom(const QSqlQuery &q)
{
    Team t;
    t.id = q.value(0).toLongLong();
    t.key = q.value(1).toString();
    t.name = q.value(2).toString();
    t.description = q.value(3).toString();
    t.builtin = q.value(4).toInt() != 0;
    t.members = q.value(5).toInt();
    t.version = q.value(6).toLongLong();
    return t;
}

int countWhere(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return sql::next(q) ? q.value(0).toInt() : 0;
}

} // namespace

PeopleStore::PeopleStore(const QSqlDatabase &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

QString PeopleStore::keyFromName(const QString &name)
{
    QString key;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            key += c;
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('_')))
            key += QLatin1Char('_');
    }
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key;
}

// ---- people ----

QList<Person> PeopleStore::people() const
{
    QSqlQuery q = sql::run(m_db, kPersonSelect + QStringLiteral(" ORDER BY p.name, p.email"));
    const QHash<qint64, int> owned = OwnershipResolver(m_db).ownedActiveAccounts();
    QList<Person> result;
    while (sql::next(q))
        result << personFrom(q, owned);
    return result;
}

std::optional<Person> PeopleStore::person(qint64 id) const
{
    QSqlQuery q = sql::prepare(m_db, kPersonSelect + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(id);
    sql::exec(q);
    if (!sql::next(q))
        return std::nullopt;
    return personFrom(q, OwnershipResolver(m_db).ownedActiveAccounts(id));
}

std::optional<Person> PeopleStore::personByEmail(const QString &email) const
{
    QSqlQuery q = sql::prepare(m_db, kPersonSelect + QStringLiteral(" WHERE lower(p.email) = lower(?)"));
    q.addBindValue(email.trimmed());
    sql::exec(q);
    if (!sql::next(q))
        return std::nullopt;
    return personFrom(q, OwnershipResolver(m_db).ownedActiveAccounts(q.value(0).toLongLong()));
}

void PeopleStore::validatePerson(const Person &person, bool isNew) const
{
    QStringList problems;
    if (person.name.trimmed().isEmpty())
        problems << QStringLiteral("A person needs a name.");
    if (!looksLikeEmail(person.email.trimmed()))
        problems << QStringLiteral("'%1' is not an email address.").arg(person.email);
    if (!team(person.teamId))
        problems << QStringLiteral("Choose the person's team.");
    const int sameEmail = countWhere(m_db, QStringLiteral(
        "SELECT count(*) FROM people WHERE lower(email) = lower(?) AND id <> ?"),
        {person.email.trimmed(), isNew ? qint64(-1) : person.id});
    if (sameEmail > 0)
        problems << QStringLiteral("Someone already has the email '%1'.").arg(person.email.trimmed());
    if (!problems.isEmpty())
        throw DataError(problems);
}

qint64 PeopleStore::addPerson(const Person &person)
{
    validatePerson(person, true);
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, person.id > 0
        ? QStringLiteral("INSERT INTO people (email, name, team_id, active, id) VALUES (?, ?, ?, ?, ?) RETURNING id")
        : QStringLiteral("INSERT INTO people (email, name, team_id, active) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(person.email.trimmed());
    q.addBindValue(person.name.trimmed());
    q.addBindValue(person.teamId);
    q.addBindValue(person.active ? 1 : 0);
    if (person.id > 0)
        q.addBindValue(person.id);
    const qint64 id = sql::insertReturningId(q);
    audit::record(m_db, m_actor, QStringLiteral("person"), person.email.trimmed(),
                  QStringLiteral("created"), QVariant(), person.name.trimmed());
    tx.commit();
    return id;
}

qint64 PeopleStore::updatePerson(const Person &person)
{
    const std::optional<Person> old = this->person(person.id);
    if (!old)
        throw DataError(QCoreApplication::translate("karvan::PeopleStore", "This person no longer exists."));
    validatePerson(person, false);
    Transaction tx(m_db);
    const qint64 version = person.version > 0
        ? rowversion::claim(m_db, rowversion::Table::People, person.id, person.version, m_actor, old->name)
        : rowversion::bump(m_db, rowversion::Table::People, person.id, m_actor);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE people SET email = ?, name = ?, team_id = ?, active = ? WHERE id = ?"));
    q.addBindValue(person.email.trimmed());
    q.addBindValue(person.name.trimmed());
    q.addBindValue(person.teamId);
    q.addBindValue(person.active ? 1 : 0);
    q.addBindValue(person.id);
    sql::exec(q);
    const QString key = person.email.trimmed();
    if (old->email != key)
        audit::record(m_db, m_actor, QStringLiteral("person"), key, QStringLiteral("email"), old->email, key);
    if (old->name != person.name.trimmed())
        audit::record(m_db, m_actor, QStringLiteral("person"), key, QStringLiteral("name"), old->name,
                      person.name.trimmed());
    if (old->teamId != person.teamId)
        audit::record(m_db, m_actor, QStringLiteral("person"), key, QStringLiteral("team"), old->teamKey,
                      teamKeyOf(person.teamId));
    if (old->active != person.active)
        audit::record(m_db, m_actor, QStringLiteral("person"), key, QStringLiteral("active"),
                      old->active ? QStringLiteral("true") : QStringLiteral("false"),
                      person.active ? QStringLiteral("true") : QStringLiteral("false"));
    tx.commit();
    return version;
}

void PeopleStore::setPersonActive(qint64 id, bool active)
{
    std::optional<Person> p = person(id);
    if (!p)
        throw DataError(QCoreApplication::translate("karvan::PeopleStore", "This person no longer exists."));
    p->active = active;
    updatePerson(*p);
}

void PeopleStore::removePerson(qint64 id)
{
    const std::optional<Person> p = person(id);
    if (!p)
        return;
    const int uses = countWhere(m_db, QStringLiteral(
        "SELECT (SELECT count(*) FROM ownership WHERE person_id = ?)"
        " + (SELECT count(*) FROM ownership_history WHERE person_id = ?)"
        " + (SELECT count(*) FROM interactions WHERE author_id = ?)"
        " + (SELECT count(*) FROM handoffs WHERE from_person_id = ? OR to_person_id = ?)"),
        {id, id, id, id, id});
    if (uses > 0) {
        throw DataError(QStringLiteral("%1 owns accounts or appears in their history; deactivate them instead.")
                            .arg(p->name));
    }
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM people WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q);
    audit::record(m_db, m_actor, QStringLiteral("person"), p->email, QStringLiteral("removed"), p->name, QVariant());
    tx.commit();
}

// ---- teams ----

QList<Team> PeopleStore::teams() const
{
    QSqlQuery q = sql::run(m_db, kTeamSelect + QStringLiteral(" ORDER BY t.name"));
    QList<Team> result;
    while (sql::next(q))
        result << teamFrom(q);
    return result;
}

std::optional<Team> PeopleStore::team(qint64 id) const
{
    QSqlQuery q = sql::prepare(m_db, kTeamSelect + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(id);
    sql::exec(q);
    return sql::next(q) ? std::optional(teamFrom(q)) : std::nullopt;
}

std::optional<Team> PeopleStore::teamByKey(const QString &key) const
{
    QSqlQuery q = sql::prepare(m_db, kTeamSelect + QStringLiteral(" WHERE t.team_key = ?"));
    q.addBindValue(key);
    sql::exec(q);
    return sql::next(q) ? std::optional(teamFrom(q)) : std::nullopt;
}

void PeopleStore::validateTeam(const Team &team, bool isNew) const
{
    QStringList problems;
    if (team.name.trimmed().isEmpty())
        problems << QStringLiteral("A team needs a name.");
    static const QRegularExpression keyRe(QStringLiteral(R"(^[a-z0-9_]+$)"));
    if (!keyRe.match(team.key).hasMatch())
        problems << QStringLiteral("A team key uses lower-case letters, digits and '_' only (not '%1').")
                        .arg(team.key);
    else if (countWhere(m_db, QStringLiteral("SELECT count(*) FROM teams WHERE team_key = ? AND id <> ?"),
                        {team.key, isNew ? qint64(-1) : team.id}) > 0)
        problems << QStringLiteral("There is already a team with the key '%1'.").arg(team.key);
    if (!problems.isEmpty())
        throw DataError(problems);
}

qint64 PeopleStore::addTeam(const Team &team)
{
    validateTeam(team, true);
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, team.id > 0
        ? QStringLiteral("INSERT INTO teams (team_key, name, description, builtin, id) VALUES (?, ?, ?, 0, ?) RETURNING id")
        : QStringLiteral("INSERT INTO teams (team_key, name, description, builtin) VALUES (?, ?, ?, 0) RETURNING id"));
    q.addBindValue(team.key);
    q.addBindValue(team.name.trimmed());
    q.addBindValue(text(team.description));
    if (team.id > 0)
        q.addBindValue(team.id);
    const qint64 id = sql::insertReturningId(q);
    audit::record(m_db, m_actor, QStringLiteral("team"), team.key, QStringLiteral("created"), QVariant(),
                  team.name.trimmed());
    tx.commit();
    return id;
}

qint64 PeopleStore::updateTeam(const Team &team)
{
    const std::optional<Team> old = this->team(team.id);
    if (!old)
        throw DataError(QCoreApplication::translate("karvan::PeopleStore", "This team no longer exists."));
    if (old->builtin && old->key != team.key)
        throw DataError(QCoreApplication::translate("karvan::PeopleStore", "The key of a built-in team cannot change (CSV files use it)."));
    validateTeam(team, false);
    Transaction tx(m_db);
    const qint64 version = team.version > 0
        ? rowversion::claim(m_db, rowversion::Table::Teams, team.id, team.version, m_actor, old->name)
        : rowversion::bump(m_db, rowversion::Table::Teams, team.id, m_actor);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE teams SET team_key = ?, name = ?, description = ? WHERE id = ?"));
    q.addBindValue(team.key);
    q.addBindValue(team.name.trimmed());
    q.addBindValue(text(team.description));
    q.addBindValue(team.id);
    sql::exec(q);
    if (old->key != team.key)
        audit::record(m_db, m_actor, QStringLiteral("team"), team.key, QStringLiteral("key"), old->key, team.key);
    if (old->name != team.name.trimmed())
        audit::record(m_db, m_actor, QStringLiteral("team"), team.key, QStringLiteral("name"), old->name,
                      team.name.trimmed());
    if (old->description != team.description.trimmed())
        audit::record(m_db, m_actor, QStringLiteral("team"), team.key, QStringLiteral("description"),
                      old->description, team.description.trimmed());
    tx.commit();
    return version;
}

void PeopleStore::removeTeam(qint64 id)
{
    const std::optional<Team> t = team(id);
    if (!t)
        return;
    const int uses = countWhere(m_db, QStringLiteral(
        "SELECT (SELECT count(*) FROM people WHERE team_id = ?)"
        " + (SELECT count(*) FROM ownership WHERE team_id = ?)"
        " + (SELECT count(*) FROM ownership_supporting WHERE team_id = ?)"
        " + (SELECT count(*) FROM ownership_history WHERE team_id = ?)"
        " + (SELECT count(*) FROM template_stages WHERE owner_team_id = ? OR co_owner_team_id = ?)"
        " + (SELECT count(*) FROM template_supporting WHERE team_id = ?)"
        " + (SELECT count(*) FROM conflict_rules WHERE deciding_team_id = ? OR communicating_team_id = ?)"),
        {id, id, id, id, id, id, id, id, id});
    if (t->builtin || uses > 0)
        throw DataError(QStringLiteral("The team %1 is in use and cannot be removed.").arg(t->name));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM teams WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q);
    audit::record(m_db, m_actor, QStringLiteral("team"), t->key, QStringLiteral("removed"), t->name, QVariant());
    tx.commit();
}

QString PeopleStore::teamKeyOf(std::optional<qint64> id) const
{
    if (!id)
        return {};
    const std::optional<Team> t = team(*id);
    return t ? t->key : QString();
}

// ---- conflict-resolution rules ----

QList<ConflictRule> PeopleStore::rules() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT id, situation, deciding_team_id, communicating_team_id, note FROM conflict_rules ORDER BY id"));
    QList<ConflictRule> result;
    while (sql::next(q)) {
        result << ConflictRule{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                               q.value(3).toLongLong(), q.value(4).toString()};
    }
    return result;
}

std::optional<PeopleStore::RuleText> PeopleStore::escalationRule() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT r.id, r.situation, r.deciding_team_id, r.communicating_team_id, r.note, d.name, c.name"
        " FROM conflict_rules r JOIN teams d ON d.id = r.deciding_team_id"
        " JOIN teams c ON c.id = r.communicating_team_id WHERE d.team_key = 'product' ORDER BY r.id LIMIT 1"));
    if (!sql::next(q))
        return std::nullopt;
    return RuleText{{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toLongLong(), q.value(4).toString()},
                    q.value(5).toString(), q.value(6).toString()};
}

void PeopleStore::validateRule(const ConflictRule &rule) const
{
    QStringList problems;
    if (rule.situation.trimmed().isEmpty())
        problems << QStringLiteral("Describe the situation the rule settles.");
    if (!team(rule.decidingTeamId))
        problems << QStringLiteral("Choose the team that decides.");
    if (!team(rule.communicatingTeamId))
        problems << QStringLiteral("Choose the team that tells the customer.");
    if (!problems.isEmpty())
        throw DataError(problems);
}

qint64 PeopleStore::addRule(const ConflictRule &rule)
{
    validateRule(rule);
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, rule.id > 0
        ? QStringLiteral("INSERT INTO conflict_rules (situation, deciding_team_id, communicating_team_id, note, id)"
                         " VALUES (?, ?, ?, ?, ?) RETURNING id")
        : QStringLiteral("INSERT INTO conflict_rules (situation, deciding_team_id, communicating_team_id, note)"
                         " VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(rule.situation.trimmed());
    q.addBindValue(rule.decidingTeamId);
    q.addBindValue(rule.communicatingTeamId);
    q.addBindValue(text(rule.note));
    if (rule.id > 0)
        q.addBindValue(rule.id);
    const qint64 id = sql::insertReturningId(q);
    audit::record(m_db, m_actor, QStringLiteral("rule"), QString::number(id), QStringLiteral("created"),
                  QVariant(), rule.situation.trimmed());
    tx.commit();
    return id;
}

void PeopleStore::updateRule(const ConflictRule &rule)
{
    validateRule(rule);
    ConflictRule old;
    for (const ConflictRule &r : rules()) {
        if (r.id == rule.id)
            old = r;
    }
    if (old.id == 0)
        throw DataError(QStringLiteral("This rule no longer exists."));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE conflict_rules SET situation = ?, deciding_team_id = ?, communicating_team_id = ?, note = ?"
        " WHERE id = ?"));
    q.addBindValue(rule.situation.trimmed());
    q.addBindValue(rule.decidingTeamId);
    q.addBindValue(rule.communicatingTeamId);
    q.addBindValue(text(rule.note));
    q.addBindValue(rule.id);
    sql::exec(q);
    const QString id = QString::number(rule.id);
    if (old.situation != rule.situation.trimmed())
        audit::record(m_db, m_actor, QStringLiteral("rule"), id, QStringLiteral("situation"), old.situation,
                      rule.situation.trimmed());
    if (old.decidingTeamId != rule.decidingTeamId)
        audit::record(m_db, m_actor, QStringLiteral("rule"), id, QStringLiteral("deciding_team"),
                      teamKeyOf(old.decidingTeamId), teamKeyOf(rule.decidingTeamId));
    if (old.communicatingTeamId != rule.communicatingTeamId)
        audit::record(m_db, m_actor, QStringLiteral("rule"), id, QStringLiteral("communicating_team"),
                      teamKeyOf(old.communicatingTeamId), teamKeyOf(rule.communicatingTeamId));
    if (old.note != rule.note.trimmed())
        audit::record(m_db, m_actor, QStringLiteral("rule"), id, QStringLiteral("note"), old.note, rule.note.trimmed());
    tx.commit();
}

void PeopleStore::removeRule(qint64 id)
{
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM conflict_rules WHERE id = ?"));
    q.addBindValue(id);
    sql::exec(q);
    audit::record(m_db, m_actor, QStringLiteral("rule"), QString::number(id), QStringLiteral("removed"),
                  QVariant(), QVariant());
    tx.commit();
}

} // namespace karvan
