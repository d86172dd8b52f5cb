#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "health/healthservice.h"
#include "ownership/ownershipmatrix.h"
#include "ownership/ownershipresolver.h"
#include "accounts/stageownereditor.h"
#include "domain/handoffrule.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <algorithm>
#include "test_healthfixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace karvan;

namespace {

const QDate kAsOf(2026, 6, 30);

// Active people: sara (customer_success), omid (sales), mina (marketing), sam (support);
// reza (customer_success) is inactive. Product, legal, training, qa, finance, pr, social and
// account_management have no active member.
struct Org
{
    test::HealthFixture f;
    qint64 sara = 0, omid = 0, reza = 0, mina = 0, sam = 0;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0;

    Org()
    {
        sara = f.person("sara@example.com", "customer_success");
        omid = f.person("omid@example.com", "sales");
        reza = f.person("reza@example.com", "customer_success", false);
        mina = f.person("mina@example.com", "marketing");
        sam = f.person("sam@example.com", "support");

        a = f.account("A-1", "Alborz", "retention");
        f.ownership(a, "retention", sara, "customer_success");              // template's supporting
        f.ownership(a, "acquisition", omid, "sales", {"legal"}, true);      // its own supporting
        b = f.account("B-2", "Bam", "implementation");                      // template only
        c = f.account("C-3", "Caspian", "deployment");
        f.ownership(c, "deployment", reza, QString(), {}, true);             // no supporting at all
        d = f.account("D-4", "Damavand", "expansion", "churned");
        e = f.account("E-5", "Elburz", "advocacy");
        f.ownership(e, "advocacy", sara, "marketing", {"pr", "support"}, true);

        f.revenue(a, "2026-06", 500000);
        f.revenue(e, "2026-06", 12345);
        f.revenue(c, "2026-05", 99900);
        f.revenue(b, "2026-06", 100);
        // E-5 computes red: adoption 0 and nps 20 -> (0 + 400) / 50 = 8.
        f.usage(e, "2026-06", 10, 100);
        f.survey(e, "2026-06-01", "nps", 2);
    }
};

const AccountOwners &byKey(const std::vector<AccountOwners> &all, const QString &key)
{
    for (const AccountOwners &a : all) {
        if (a.extId == key)
            return a;
    }
    FAIL("no account " << key.toStdString());
    return all.front();
}

} // namespace

TEST_CASE("the template is read in journey order")
{
    test::HealthFixture f;
    const auto stages = OwnershipResolver(f.db()).templateStages();
    CHECK(stages[0].stage == Stage::Acquisition);
    CHECK(stages[0].ownerTeam == "sales");
    CHECK(stages[0].coOwnerTeam == "marketing");
    CHECK(stages[0].supporting == QStringList{"product", "legal"});
    CHECK(stages[5].ownerTeam == "marketing");
    CHECK(stages[5].supporting == QStringList{"pr", "customer_success"});
}

TEST_CASE("ownership resolves the template and the account's own rows")
{
    Org org;
    const OwnershipResolver resolver(org.f.db());
    const std::vector<AccountOwners> all = resolver.resolveAll();
    REQUIRE(all.size() == 5);
    CHECK(all[0].extId == "A-1");

    const AccountOwners &a = byKey(all, "A-1");
    CHECK(a.currentStage == Stage::Retention);
    const ResolvedOwner &retention = a.current();
    CHECK_FALSE(retention.fromTemplate);
    CHECK(retention.personId == org.sara);
    CHECK(retention.personEmail == "sara@example.com");
    CHECK(retention.personActive);
    CHECK(retention.teamKey == "customer_success");
    CHECK(retention.supporting == QStringList{"marketing", "support"}); // supporting_set = 0
    const ResolvedOwner &acquisition = a.at(Stage::Acquisition);
    CHECK_FALSE(acquisition.fromTemplate);
    CHECK(acquisition.supporting == QStringList{"legal"});
    const ResolvedOwner &expansion = a.at(Stage::Expansion);
    CHECK(expansion.fromTemplate);
    CHECK_FALSE(expansion.personId.has_value());
    CHECK(expansion.teamKey == "sales");
    CHECK(expansion.supporting == QStringList{"product", "finance"});

    const AccountOwners &c = byKey(all, "C-3");
    CHECK(c.current().teamKey == "customer_success"); // no team on the row: the person's team
    CHECK_FALSE(c.current().personActive);
    CHECK(c.current().supporting.isEmpty());            // supporting_set = 1, no teams
    CHECK_FALSE(byKey(all, "D-4").active);

    const AccountOwners one = resolver.resolve(org.e);
    CHECK(one.extId == "E-5");
    CHECK(one.current().teamKey == "marketing");
    CHECK(one.current().supporting == QStringList{"pr", "support"});
    CHECK(one.at(Stage::Retention).fromTemplate);
    CHECK_THROWS_AS(resolver.resolve(987654), DataError);
}

