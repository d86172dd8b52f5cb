#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "handoffs/checkliststore.h"
#include "handoffs/handoffservice.h"
#include "storage/settingsstore.h"
#include "tasks/taskstore.h"
#include "test_healthfixture.h"

using namespace karvan;

namespace {

// omid (sales) hands A-1 (acquisition) to sara (customer_success); ali is an account manager,
// mina is in marketing, reza is an inactive CSM.
struct Flow
{
    test::HealthFixture f;
    qint64 omid = 0, sara = 0, ali = 0, mina = 0, reza = 0, a = 0;

    Flow()
    {
        omid = f.person("omid@example.com", "sales");
        sara = f.person("sara@example.com", "customer_success");
        ali = f.person("ali@example.com", "account_management");
        mina = f.person("mina@example.com", "marketing");
        reza = f.person("reza@example.com", "customer_success", false);
        a = f.account("A-1", "Alborz", "acquisition");
        f.ownership(a, "acquisition", omid, "sales");
    }

    HandoffService as(const QString &who) const { return HandoffService(f.db(), who + "@example.com"); }
    int count(const QString &statement, const QVariantList &values = {}) const
    {
        return f.value(statement, values).toInt();
    }
    int audits(qint64 id) const
    {
        return count("SELECT count(*) FROM audit_log WHERE entity = 'handoff' AND entity_id = ?", {QString::number(id)});
    }
    QString state(qint64 id) const { return f.value("SELECT status FROM handoffs WHERE id = ?", {id}).toString(); }
    QString stage() const { return f.value("SELECT stage FROM accounts WHERE id = ?", {a}).toString(); }
    int csmOwnedStages() const
    {
        return count("SELECT count(*) FROM ownership WHERE account_id = ? AND person_id = ?", {a, sara});
    }
    int ownershipHistory() const { return count("SELECT count(*) FROM ownership_history WHERE account_id = ?", {a}); }
    // "title|owner email|due" of the account's open tasks, by title.
    QStringList tasks() const
    {
        QStringList out;
        for (const Task &t : TaskStore(f.db(), "test").list(TaskFilter{TaskState::Open, a, {}, {}}))
            out << t.title + "|" + t.ownerEmail + "|" + t.due.toString(Qt::ISODate);
        out.sort();
        return out;
    }
    int stageHistory() const { return count("SELECT count(*) FROM stage_history WHERE account_id = ?", {a}); }

    // Ticks every required item as omid.
    void fillRequired(qint64 id) const
    {
        HandoffService omidService = as("omid");
        for (const HandoffItem &item : omidService.get(id).items) {
            if (item.required)
                omidService.setItem(id, item.n, true, QStringLiteral("noted %1").arg(item.n));
        }
    }
    qint64 submitted() const
    {
        const qint64 id = as("omid").start("A-1", "sara@example.com");
        fillRequired(id);
        as("omid").submit(id);
        return id;
    }
};

// Runs `step`, which must be refused with a DataError whose message contains `words`.
template <typename Step>
void refused(Step step, const QString &words)
{
    try {
        step();
        FAIL("the step was not refused");
    } catch (const DataError &e) {
        INFO(e.messages().join('\n').toStdString());
        CHECK(e.messages().size() == 1);
        CHECK(e.messages().value(0).contains(words));
    }
}

} // namespace

TEST_CASE("a hand-off starts as a draft with the checklist copied into it")
{
    Flow w;
    const qint64 id = w.as("omid").start("A-1", "sara@example.com");
    const Handoff h = w.as("omid").get(id);
    CHECK(h.state == "draft");
    CHECK(h.sales == "omid@example.com");
    CHECK(h.csm == "sara@example.com");
    CHECK(h.account == "A-1");
    REQUIRE(h.items.size() == 9);
    CHECK(h.items[0].n == 1);
    CHECK(h.items[0].text == "Why the customer bought and the use cases");
    CHECK_FALSE(h.items[0].help.isEmpty());
    CHECK(h.items[8].text == "The 30-day check-in date");
    CHECK(std::count_if(h.items.begin(), h.items.end(), [](const HandoffItem &i) { return i.required; }) == 7);
    REQUIRE(h.events.size() == 1);
    CHECK(h.events[0].action == "start");
    CHECK(h.events[0].by == "omid@example.com");
    CHECK(h.started.endsWith('Z'));
    CHECK(w.audits(id) == 1);
    CHECK(w.stage() == "acquisition");
    CHECK(w.csmOwnedStages() == 0);

    // Later template edits do not change it.
    ChecklistStore(w.f.db(), "mgr").setItems({{"Only one", "help", true}});
    CHECK(w.as("omid").get(id).items.size() == 9);
    CHECK(ChecklistStore(w.f.db(), "mgr").items().size() == 1);
}

