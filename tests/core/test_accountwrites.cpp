#include <catch2/catch.hpp>

#include "test_accountfixture.h"

#include "accounts/accountbook.h"
#include "accounts/accountdetailloader.h"
#include "accounts/accounteditor.h"
#include "accounts/activityrecords.h"
#include "accounts/stageownereditor.h"
#include "domain/errors.h"
#include "health/healthservice.h"

using namespace karvan;
using namespace karvan::testing;

TEST_CASE("the book loads every account with owner, health, trend, MRR and last contact")
{
    AccountFixture f;
    AccountBook book(f.db);
    const auto rows = book.loadBook();
    REQUIRE(rows.size() == 3);
    CHECK(book.latestRevenueMonth() == QStringLiteral("2026-02"));

    const auto find = [&rows](qint64 id) {
        return *std::find_if(rows.begin(), rows.end(), [id](const AccountRow &r) { return r.id == id; });
    };
    const AccountRow acme = find(f.acme);
    CHECK(acme.name == QStringLiteral("Acme Corp"));
    CHECK(acme.stage == Stage::Implementation);
    CHECK(acme.ownerEmail == QStringLiteral("alice@example.com"));
    CHECK(acme.ownerName == QStringLiteral("Alice Adams"));
    // The health now (scored as of the fixture's day), not the latest snapshot (50, yellow).
    CHECK(acme.band == Band::Red);
    REQUIRE(acme.score);
    CHECK(*acme.score == Approx(47.69).margin(0.01));
    CHECK(acme.previousScore == 50.0);
    CHECK(acme.trend == Trend::Down);
    CHECK(acme.mrr == 120050);
    CHECK(acme.lastContact == QDate(2026, 3, 10));

    const AccountRow beta = find(f.beta);
    CHECK(beta.ownerEmail.isEmpty());
    CHECK(beta.ownerName == QStringLiteral("Customer Success / Account Management"));
    CHECK(beta.trend == Trend::Up);
    CHECK(beta.band == Band::Green);
    CHECK(beta.searchText.contains(QStringLiteral("tabriz")));

    const AccountRow gamma = find(f.gamma);
    CHECK(gamma.name == QStringLiteral("شرکت گاما"));
    CHECK(gamma.band == Band::Insufficient);
    CHECK(gamma.trend == Trend::None);
    CHECK(gamma.mrr == 0);
    CHECK_FALSE(gamma.lastContact.isValid());

    const auto one = book.loadRow(f.acme);
    REQUIRE(one);
    CHECK(one->ownerName == acme.ownerName);
    CHECK(one->searchText == acme.searchText);
    CHECK_FALSE(book.loadRow(999999));
}

TEST_CASE("an override in force sets the band of the list and the workspace")
{
    AccountFixture f;
    AccountBook book(f.db);
    AccountDetailLoader detail(f.db);
    HealthService health(f.db);
    const qint64 id = health.addOverride(f.acme, Band::Green, QStringLiteral("exec sponsor engaged"),
                                         QStringLiteral("x"), QDate::currentDate().addDays(30));
    CHECK(book.loadRow(f.acme)->band == Band::Green);
    CHECK(book.loadRow(f.acme)->bandOverridden);
    const AccountDetail d = detail.load(f.acme);
    CHECK(d.band() == Band::Green);
    CHECK(d.current.computedBand == Band::Red);
    CHECK(d.current.overrideReason == QStringLiteral("exec sponsor engaged"));
    health.removeOverride(id, QStringLiteral("x"));
    CHECK(book.loadRow(f.acme)->band == Band::Red);
    CHECK_FALSE(detail.load(f.acme).current.overridden);
}

TEST_CASE("the workspace detail holds profile, owners with template values and records")
{
    AccountFixture f;
    AccountDetailLoader detail(f.db);
    const AccountDetail d = detail.load(f.acme);
    CHECK(d.extId == QStringLiteral("A1"));
    CHECK(d.contractStart == QDate(2025, 6, 1));
    REQUIRE(d.owners.size() == 6);
    const StageOwner &impl = d.currentOwner();
    CHECK(impl.overridden);
    CHECK(impl.personName == QStringLiteral("Alice Adams"));
    CHECK(impl.teamName == QStringLiteral("Customer Success"));  // from the person's team
    CHECK(impl.templateTeams == QStringLiteral("Customer Success"));
    CHECK(impl.supportingKeys == QStringList{QStringLiteral("support"), QStringLiteral("training")});
    const StageOwner &acq = d.owners[0];
    CHECK_FALSE(acq.overridden);
    CHECK(acq.templateTeams == QStringLiteral("Sales / Marketing"));
    CHECK(d.latestMrr() == 120050);
    CHECK(d.revenue.size() == 2);
    CHECK(d.health.size() == 2);
    CHECK(d.band() == Band::Red);
    CHECK(d.interactions.size() == 1);
    CHECK(d.interactions[0].authorName == QStringLiteral("Alice Adams"));
    REQUIRE(d.customFields.size() == 1);
    CHECK_FALSE(d.customFields[0].value.has_value());
    CHECK(d.stageHistory.size() == 1);
    CHECK_THROWS_AS(detail.load(424242), DataError);
}