TEST_CASE("every kind of gap at the current and later stages with churned accounts left out")
{
    Org org;
    OwnershipMatrix matrix(org.f.db());
    matrix.build(kAsOf);
    QStringList gaps;
    for (const OwnershipGap &g : matrix.gaps())
        gaps << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(g.accountKey, stageKey(g.stage), g.problem, g.team, g.person,
                                                        g.current ? "now" : "ahead").simplified();
    // A-1 is in retention: its acquisition (past) has no gap; expansion's template supporting
    // teams product and finance and advocacy's pr have no active member. D-4 is churned.
    CHECK(gaps == QStringList{
        "A-1 expansion no active member in a supporting team product ahead",
        "A-1 expansion no active member in a supporting team finance ahead",
        "A-1 advocacy no active member in a supporting team pr ahead",
        "B-2 implementation no owner now",
        "B-2 implementation no active member in a supporting team training now",
        "B-2 deployment no active member in a supporting team qa ahead",
        "B-2 expansion no active member in a supporting team product ahead",
        "B-2 expansion no active member in a supporting team finance ahead",
        "B-2 advocacy no active member in a supporting team pr ahead",
        "C-3 deployment inactive owner reza@example.com now",
        "C-3 expansion no active member in a supporting team product ahead",
        "C-3 expansion no active member in a supporting team finance ahead",
        "C-3 advocacy no active member in a supporting team pr ahead",
        "E-5 advocacy no active member in a supporting team pr now",
    });

    // The pure form, on B-2 moved to advocacy: no owning team, and a team gaining an active
    // member closes its gap.
    std::vector<AccountOwners> accounts = matrix.accounts();
    AccountOwners b = accounts[1];
    b.currentStage = Stage::Advocacy;
    ResolvedOwner &advocacy = b.stages[size_t(stageIndex(Stage::Advocacy))];
    advocacy.teamKey.clear();
    QHash<QString, int> members{{"pr", 1}, {"customer_success", 1}};
    std::vector<OwnershipGap> pure = OwnershipMatrix::findGaps({b}, members);
    REQUIRE(pure.size() == 2);
    CHECK(pure[0].problem == OwnershipGap::kNoOwner);
    CHECK(pure[1].problem == OwnershipGap::kNoTeam);
    members["pr"] = 0;
    CHECK(OwnershipMatrix::findGaps({b}, members).size() == 3);
    // A stage ahead owned by a team with nobody active in it; an inactive person named ahead.
    b.currentStage = Stage::Expansion;
    advocacy.teamKey = QStringLiteral("legal");
    ResolvedOwner &expansion = b.stages[size_t(stageIndex(Stage::Expansion))];
    expansion.personId = org.reza;
    expansion.personEmail = QStringLiteral("reza@example.com");
    expansion.personActive = false;
    expansion.teamKey = QStringLiteral("customer_success");
    expansion.supporting.clear();
    members = {{"pr", 1}, {"customer_success", 1}};
    pure = OwnershipMatrix::findGaps({b}, members);
    REQUIRE(pure.size() == 2);
    CHECK(pure[0].problem == OwnershipGap::kInactiveOwner);
    CHECK(pure[0].current);
    CHECK(pure[1].problem == OwnershipGap::kNoActiveOwnerTeamMember);
    CHECK(pure[1].team == "legal");
    CHECK_FALSE(pure[1].current);
}