TEST_CASE("start is refused for a second open hand-off of the account")
{
    Flow w;
    const qint64 id = w.as("omid").start("A-1", "sara@example.com");
    refused([&] { w.as("omid").start("A-1", "ali@example.com"); }, "already has an open hand-off");
    w.fillRequired(id);
    w.as("omid").submit(id);
    w.as("sara").returnToSales(id, "missing the stakeholder map");
    refused([&] { w.as("omid").start("A-1", "ali@example.com"); }, "already has an open hand-off");
    CHECK(w.count("SELECT count(*) FROM handoffs") == 1);
    CHECK(w.audits(id) == 3 + 7);  // start, submit, return and the seven ticks
}

TEST_CASE("start is refused to someone who is not an active CSM or account manager")
{
    Flow w;
    refused([&] { w.as("omid").start("A-1", "mina@example.com"); }, "not an active person");
    refused([&] { w.as("omid").start("A-1", "reza@example.com"); }, "not an active person");
    refused([&] { w.as("omid").start("A-1", "nobody@example.com"); }, "not an active person");
    refused([&] { w.as("omid").start("Z-9", "sara@example.com"); }, "no account 'Z-9'");
    refused([&] { HandoffService(w.f.db(), QString()).start("A-1", "sara@example.com"); }, "Nobody is acting");
    CHECK(w.count("SELECT count(*) FROM handoffs") == 0);
    CHECK(w.count("SELECT count(*) FROM audit_log") == 0);
    // An account manager may receive one.
    CHECK(w.as("omid").start("A-1", "ali@example.com") > 0);
}

TEST_CASE("submit is refused naming each open required item")
{
    Flow w;
    const qint64 id = w.as("omid").start("A-1", "sara@example.com");
    HandoffService omid = w.as("omid");
    omid.setItem(id, 1, true, QStringLiteral("they want fewer churned users"));
    omid.setItem(id, 2, true);
    omid.setItem(id, 3, true);
    omid.setItem(id, 5, true);
    omid.setItem(id, 6, true);
    // Left open: 4 and 8 (required), 7 and 9 (optional).
    try {
        omid.submit(id);
        FAIL("submitted with required items open");
    } catch (const DataError &e) {
        const QString m = e.messages().value(0);
        CHECK(e.messages().size() == 1);
        CHECK(m.contains("4. Every promise made during the sale"));
        CHECK(m.contains("8. Kickoff meeting planned with Sales, CSM and customer"));
        CHECK_FALSE(m.contains("7. "));
        CHECK_FALSE(m.contains("9. "));
        CHECK_FALSE(m.contains("1. "));
    }
    CHECK(w.state(id) == "draft");
    CHECK(w.count("SELECT count(*) FROM handoff_events WHERE action = 'submit'") == 0);
    const int auditsBefore = w.audits(id);
    omid.setItem(id, 4, true);
    omid.setItem(id, 8, true);
    omid.submit(id);
    CHECK(w.state(id) == "submitted");
    CHECK(w.audits(id) == auditsBefore + 3);
    const Handoff h = omid.get(id);
    CHECK(h.items[0].note == "they want fewer churned users");
    CHECK(h.items[0].by == "omid@example.com");
    CHECK_FALSE(h.items[0].at.isEmpty());
    CHECK_FALSE(h.submitted.isEmpty());
    CHECK(h.decided.isEmpty());
    CHECK(w.stage() == "acquisition");
}

TEST_CASE("items and submit belong to the Sales owner while draft or returned")
{
    Flow w;
    const qint64 id = w.as("omid").start("A-1", "sara@example.com");
    refused([&] { w.as("sara").setItem(id, 1, true); }, "Only omid@example.com");
    refused([&] { w.as("omid").setItem(id, 10, true); }, "no item 10");
    w.fillRequired(id);
    refused([&] { w.as("sara").submit(id); }, "Only omid@example.com");
    w.as("omid").submit(id);
    refused([&] { w.as("omid").setItem(id, 7, true); }, "is submitted");
    refused([&] { w.as("omid").submit(id); }, "is submitted");
    CHECK(w.as("omid").get(id).items[6].done == false);
}