TEST_CASE("a profile edit is validated, written, audited and reversible")
{
    AccountFixture f;
    AccountEditor editor(f.db, QStringLiteral("tester@example.com"));
    const QVariant old = editor.setProfileValue(f.acme, QStringLiteral("industry"), QStringLiteral("Logistics"));
    CHECK(old.toString() == QStringLiteral("Retail"));
    CHECK(text(f.db, "SELECT industry FROM accounts WHERE id = ?", {f.acme}) == QStringLiteral("Logistics"));
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM audit_log WHERE entity = 'account' AND entity_id = 'A1'"
                       " AND field = 'industry' AND old_value = 'Retail' AND new_value = 'Logistics'"
                       " AND actor = 'tester@example.com'") == 1);
    editor.setProfileValue(f.acme, QStringLiteral("industry"), old);
    CHECK(text(f.db, "SELECT industry FROM accounts WHERE id = ?", {f.acme}) == QStringLiteral("Retail"));

    CHECK_THROWS_AS(editor.setProfileValue(f.acme, QStringLiteral("model"), QStringLiteral("b2x")), DataError);
    CHECK_THROWS_AS(editor.setProfileValue(f.acme, QStringLiteral("renewal_date"), QStringLiteral("2026-02-30")), DataError);
    CHECK_THROWS_AS(editor.setProfileValue(f.acme, QStringLiteral("name"), QStringLiteral("  ")), DataError);
    CHECK_THROWS_AS(editor.setProfileValue(f.acme, QStringLiteral("ext_id; DROP"), QStringLiteral("x")), DataError);
    CHECK(text(f.db, "SELECT model FROM accounts WHERE id = ?", {f.acme}) == QStringLiteral("b2b"));
    editor.setProfileValue(f.acme, QStringLiteral("renewal_date"), QString());
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM accounts WHERE id = ? AND renewal_date IS NULL", {f.acme}) == 1);
}

TEST_CASE("custom fields can be added, valued, cleared and removed")
{
    AccountFixture f;
    AccountEditor editor(f.db, QStringLiteral("t"));
    AccountBook book(f.db);
    const qint64 tier = editor.addCustomField(QStringLiteral("Tier"));
    CHECK_THROWS_AS(editor.addCustomField(QStringLiteral("tier")), DataError);
    CHECK_THROWS_AS(editor.addCustomField(QStringLiteral("Industry")), DataError);
    CHECK_FALSE(editor.setCustomValue(f.acme, tier, QStringLiteral("Gold")).has_value());
    CHECK(text(f.db, "SELECT value FROM account_fields WHERE account_id = ? AND field_id = ?", {f.acme, tier}) == QStringLiteral("Gold"));
    CHECK(book.loadRow(f.acme)->searchText.contains(QStringLiteral("gold")));
    CHECK_THROWS_AS(editor.removeCustomField(tier), DataError);
    CHECK(editor.setCustomValue(f.acme, tier, std::nullopt) == std::optional<QString>(QStringLiteral("Gold")));
    editor.removeCustomField(tier);
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM custom_fields WHERE id = ?", {tier}) == 0);
}

TEST_CASE("a stage change closes and opens stage history and reverts exactly")
{
    AccountFixture f;
    AccountEditor editor(f.db, QStringLiteral("t"));
    const auto change = editor.changeStage(f.acme, Stage::Deployment);
    CHECK(change.from == Stage::Implementation);
    CHECK(text(f.db, "SELECT stage FROM accounts WHERE id = ?", {f.acme}) == QStringLiteral("deployment"));
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM stage_history WHERE account_id = ? AND ended_at IS NULL", {f.acme}) == 1);
    CHECK(text(f.db, "SELECT stage FROM stage_history WHERE account_id = ? AND ended_at IS NULL", {f.acme}) == QStringLiteral("deployment"));
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM stage_history WHERE id = ? AND ended_at IS NOT NULL", {change.closedHistoryId}) == 1);
    CHECK_THROWS_AS(editor.changeStage(f.acme, Stage::Deployment), DataError);

    editor.revertStageChange(change);
    CHECK(text(f.db, "SELECT stage FROM accounts WHERE id = ?", {f.acme}) == QStringLiteral("implementation"));
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM stage_history WHERE account_id = ?", {f.acme}) == 1);
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM stage_history WHERE account_id = ? AND ended_at IS NULL", {f.acme}) == 1);
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM audit_log WHERE field = 'stage' AND entity_id = 'A1'") == 2);
}

