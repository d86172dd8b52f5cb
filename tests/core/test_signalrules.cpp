#include <catch2/catch.hpp>

#include "test_healthfixture.h"

#include "health/healthservice.h"
#include "rules/signalrules.h"
#include "storage/settingsstore.h"
#include "tasks/taskstore.h"

using namespace karvan;
using karvan::test::HealthFixture;

namespace {

const QDate D(2026, 6, 1);

QStringList keys(const HealthFixture &f, const QString &rule, const QDate &asOf = D)
{
    QStringList out;
    for (const SignalHit &h : SignalRules(f.db()).evaluate(asOf, {rule}))
        out << h.key();
    out.sort();
    return out;
}

std::vector<SignalHit> hits(const HealthFixture &f, const QString &rule, const QDate &asOf = D)
{
    return SignalRules(f.db()).evaluate(asOf, {rule});
}

void renewal(const HealthFixture &f, qint64 account, const QDate &date)
{
    f.exec("UPDATE accounts SET renewal_date = ? WHERE id = ?", {date.toString(Qt::ISODate), account});
}

} // namespace

TEST_CASE("renewal is raised 90 days ahead, not 91, and not on the day itself")
{
    HealthFixture f;
    renewal(f, f.account("A-89"), D.addDays(89));
    renewal(f, f.account("A-90"), D.addDays(90));
    renewal(f, f.account("A-91"), D.addDays(91));
    renewal(f, f.account("A-0"), D);
    CHECK(keys(f, "renewal") == QStringList{"renewal:A-89:2026-08-29", "renewal:A-90:2026-08-30"});
    const std::vector<SignalHit> h = hits(f, "renewal");
    REQUIRE(h.size() == 2);
    for (const SignalHit &x : h)
        CHECK(x.title == "Renewal on " + x.since);

    SettingsStore(f.db()).setValue(SignalThresholds::renewalSetting(), "91");
    CHECK(keys(f, "renewal").size() == 3);
}

TEST_CASE("silent is raised at 45 days without contact, not at 44, and for an account never contacted")
{
    HealthFixture f;
    f.interaction(f.account("S-44"), D.addDays(-44).toString(Qt::ISODate));
    f.interaction(f.account("S-45"), D.addDays(-45).toString(Qt::ISODate));
    const qint64 s46 = f.account("S-46");
    f.interaction(s46, D.addDays(-46).toString(Qt::ISODate));
    f.interaction(s46, D.addDays(3).toString(Qt::ISODate)); // after D: not counted as of D
    const qint64 never = f.account("S-NEVER");
    f.exec("UPDATE accounts SET contract_start = '2026-05-01' WHERE id = ?", {never});

    CHECK(keys(f, "silent") == QStringList{"silent:S-45:2026-06-01", "silent:S-46:2026-05-31",
                                           "silent:S-NEVER:2026-05-01"});
    for (const SignalHit &h : hits(f, "silent")) {
        if (h.accountKey == "S-46")
            CHECK(h.title == "No contact for 46 days");
        if (h.accountKey == "S-NEVER")
            CHECK(h.title == "No contact for 31 days");
    }
    // The key stays the same on the following days while nobody calls.
    CHECK(keys(f, "silent", D.addDays(10)).contains("silent:S-45:2026-06-01"));
    CHECK_FALSE(keys(f, "silent", D.addDays(10)).join(",").contains("S-46")); // called on D+3
}

TEST_CASE("an escalated ticket is raised when opened more than 14 days before D and still open")
{
    HealthFixture f;
    const qint64 a = f.account("E-1");
    f.ticket(a, "T-14", D.addDays(-14).toString(Qt::ISODate), QVariant(), true);
    f.ticket(a, "T-15", D.addDays(-15).toString(Qt::ISODate), QVariant(), true);
    f.ticket(a, "T-CLOSED", D.addDays(-30).toString(Qt::ISODate), D.addDays(-1).toString(Qt::ISODate), true);
    f.ticket(a, "T-LATER", D.addDays(-30).toString(Qt::ISODate), D.addDays(2).toString(Qt::ISODate), true);
    f.ticket(a, "T-PLAIN", D.addDays(-30).toString(Qt::ISODate), QVariant(), false);
    CHECK(keys(f, "escalation") == QStringList{"escalation:E-1:T-15", "escalation:E-1:T-LATER"});
    for (const SignalHit &h : hits(f, "escalation"))
        if (h.since == "T-15")
            CHECK(h.title == "Escalated ticket T-15 open 15 days");
}

TEST_CASE("an override that makes an account red raises the red rule")
{
    HealthFixture f;
    const qint64 a = f.account("R-1");
    f.account("R-2");
    CHECK(keys(f, "red").isEmpty());
    HealthService(f.db()).addOverride(a, Band::Red, "sponsor left", "ann@example.com", D.addDays(30));
    CHECK(keys(f, "red") == QStringList{"red:R-1:2026-06-01"});
    // Red since the snapshots of earlier months said so: the key keeps the start of the run.
    f.exec("INSERT INTO health_snapshots (account_id, month, score, band) VALUES"
           " (?, '2026-02', 70, 'green'), (?, '2026-03', 30, 'red'), (?, '2026-04', 30, 'red'),"
           " (?, '2026-05', 30, 'red')", {a, a, a, a});
    CHECK(keys(f, "red") == QStringList{"red:R-1:2026-03-01"});
    CHECK(hits(f, "red").front().title == "Health is red");
}