TEST_CASE("accept by the named CSM moves the customer-success stages, the stage and adds the tasks")
{
    Flow w;
    const qint64 id = w.submitted();
    const int historyBefore = w.ownershipHistory();
    const int stagesBefore = w.stageHistory();
    w.as("sara").accept(id);

    const Handoff h = w.as("sara").get(id);
    CHECK(h.state == "accepted");
    CHECK_FALSE(h.decided.isEmpty());
    CHECK(h.events.back().action == "accept");
    CHECK(h.events.back().by == "sara@example.com");
    // implementation, deployment and retention: the template's customer_success stages.
    CHECK(w.csmOwnedStages() == 3);
    for (const char *stage : {"implementation", "deployment", "retention"}) {
        INFO(stage);
        CHECK(w.count("SELECT count(*) FROM ownership WHERE account_id = ? AND stage = ? AND person_id = ?",
                      {w.a, stage, w.sara}) == 1);
        CHECK(w.f.value("SELECT substr(valid_from, 1, 10) FROM ownership_history WHERE account_id = ? AND stage = ?"
                        " AND person_id = ?", {w.a, stage, w.sara}).toString()
              == QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    }
    CHECK(w.count("SELECT person_id FROM ownership WHERE account_id = ? AND stage = 'acquisition'", {w.a}) == w.omid);
    CHECK(w.ownershipHistory() == historyBefore + 3);
    const QDate today = QDate::currentDate();
    CHECK(w.tasks() == QStringList{"30-day check-in|sara@example.com|" + today.addDays(30).toString(Qt::ISODate),
                                   "Kickoff meeting|sara@example.com|" + today.addDays(7).toString(Qt::ISODate)});
    CHECK(w.stage() == "implementation");
    CHECK(w.stageHistory() == stagesBefore + 1);
    CHECK(w.count("SELECT count(*) FROM stage_history WHERE account_id = ? AND stage = 'implementation'"
                  " AND changed_by = 'sara@example.com'", {w.a}) == 1);
    CHECK(w.count("SELECT count(*) FROM audit_log WHERE entity = 'handoff' AND entity_id = ? AND actor = ?"
                  " AND new_value = 'accepted'", {QString::number(id), "sara@example.com"}) == 1);
    CHECK(w.count("SELECT count(*) FROM audit_log WHERE entity = 'account' AND field = 'stage'"
                  " AND actor = 'sara@example.com'") == 1);
    // A later hand-off of the same account may start.
    CHECK(w.as("omid").start("A-1", "ali@example.com") > id);
}

TEST_CASE("accept or return by someone other than the named CSM is refused")
{
    Flow w;
    const qint64 id = w.submitted();
    const int audits = w.count("SELECT count(*) FROM audit_log");
    refused([&] { w.as("ali").accept(id); }, "Only sara@example.com");
    refused([&] { w.as("omid").accept(id); }, "Only sara@example.com");
    refused([&] { w.as("ali").returnToSales(id, "not mine"); }, "Only sara@example.com");
    CHECK(w.state(id) == "submitted");
    CHECK(w.csmOwnedStages() == 0);
    CHECK(w.stage() == "acquisition");
    CHECK(w.tasks().isEmpty());
    CHECK(w.count("SELECT count(*) FROM audit_log") == audits);
}

TEST_CASE("accept twice is refused and changes nothing more")
{
    Flow w;
    const qint64 id = w.submitted();
    w.as("sara").accept(id);
    const int history = w.ownershipHistory();
    const int audits = w.count("SELECT count(*) FROM audit_log");
    refused([&] { w.as("sara").accept(id); }, "is accepted");
    refused([&] { w.as("sara").returnToSales(id, "late"); }, "is accepted");
    CHECK(w.ownershipHistory() == history);
    CHECK(w.count("SELECT count(*) FROM audit_log") == audits);
    CHECK(w.stage() == "implementation");
    CHECK(w.tasks().size() == 2);
}

TEST_CASE("return needs a reason, goes back to Sales, and the fixed hand-off is resubmitted")
{
    Flow w;
    const qint64 id = w.submitted();
    refused([&] { w.as("sara").returnToSales(id, "   "); }, "reason is empty");
    CHECK(w.state(id) == "submitted");
    w.as("sara").returnToSales(id, "No promises listed");
    Handoff h = w.as("omid").get(id);
    CHECK(h.state == "returned");
    CHECK(h.lastReason == "No promises listed");
    CHECK(h.events.back().action == "return");
    CHECK(h.events.back().reason == "No promises listed");
    CHECK(w.csmOwnedStages() == 0);
    CHECK(w.stage() == "acquisition");
    CHECK(w.tasks().isEmpty());
    refused([&] { w.as("sara").accept(id); }, "is returned");

    w.as("omid").setItem(id, 4, true, "20% discount until June; SSO by Q3");
    w.as("omid").submit(id);
    h = w.as("omid").get(id);
    CHECK(h.state == "submitted");
    CHECK(h.decided.isEmpty());
    CHECK(h.items[3].note == "20% discount until June; SSO by Q3");
    w.as("sara").accept(id);
    CHECK(w.state(id) == "accepted");
    CHECK(w.stage() == "implementation");
    QStringList actions;
    for (const HandoffEvent &e : w.as("omid").get(id).events)
        actions << e.action;
    CHECK(actions.filter("tick").size() == 8);
    actions.removeAll("tick");
    CHECK(actions == QStringList{"start", "submit", "return", "submit", "accept"});
}

TEST_CASE("a hand-off submitted more than the set days ago and not decided is overdue")
{
    Flow w;
    const qint64 id = w.submitted();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK_FALSE(w.as("omid").get(id, now).overdue);
    w.f.exec("UPDATE handoffs SET submitted_at = ? WHERE id = ?",
             {now.addDays(-6).toString(Qt::ISODate), id});
    CHECK(w.as("omid").get(id, now).overdue);
    CHECK(w.as("omid").list("submitted", now).front().overdue);
    SettingsStore(w.f.db()).setValue(HandoffService::overdueDaysSetting(), "10");
    CHECK_FALSE(w.as("omid").get(id, now).overdue);
    CHECK(w.as("omid").get(id, now.addDays(5)).overdue);
    w.as("sara").accept(id);
    CHECK_FALSE(w.as("omid").get(id, now.addDays(30)).overdue);
    refused([&] { w.as("omid").list("lost"); }, "Unknown hand-off state");
}

TEST_CASE("hand-off quality per Sales person and per CSM")
{
    Flow w;
    const qint64 b = w.f.account("B-2", "Bam", "acquisition");
    (void)b;
    const qint64 first = w.submitted();
    w.as("sara").returnToSales(first, "No stakeholder map");
    w.as("omid").submit(first);
    w.as("sara").accept(first);
    // Accepted two days after it started.
    w.f.exec("UPDATE handoffs SET created_at = ?, decided_at = ? WHERE id = ?",
             {"2026-03-01T09:00:00Z", "2026-03-03T09:00:00Z", first});
    const qint64 second = w.as("omid").start("B-2", "ali@example.com");
    w.fillRequired(second);
    w.as("omid").submit(second);
    w.f.exec("UPDATE handoffs SET submitted_at = '2026-01-01T00:00:00Z' WHERE id = ?", {second});

    const HandoffQuality q = w.as("omid").quality(QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC));
    REQUIRE(q.sales.size() == 1);
    const HandoffQualityRow &omid = q.sales.front();
    CHECK(omid.email == "omid@example.com");
    CHECK(omid.started == 2);
    CHECK(omid.accepted == 1);
    CHECK(omid.returned == 1);
    CHECK(omid.returnReasons == QStringList{"No stakeholder map"});
    REQUIRE(omid.medianDaysToAccept);
    CHECK(*omid.medianDaysToAccept == Approx(2.0));
    CHECK(omid.overdueNow == 1);
    REQUIRE(q.csms.size() == 2);
    CHECK(q.csms[0].email == "ali@example.com");
    CHECK(q.csms[0].overdueNow == 1);
    CHECK_FALSE(q.csms[0].medianDaysToAccept);
    CHECK(q.csms[1].email == "sara@example.com");
    CHECK(q.csms[1].accepted == 1);
    CHECK(q.csms[1].returned == 1);

    // For a period: only the hand-offs started in it (the second started today).
    const HandoffQuality march = w.as("omid").quality("2026-03-01", "2026-04-01",
                                                      QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC));
    REQUIRE(march.sales.size() == 1);
    CHECK(march.sales.front().started == 1);
    CHECK(march.sales.front().accepted == 1);
    CHECK(march.sales.front().overdueNow == 0);
    REQUIRE(march.csms.size() == 1);
    CHECK(march.csms.front().email == "sara@example.com");
    // The day after is not in the period; a period with none gives no rows.
    CHECK(w.as("omid").quality("2026-02-01", "2026-03-01").sales.empty());
    CHECK(w.as("omid").quality("2026-03-02", "2026-03-03").csms.empty());
}

TEST_CASE("the checklist template is edited as a whole, ordered, and audited")
{
    Flow w;
    ChecklistStore store(w.f.db(), "manager@example.com");
    REQUIRE(store.items().size() == 9);
    std::vector<ChecklistItem> items = store.items();
    std::swap(items[0], items[1]);
    items[1].required = false;
    items.push_back({"Security review booked", "With the customer's IT", false});
    const std::vector<ChecklistItem> old = store.setItems(items);
    CHECK(old.size() == 9);
    CHECK(store.items() == items);
    CHECK(w.count("SELECT count(*) FROM audit_log WHERE entity = 'checklist' AND actor = 'manager@example.com'") == 1);
    refused([&] { store.setItems({}); }, "at least one item");
    refused([&] { store.setItems({{" ", "", true}}); }, "item 1 has no text");
    CHECK(store.items() == items);
    const qint64 id = w.as("omid").start("A-1", "sara@example.com");
    const Handoff h = w.as("omid").get(id);
    REQUIRE(h.items.size() == 10);
    CHECK(h.items[0].text == "Success metrics and their baseline");
    CHECK(h.items[9].help == "With the customer's IT");
}
