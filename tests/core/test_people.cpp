#include <catch2/catch.hpp>

#include "storage/database.h"
#include "domain/errors.h"
#include "models/peoplemodel.h"
#include "ownership/templatestore.h"
#include "people/peoplestore.h"
#include "storage/sql.h"
#include "models/teammodel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QVariant>

using namespace karvan;

namespace {

int count(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q = sql::run(db, statement);
    return q.next() ? q.value(0).toInt() : -1;
}

qint64 teamId(PeopleStore &store, const QString &key)
{
    const std::optional<Team> t = store.teamByKey(key);
    REQUIRE(t);
    return t->id;
}

} // namespace

TEST_CASE("people are added, edited and deactivated with an audit trail")
{
    Database db(QStringLiteral(":memory:"));
    PeopleStore store(db.connection(), QStringLiteral("lead@example.com"));
    const qint64 cs = teamId(store, QStringLiteral("customer_success"));
    const int auditBefore = count(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log"));

    Person sara{0, QStringLiteral("sara@example.com"), QStringLiteral("Sara Ahmadi"), cs, {}, {}, true, 0};
    const qint64 id = store.addPerson(sara);
    REQUIRE(id > 0);
    std::optional<Person> loaded = store.person(id);
    REQUIRE(loaded);
    CHECK(loaded->teamKey == QLatin1String("customer_success"));
    CHECK(loaded->active);

    store.setPersonActive(id, false);
    CHECK_FALSE(store.person(id)->active);
    QSqlQuery q = sql::run(db.connection(), QStringLiteral(
        "SELECT actor, field, old_value, new_value FROM audit_log WHERE entity = 'person' ORDER BY id"));
    QStringList trail;
    while (q.next())
        trail << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()}.join(QLatin1Char('|'));
    CHECK(trail == QStringList{QStringLiteral("lead@example.com|created||Sara Ahmadi"),
                               QStringLiteral("lead@example.com|active|true|false")});
    CHECK(count(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 2);

    Person renamed = *store.person(id);
    renamed.name = QStringLiteral("سارا احمدی");
    renamed.teamId = teamId(store, QStringLiteral("account_management"));
    store.updatePerson(renamed);
    CHECK(store.person(id)->name == QStringLiteral("سارا احمدی"));
    CHECK(store.person(id)->teamKey == QLatin1String("account_management"));
}

TEST_CASE("bad people edits are refused and write nothing")
{
    Database db(QStringLiteral(":memory:"));
    PeopleStore store(db.connection(), QStringLiteral("me"));
    const qint64 sales = teamId(store, QStringLiteral("sales"));
    store.addPerson({0, QStringLiteral("a@example.com"), QStringLiteral("A"), sales, {}, {}, true, 0});
    const int audit = count(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log"));

    CHECK_THROWS_AS(store.addPerson({0, QStringLiteral("A@example.com"), QStringLiteral("Dup"), sales, {}, {}, true, 0}),
                    DataError);
    CHECK_THROWS_AS(store.addPerson({0, QStringLiteral("not-an-email"), QStringLiteral("B"), sales, {}, {}, true, 0}),
                    DataError);
    CHECK_THROWS_AS(store.addPerson({0, QStringLiteral("c@example.com"), QStringLiteral("  "), sales, {}, {}, true, 0}),
                    DataError);
    CHECK_THROWS_AS(store.addPerson({0, QStringLiteral("d@example.com"), QStringLiteral("D"), 9999, {}, {}, true, 0}),
                    DataError);
    try {
        store.addPerson({0, QStringLiteral("bad"), QString(), 9999, {}, {}, true, 0});
        FAIL("no error");
    } catch (const DataError &e) {
        CHECK(e.messages().size() == 3); // every problem, not only the first
    }
    CHECK(count(db.connection(), QStringLiteral("SELECT count(*) FROM people")) == 1);
    CHECK(count(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
}

TEST_CASE("a person who owns accounts cannot be removed, only deactivated")
{
    Database db(QStringLiteral(":memory:"));
    PeopleStore store(db.connection(), QStringLiteral("me"));
    const qint64 cs = teamId(store, QStringLiteral("customer_success"));
    const qint64 owner = store.addPerson({0, QStringLiteral("o@example.com"), QStringLiteral("Owner"), cs, {}, {}, true, 0});
    const qint64 spare = store.addPerson({0, QStringLiteral("s@example.com"), QStringLiteral("Spare"), cs, {}, {}, true, 0});
    sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO accounts (id, ext_id, name, stage, created_at, updated_at)"
        " VALUES (1, 'ACC-1', 'Acme', 'retention', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    sql::exec(db.connection(), QStringLiteral("INSERT INTO ownership (account_id, stage, person_id) VALUES (1, 'retention', %1)").arg(owner));
    CHECK(store.person(owner)->ownedAccounts == 1);
    CHECK(store.person(spare)->ownedAccounts == 0);
    CHECK_THROWS_AS(store.removePerson(owner), DataError);
    store.removePerson(spare);
    CHECK_FALSE(store.person(spare));
    // Undo of the removal re-creates the person with the same id.
    store.addPerson({spare, QStringLiteral("s@example.com"), QStringLiteral("Spare"), cs, {}, {}, true, 0});
    CHECK(store.person(spare)->email == QLatin1String("s@example.com"));
}

TEST_CASE("teams are added and edited and built-in keys stay")
{
    Database db(QStringLiteral(":memory:"));
    PeopleStore store(db.connection(), QStringLiteral("me"));
    CHECK(store.teams().size() == 12);
    CHECK(PeopleStore::keyFromName(QStringLiteral(" Key Accounts (EMEA) ")) == QLatin1String("key_accounts_emea"));
    const qint64 id = store.addTeam({0, QStringLiteral("key_accounts"), QStringLiteral("Key Accounts"), {}, false, 0});
    CHECK(store.teams().size() == 13);
    CHECK_THROWS_AS(store.addTeam({0, QStringLiteral("key_accounts"), QStringLiteral("Again"), {}, false, 0}), DataError);
    CHECK_THROWS_AS(store.addTeam({0, QStringLiteral("Bad Key"), QStringLiteral("Bad"), {}, false, 0}), DataError);
    Team sales = *store.teamByKey(QStringLiteral("sales"));
    sales.key = QStringLiteral("selling");
    CHECK_THROWS_AS(store.updateTeam(sales), DataError);
    Team t = *store.team(id);
    t.description = QStringLiteral("Top 50 customers");
    store.updateTeam(t);
    CHECK(store.team(id)->description == QLatin1String("Top 50 customers"));
    CHECK_THROWS_AS(store.removeTeam(sales.id), DataError);
    store.removeTeam(id);
    CHECK(store.teams().size() == 12);
}

TEST_CASE("the ownership template and the conflict rules are edited")
{
    Database db(QStringLiteral(":memory:"));
    PeopleStore store(db.connection(), QStringLiteral("me"));
    TemplateStore templates(db.connection(), QStringLiteral("me"));
    const TemplateRow impl = templates.templateStage(Stage::Implementation);
    CHECK(impl.ownerTeamId == teamId(store, QStringLiteral("customer_success")));
    CHECK_FALSE(impl.coOwnerTeamId);
    CHECK(impl.supportingTeamIds == QList<qint64>{teamId(store, QStringLiteral("support")),
                                                 teamId(store, QStringLiteral("training"))});
    TemplateRow changed = impl;
    changed.coOwnerTeamId = teamId(store, QStringLiteral("product"));
    changed.supportingTeamIds = {teamId(store, QStringLiteral("qa"))};
    templates.setTemplateStage(changed);
    CHECK(templates.templateStage(Stage::Implementation) == changed);
    CHECK(count(db.connection(), QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE entity = 'template' AND entity_id = 'implementation'")) == 2);
    TemplateRow noOwner = changed;
    noOwner.ownerTeamId.reset();
    CHECK_THROWS_AS(templates.setTemplateStage(noOwner), DataError);
    templates.setTemplateStage(impl);
    CHECK(templates.templateStage(Stage::Implementation) == impl);

    REQUIRE(store.rules().size() == 2);
    // The ticket escalated to Product: Product decides, Customer Success tells the customer.
    const auto escalation = store.escalationRule();
    REQUIRE(escalation);
    CHECK(escalation->decidingTeam == QLatin1String("Product"));
    CHECK(escalation->communicatingTeam == QLatin1String("Customer Success"));
    CHECK(escalation->rule.note.contains(QLatin1String("Product decides the priority")));
    ConflictRule rule{0, QStringLiteral("Customer disputes an invoice"), teamId(store, QStringLiteral("finance")),
                      teamId(store, QStringLiteral("account_management")), {}};
    rule.id = store.addRule(rule);
    CHECK(store.rules().size() == 3);
    rule.note = QStringLiteral("Within 5 working days");
    store.updateRule(rule);
    CHECK(store.rules().last() == rule);
    store.removeRule(rule.id);
    CHECK(store.rules().size() == 2);
    CHECK_THROWS_AS(store.addRule({0, QString(), 1, 1, {}}), DataError);
}

TEST_CASE("the people and team models hand edits to the handler and never write")
{
    Database db(QStringLiteral(":memory:"));
    PeopleStore store(db.connection(), QStringLiteral("me"));
    const qint64 cs = teamId(store, QStringLiteral("customer_success"));
    store.addPerson({0, QStringLiteral("a@example.com"), QStringLiteral("Ali"), cs, {}, {}, true, 0});
    store.addPerson({0, QStringLiteral("b@example.com"), QStringLiteral("Bita"), cs, {}, {}, false, 0});

    PeopleModel people;
    QAbstractItemModelTester tester(&people, QAbstractItemModelTester::FailureReportingMode::Fatal);
    people.setPeople(store.people());
    REQUIRE(people.rowCount() == 2);
    CHECK(people.index(1, PeopleModel::Active).data().toString() == QLatin1String("Inactive"));
    CHECK_FALSE(people.setData(people.index(0, PeopleModel::Name), QStringLiteral("X"))); // no handler yet
    Person seenBefore, seenAfter;
    people.setEditHandler([&](const Person &before, const Person &after) {
        seenBefore = before;
        seenAfter = after;
        return true;
    });
    CHECK(people.setData(people.index(0, PeopleModel::Name), QStringLiteral("Ali Rezaei")));
    CHECK(seenBefore.name == QLatin1String("Ali"));
    CHECK(seenAfter.name == QLatin1String("Ali Rezaei"));
    CHECK(store.person(seenBefore.id)->name == QLatin1String("Ali")); // the model wrote nothing
    CHECK(people.setData(people.index(1, PeopleModel::Active), Qt::Checked, Qt::CheckStateRole));
    CHECK(seenAfter.active);

    TeamModel teams;
    QAbstractItemModelTester teamTester(&teams, QAbstractItemModelTester::FailureReportingMode::Fatal);
    teams.setTeams(store.teams());
    const int row = teams.rowOfId(cs);
    REQUIRE(row >= 0);
    CHECK(teams.index(row, TeamModel::Members).data().toInt() == 1);
    CHECK_FALSE(teams.flags(teams.index(row, TeamModel::Key)).testFlag(Qt::ItemIsEditable));
}