TEST_CASE("an overdue hand-off is raised for the named CSM, a goal due within 14 days for the owner")
{
    HealthFixture f;
    const qint64 a = f.account("H-1");
    const qint64 csm = f.person("csm@example.com", "customer_success");
    const qint64 owner = f.person("own@example.com", "account_management");
    f.ownership(a, "retention", owner);
    const qint64 late = f.exec("INSERT INTO handoffs (account_id, to_person_id, status, created_at, submitted_at)"
                               " VALUES (?, ?, 'submitted', 'x', '2026-05-26T10:00:00Z')", {a, csm});
    f.exec("INSERT INTO handoffs (account_id, to_person_id, status, created_at, submitted_at)"
           " VALUES (?, ?, 'submitted', 'x', '2026-05-27T10:00:00Z')", {a, csm});
    const std::vector<SignalHit> h = hits(f, "handoff_overdue");
    REQUIRE(h.size() == 1);
    CHECK(h.front().key() == QStringLiteral("handoff_overdue:H-1:%1").arg(late));
    CHECK(h.front().ownerId == csm);
    CHECK(h.front().title == "Hand-off waiting 6 days");

    const qint64 g14 = f.exec("INSERT INTO goals (account_id, kind, title, due_date, created_at)"
                              " VALUES (?, 'goal', 'Go live', '2026-06-15', 'x')", {a});
    f.exec("INSERT INTO goals (account_id, kind, title, due_date, created_at) VALUES (?, 'goal', 'Later', '2026-06-16', 'x')", {a});
    f.exec("INSERT INTO goals (account_id, kind, title, status, due_date, created_at)"
           " VALUES (?, 'goal', 'Done', 'achieved', '2026-06-05', 'x')", {a});
    const std::vector<SignalHit> g = hits(f, "goal_due");
    REQUIRE(g.size() == 1);
    CHECK(g.front().key() == QStringLiteral("goal_due:H-1:%1").arg(g14));
    CHECK(g.front().title == "Goal due: Go live");
    CHECK(g.front().due == QDate(2026, 6, 15));
    CHECK(g.front().ownerId == owner);
}

TEST_CASE("a churned account raises nothing")
{
    HealthFixture f;
    const qint64 a = f.account("C-1", "Gone", "retention", "churned");
    renewal(f, a, D.addDays(30));
    f.ticket(a, "T-1", "2026-01-01", QVariant(), true);
    HealthService(f.db()).addOverride(a, Band::Red, "gone", "ann@example.com", D.addDays(30));
    f.exec("INSERT INTO goals (account_id, kind, title, due_date, created_at) VALUES (?, 'goal', 'G', '2026-06-05', 'x')", {a});
    f.exec("INSERT INTO handoffs (account_id, status, created_at, submitted_at) VALUES (?, 'submitted', 'x', '2026-01-01')", {a});
    CHECK(SignalRules(f.db()).evaluate(D).empty());
}

TEST_CASE("raising again adds no duplicate and a dismissed or done rule task stays so")
{
    HealthFixture f;
    const qint64 a = f.account("K-1");
    const qint64 ann = f.person("ann@example.com", "customer_success");
    f.ownership(a, "retention", ann);
    renewal(f, a, D.addDays(30));
    f.ticket(a, "T-1", "2026-01-01", QVariant(), true);
    const SignalRules rules(f.db());
    const int first = rules.raise(D, "karvan");
    CHECK(first == 3); // renewal, silent (never contacted), escalation
    CHECK(rules.raise(D, "karvan") == 0);
    CHECK(rules.raise(D.addDays(1), "karvan") == 0);

    TaskStore store(f.db(), "ann@example.com");
    const std::optional<Task> t = store.get("renewal:K-1:2026-07-01");
    REQUIRE(t);
    CHECK(t->ownerId == ann);
    CHECK(t->rule == "renewal");
    CHECK(t->due == QDate(2026, 7, 1));
    store.setState("renewal:K-1:2026-07-01", TaskState::Dismissed, "renewed early");
    store.setState("escalation:K-1:T-1", TaskState::Done);
    CHECK(rules.raise(D.addDays(2), "karvan") == 0);
    CHECK(store.get("renewal:K-1:2026-07-01")->state == TaskState::Dismissed);
    CHECK(store.get("escalation:K-1:T-1")->state == TaskState::Done);
    CHECK(store.list().size() == 1);
    CHECK(f.value("SELECT count(*) FROM audit_log WHERE entity = 'task' AND field = 'created'").toInt() == 3);
}

TEST_CASE("the red rule reads the stored health now when it is as of D")
{
    HealthFixture f;
    const qint64 a = f.account("N-1");
    f.account("N-2");
    HealthService health(f.db());
    health.refreshCurrent(D);
    CHECK(keys(f, "red").isEmpty());
    // What the book shows is what the rule sees: the stored band of the day.
    f.exec("UPDATE health_current SET band = 'red' WHERE account_id = ?", {a});
    CHECK(keys(f, "red") == QStringList{"red:N-1:2026-06-01"});
    // Another day: scored as of that day (the stored row is not as of it).
    CHECK(keys(f, "red", D.addDays(1)).isEmpty());
}