TEST_CASE("an overdue hand-off is a gap, by the one overdue rule")
{
    CHECK(handoffrule::overdue(QDate(2026, 6, 1), QDate(), QDate(2026, 6, 7), 5));
    CHECK_FALSE(handoffrule::overdue(QDate(2026, 6, 2), QDate(), QDate(2026, 6, 7), 5));   // 5 days: not more
    CHECK_FALSE(handoffrule::overdue(QDate(2026, 6, 1), QDate(2026, 6, 7), QDate(2026, 6, 7), 5));
    CHECK(handoffrule::overdue(QDate(2026, 6, 1), QDate(2026, 6, 8), QDate(2026, 6, 7), 5)); // decided later
    CHECK_FALSE(handoffrule::overdue(QDate(), QDate(), QDate(2026, 6, 7), 5));

    Org org;
    QSqlQuery q = sql::prepare(org.f.db(), QStringLiteral(
        "INSERT INTO handoffs (account_id, from_person_id, to_person_id, status, created_at, submitted_at)"
        " VALUES (?, ?, ?, 'submitted', '2026-06-01T09:00:00Z', ?)"));
    for (const auto &[account, submitted] : {std::pair{org.a, "2026-06-02T09:00:00Z"}, std::pair{org.b, "2026-06-28T09:00:00Z"}}) {
        q.addBindValue(account);
        q.addBindValue(org.omid);
        q.addBindValue(org.sara);
        q.addBindValue(QString::fromLatin1(submitted));
        sql::exec(q);
    }
    OwnershipMatrix matrix(org.f.db());
    matrix.build(kAsOf);
    int overdue = 0;
    for (const OwnershipGap &g : matrix.gaps()) {
        if (g.problem != OwnershipGap::kOverdueHandoff)
            continue;
        ++overdue;
        CHECK(g.accountKey == "A-1");
        CHECK(g.person == "sara@example.com");
    }
    CHECK(overdue == 1);
    // The setting moves the line.
    SettingsStore(org.f.db()).setValue(handoffrule::overdueDaysSetting(), QStringLiteral("60"));
    matrix.build(kAsOf);
    CHECK(std::none_of(matrix.gaps().begin(), matrix.gaps().end(),
                       [](const OwnershipGap &g) { return g.problem == OwnershipGap::kOverdueHandoff; }));
}

TEST_CASE("teams x stages: the accounts and MRR each team owns at each stage")
{
    Org org;
    OwnershipMatrix matrix(org.f.db());
    matrix.build(kAsOf);
    // Every active account (A-1, B-2, C-3, E-5; D-4 is churned) is owned by one team at each stage.
    for (Stage stage : kAllStages) {
        int accounts = 0;
        for (const TeamStageCell &c : matrix.teamStages())
            accounts += c.stage == stage ? c.accounts : 0;
        CHECK(accounts == 4);
    }
    const auto retention = std::find_if(matrix.teamStages().begin(), matrix.teamStages().end(), [](const TeamStageCell &c) {
        return c.stage == Stage::Retention && c.teamKey == "customer_success";
    });
    REQUIRE(retention != matrix.teamStages().end());
    CHECK(retention->accounts == 4);            // A-1's own row and the template for the others
    CHECK(retention->mrrMinor == 512445);       // June: 5000.00 + 1.00 + 123.45 (C-3 has none)
    CHECK(retention->accountIds == std::vector<qint64>{org.a, org.b, org.c, org.e});
    // E-5's advocacy row names the marketing team with sara: the marketing cell counts it.
    const auto advocacy = std::find_if(matrix.teamStages().begin(), matrix.teamStages().end(), [](const TeamStageCell &c) {
        return c.stage == Stage::Advocacy && c.teamKey == "marketing";
    });
    REQUIRE(advocacy != matrix.teamStages().end());
    CHECK(advocacy->accounts == 4);
}