TEST_CASE("an ownership change writes ownership, supporting teams and history, and reverts")
{
    AccountFixture f;
    StageOwnerEditor owners(f.db, QStringLiteral("lead@example.com"));
    AccountBook book(f.db);
    const qint64 finance = scalar(f.db, "SELECT id FROM teams WHERE team_key = 'finance'");
    const qint64 legal = scalar(f.db, "SELECT id FROM teams WHERE team_key = 'legal'");
    OwnerState next;
    next.exists = true;
    next.personId = f.bob;
    next.supportingSet = true;
    next.supportingTeamIds = {finance, legal};
    const OwnerState old = owners.setOwnerState(f.acme, Stage::Implementation, next);
    CHECK(old.exists);
    CHECK(old.personId == f.alice);
    CHECK(owners.ownerState(f.acme, Stage::Implementation) == next);
    CHECK(text(f.db, "SELECT supporting FROM ownership_history WHERE account_id = ? ORDER BY id DESC", {f.acme}) == QStringLiteral("finance;legal"));
    CHECK(text(f.db, "SELECT changed_by FROM ownership_history WHERE account_id = ? ORDER BY id DESC", {f.acme}) == QStringLiteral("lead@example.com"));
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM audit_log WHERE field = 'owner:implementation'"
                       " AND old_value = 'alice@example.com' AND new_value = 'bob@example.com'") == 1);
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM audit_log WHERE field = 'supporting:implementation'"
                       " AND new_value = 'finance;legal'") == 1);
    CHECK(book.loadRow(f.acme)->ownerEmail == QStringLiteral("bob@example.com"));

    owners.setOwnerState(f.acme, Stage::Implementation, old);
    CHECK(owners.ownerState(f.acme, Stage::Implementation) == old);
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM ownership_history WHERE account_id = ?", {f.acme}) == 2);

    // Back to the template: the row goes; history records the template team and supporting.
    owners.setOwnerState(f.acme, Stage::Implementation, OwnerState{});
    CHECK_FALSE(owners.ownerState(f.acme, Stage::Implementation).exists);
    CHECK(text(f.db, "SELECT supporting FROM ownership_history WHERE account_id = ? ORDER BY id DESC", {f.acme}) == QStringLiteral("support;training"));
    CHECK(book.loadRow(f.acme)->ownerName == QStringLiteral("Customer Success"));

    OwnerState inactive;
    inactive.exists = true;
    inactive.personId = f.carol;
    CHECK_THROWS_AS(owners.setOwnerState(f.acme, Stage::Implementation, inactive), DataError);
    CHECK_FALSE(owners.ownerState(f.acme, Stage::Implementation).exists);
}

TEST_CASE("interactions, tickets, goals and contacts are added, changed and removed")
{
    AccountFixture f;
    ActivityRecords records(f.db, QStringLiteral("t"));
    AccountBook book(f.db);
    AccountDetailLoader detail(f.db);
    Interaction i;
    i.date = QDate(2026, 3, 14);
    i.kind = QStringLiteral("qbr");
    i.authorId = f.alice;
    i.summary = QStringLiteral("Reviewed goals");
    const qint64 iid = records.addInteraction(f.beta, i);
    CHECK(book.loadRow(f.beta)->lastContact == QDate(2026, 3, 14));
    i.kind = QStringLiteral("fax");
    CHECK_THROWS_AS(records.addInteraction(f.beta, i), DataError);
    records.removeInteraction(iid);
    CHECK(book.loadRow(f.beta)->lastContact == QDate(2025, 12, 1));

    Ticket t;
    t.opened = QDate(2026, 3, 1);
    t.priority = QStringLiteral("high");
    t.subject = QStringLiteral("Login fails");
    const qint64 tid = records.addTicket(f.acme, t);
    CHECK_FALSE(text(f.db, "SELECT ext_id FROM tickets WHERE id = ?", {tid}).isEmpty());
    CHECK_THROWS_AS(records.setTicketClosed(tid, QDate(2026, 2, 1)), DataError);
    CHECK_FALSE(records.setTicketClosed(tid, QDate(2026, 3, 5)).isValid());
    CHECK(text(f.db, "SELECT closed FROM tickets WHERE id = ?", {tid}) == QStringLiteral("2026-03-05"));
    CHECK_FALSE(records.setTicketEscalated(tid, true));
    CHECK(scalar(f.db, "SELECT escalated FROM tickets WHERE id = ?", {tid}) == 1);
    records.removeTicket(tid);
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM tickets WHERE id = ?", {tid}) == 0);

    Goal g;
    g.title = QStringLiteral("Go live by April");
    const qint64 gid = records.addGoal(f.acme, g);
    CHECK(records.setGoalStatus(gid, QStringLiteral("achieved")) == QStringLiteral("open"));
    CHECK_THROWS_AS(records.setGoalStatus(gid, QStringLiteral("done")), DataError);
    CHECK(text(f.db, "SELECT status FROM goals WHERE id = ?", {gid}) == QStringLiteral("achieved"));
    records.removeGoal(gid);

    Contact c;
    c.name = QStringLiteral("Dana Diaz");
    c.primary = true;
    const qint64 cid = records.addContact(f.acme, c);
    CHECK(detail.load(f.acme).contacts.size() == 1);
    records.removeContact(cid);
    CHECK(detail.load(f.acme).contacts.empty());
    CHECK(scalar(f.db, "SELECT COUNT(*) FROM audit_log WHERE entity = 'account'") >= 10);
}
