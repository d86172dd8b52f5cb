#include <catch2/catch.hpp>

#include "test_healthfixture.h"

#include "domain/errors.h"
#include "tasks/taskstore.h"

using namespace karvan;
using karvan::test::HealthFixture;

TEST_CASE("a task added by a person gets a key, an owner and a due date, and is audited")
{
    HealthFixture f;
    const qint64 acc = f.account("A-1", "Acme");
    const qint64 ann = f.person("ann@example.com", "customer_success");
    TaskStore store(f.db(), "boss@example.com");

    TaskDraft d;
    d.accountKey = "A-1";
    d.title = "  Call the sponsor ";
    d.owner = "ANN@example.com";
    d.due = QDate(2026, 3, 1);
    d.notes = "about the renewal";
    const QString key = store.add(d);
    CHECK(key == "task:1");

    const std::optional<Task> t = store.get(key);
    REQUIRE(t);
    CHECK(t->accountId == acc);
    CHECK(t->accountKey == "A-1");
    CHECK(t->accountName == "Acme");
    CHECK(t->title == "Call the sponsor");
    CHECK(t->ownerId == ann);
    CHECK(t->ownerEmail == "ann@example.com");
    CHECK(t->due == QDate(2026, 3, 1));
    CHECK(t->notes == "about the renewal");
    CHECK(t->rule.isEmpty());
    CHECK(t->state == TaskState::Open);
    CHECK(f.value("SELECT count(*) FROM audit_log WHERE entity = 'task' AND entity_id = 'task:1'"
                  " AND field = 'created' AND actor = 'boss@example.com'").toInt() == 1);

    TaskDraft second;
    second.accountId = acc;
    second.title = "Send the deck";
    CHECK(store.add(second) == "task:2");
    CHECK_FALSE(store.get("task:2")->ownerId.has_value());
    CHECK_FALSE(store.get("task:2")->due.isValid());
}

TEST_CASE("adding a task with a key that exists writes nothing and returns the key")
{
    HealthFixture f;
    f.account("A-1");
    TaskStore store(f.db(), "x");
    TaskDraft d;
    d.accountKey = "A-1";
    d.title = "Kickoff meeting";
    d.key = "handoff:7:kickoff";
    CHECK(store.add(d) == "handoff:7:kickoff");
    store.setState("handoff:7:kickoff", TaskState::Done);
    d.title = "Changed";
    CHECK(store.add(d) == "handoff:7:kickoff");
    CHECK(f.value("SELECT count(*) FROM tasks").toInt() == 1);
    CHECK(store.get(d.key)->title == "Kickoff meeting");
    CHECK(store.get(d.key)->state == TaskState::Done);
}

TEST_CASE("bad task input is refused and nothing is written")
{
    HealthFixture f;
    f.account("A-1");
    TaskStore store(f.db(), "x");
    TaskDraft d;
    d.accountKey = "A-9";
    d.title = "T";
    CHECK_THROWS_AS(store.add(d), DataError);
    d.accountKey = "A-1";
    d.owner = "nobody@example.com";
    CHECK_THROWS_AS(store.add(d), DataError);
    d.owner.clear();
    d.title = "  ";
    CHECK_THROWS_AS(store.add(d), DataError);
    CHECK(f.value("SELECT count(*) FROM tasks").toInt() == 0);
    CHECK_THROWS_AS(store.setState("task:1", TaskState::Done), DataError);
}

TEST_CASE("done, dismissed with a reason, reopened, snoozed and removed, each audited")
{
    HealthFixture f;
    f.account("A-1");
    TaskStore store(f.db(), "me@example.com");
    TaskDraft d;
    d.accountKey = "A-1";
    d.title = "T";
    d.due = QDate(2026, 1, 10);
    const QString key = store.add(d);

    CHECK_THROWS_AS(store.setState(key, TaskState::Dismissed, " "), DataError);
    CHECK(store.get(key)->state == TaskState::Open);

    store.setState(key, TaskState::Dismissed, "not our customer any more");
    CHECK(store.get(key)->state == TaskState::Dismissed);
    CHECK(store.get(key)->reason == "not our customer any more");
    store.setState(key, TaskState::Open);
    CHECK(store.get(key)->state == TaskState::Open);
    CHECK(store.get(key)->reason.isEmpty());
    store.setState(key, TaskState::Done);
    CHECK(store.get(key)->state == TaskState::Done);
    CHECK(f.value("SELECT count(*) FROM audit_log WHERE entity_id = ? AND field = 'state'", {key}).toInt() == 3);

    store.setDue(key, QDate(2026, 2, 1));
    CHECK(store.get(key)->due == QDate(2026, 2, 1));
    CHECK(f.value("SELECT old_value || '>' || new_value FROM audit_log WHERE entity_id = ? AND field = 'due'",
                  {key}).toString() == "2026-01-10>2026-02-01");

    store.remove(key);
    CHECK_FALSE(store.get(key));
    CHECK(f.value("SELECT count(*) FROM audit_log WHERE entity_id = ? AND field = 'removed'", {key}).toInt() == 1);
}

TEST_CASE("the list is filtered by state, owner, account and due date, sorted by due then key")
{
    HealthFixture f;
    const qint64 a1 = f.account("A-1");
    f.account("A-2");
    const qint64 ann = f.person("ann@example.com", "customer_success");
    f.person("bob@example.com", "customer_success");
    TaskStore store(f.db(), "x");
    auto add = [&](const QString &acc, const QString &title, const QString &owner, const QDate &due) {
        TaskDraft d;
        d.accountKey = acc;
        d.title = title;
        d.owner = owner;
        d.due = due;
        return store.add(d);
    };
    add("A-1", "no due", "ann@example.com", QDate());
    add("A-2", "late", "bob@example.com", QDate(2026, 1, 2));
    add("A-1", "early", "ann@example.com", QDate(2026, 1, 1));
    const QString done = add("A-1", "done", "ann@example.com", QDate(2026, 1, 1));
    add("A-2", "same day", "ann@example.com", QDate(2026, 1, 2));
    store.setState(done, TaskState::Done);

    QStringList titles;
    for (const Task &t : store.list())
        titles << t.title;
    CHECK(titles == QStringList{"early", "late", "same day", "no due"});

    TaskFilter mine;
    mine.ownerIds = {ann};
    mine.dueBy = QDate(2026, 1, 1);
    REQUIRE(store.list(mine).size() == 1);
    CHECK(store.list(mine).front().title == "early");

    TaskFilter all;
    all.state.reset();
    all.accountId = a1;
    CHECK(store.list(all).size() == 3);
}