TEST_CASE("a departed owner's stages are reassigned at once and put back by the undo")
{
    Org org;
    StageOwnerEditor owners(org.f.db(), QStringLiteral("lead@example.com"));
    CHECK_THROWS_AS(owners.reassignOwner(org.reza, org.reza), DataError);
    CHECK_THROWS_AS(owners.reassignOwner(org.sara, org.reza), DataError);  // reza has left
    const auto changes = owners.reassignOwner(org.reza, org.sara);
    REQUIRE(changes.size() == 1);  // C-3's deployment, its current stage
    CHECK(changes[0].accountId == org.c);
    CHECK(owners.ownerState(org.c, Stage::Deployment).personId == org.sara);
    OwnershipMatrix matrix(org.f.db());
    matrix.build(kAsOf);
    CHECK(std::none_of(matrix.gaps().begin(), matrix.gaps().end(),
                       [](const OwnershipGap &g) { return g.problem == OwnershipGap::kInactiveOwner; }));
    owners.revertReassignment(changes);
    CHECK(owners.ownerState(org.c, Stage::Deployment).personId == org.reza);
    // Sara's past stages stay hers: only current and later stages move.
    const auto back = owners.reassignOwner(org.sara, org.omid);
    for (const auto &c : back)
        CHECK(stageIndex(c.stage) >= stageIndex(Stage::Retention));
}

TEST_CASE("load per owner: current-stage accounts with the latest month's MRR and red accounts")
{
    Org org;
    HealthService(org.f.db()).addOverride(org.c, Band::Red, "stalled rollout", "lead@example.com",
                                          QDate(2026, 12, 31));
    OwnershipMatrix matrix(org.f.db());
    matrix.build(kAsOf);
    CHECK(matrix.latestMonth() == "2026-06");
    REQUIRE(matrix.load().size() == 2);
    const OwnerLoad &sara = matrix.load()[0];
    CHECK(sara.email == "sara@example.com");
    CHECK(sara.accounts == 2);                 // A-1 retention, E-5 advocacy
    CHECK(sara.mrrMinor == 512345);            // 5000.00 + 123.45
    CHECK(sara.red == 1);                      // E-5
    const OwnerLoad &reza = matrix.load()[1];
    CHECK(reza.email == "reza@example.com");
    CHECK_FALSE(reza.active);
    CHECK(reza.accounts == 1);
    CHECK(reza.mrrMinor == 0);                 // no June revenue
    CHECK(reza.red == 1);                      // overridden red

    const QJsonObject json = matrix.toJson();
    CHECK(json.value("stages").toArray().size() == 6);
    CHECK(json.value("stages").toArray().at(0).toString() == "acquisition");
    const QJsonObject first = json.value("accounts").toArray().at(0).toObject();
    CHECK(first.value("id").toString() == "A-1");
    CHECK(first.value("stage").toString() == "retention");
    const QJsonObject owners = first.value("owners").toObject();
    CHECK(owners.keys().size() == 6);
    const QJsonObject ret = owners.value("retention").toObject();
    CHECK(ret.value("person").toString() == "sara@example.com");
    CHECK(ret.value("team").toString() == "customer_success");
    CHECK(ret.value("supporting").toArray() == QJsonArray{"marketing", "support"});
    CHECK(ret.value("from_template").toBool() == false);
    const QJsonObject exp = owners.value("expansion").toObject();
    CHECK(exp.value("person").isNull());
    CHECK(exp.value("from_template").toBool());
    const QJsonArray gaps = json.value("gaps").toArray();
    CHECK(gaps.size() == 14);
    CHECK(gaps.at(3).toObject().value("account").toString() == "B-2");
    CHECK(gaps.at(3).toObject().value("current").toBool());
    CHECK(gaps.at(4).toObject().value("team").toString() == "training");
    CHECK_FALSE(gaps.at(0).toObject().value("current").toBool());
    const QJsonObject load = json.value("load").toArray().at(0).toObject();
    CHECK(load.value("person").toString() == "sara@example.com");
    CHECK(load.value("accounts").toInt() == 2);
    CHECK(load.value("mrr").toDouble() == Approx(5123.45));
    CHECK(load.value("red").toInt() == 1);
}
