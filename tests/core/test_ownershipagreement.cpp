// One rule for the owner of each stage: the resolver's answer for every account x stage of a
// generated book is what the book row, the account detail, the matrix (and its model) and the
// metrics attribution report; the dashboard's matrix model, its filter and the teams x stages
// cells agree with them too.
#include <catch2/catch.hpp>

#include "accounts/accountbook.h"
#include "accounts/accountdetailloader.h"
#include "accounts/accounteditor.h"
#include "accounts/stageownereditor.h"
#include "health/healthservice.h"
#include "generator/generator.h"
#include "io/importer.h"
#include "metrics/metricsattribution.h"
#include "metrics/metricsloader.h"
#include "models/ownershipmatrixfiltermodel.h"
#include "models/ownershipmatrixmodel.h"
#include "ownership/ownershipmatrix.h"
#include "ownership/ownershipresolver.h"
#include "people/peoplestore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace karvan;

namespace {

// A generated book of 300 accounts, imported in the contract's order, then a few owners
// edited: a team without a person, a row naming its own supporting teams, and a row naming
// nobody at all (the template's team applies).
struct GeneratedBook
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    GeneratedBook()
    {
        GeneratorOptions options;
        options.accounts = 300;
        options.months = 12;
        options.seed = 7;
        Generator(options).writeAll(dir.filePath(QStringLiteral("csv")));
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("book.sqlite")));
        Importer importer(*db, QStringLiteral("test"));
        for (CsvKind kind : allCsvKinds())
            importer.importFile(kind, dir.filePath(QStringLiteral("csv/") + csvKindName(kind) + ".csv"));

        AccountBook accounts(db->connection());
        StageOwnerEditor owners(db->connection(), QStringLiteral("test"));
        const PeopleStore people(db->connection(), QStringLiteral("test"));
        const qint64 legal = people.teamByKey(QStringLiteral("legal"))->id;
        const qint64 support = people.teamByKey(QStringLiteral("support"))->id;
        const std::vector<AccountRow> book = accounts.loadBook();
        for (size_t i = 0; i < book.size(); i += 7) {
            OwnerState teamOnly{true, 0, support, false, {}};
            owners.setOwnerState(book[i].id, book[i].stage, teamOnly);
            OwnerState ownSupport{true, 0, legal, true, {support}};
            owners.setOwnerState(book[i].id, Stage::Advocacy, ownSupport);
        }
        // The store refuses a row naming nobody; an older file may still hold one.
        for (size_t i = 3; i < book.size(); i += 11) {
            QSqlQuery q = sql::prepare(db->connection(), QStringLiteral(
                "UPDATE ownership SET person_id = NULL, team_id = NULL WHERE account_id = ? AND stage = ?"));
            q.addBindValue(book[i].id);
            q.addBindValue(stageKey(book[i].stage));
            sql::exec(q);
            QSqlQuery h = sql::prepare(db->connection(), QStringLiteral(
                "INSERT INTO ownership_history (account_id, stage, person_id, team_id, supporting,"
                " valid_from, changed_by) VALUES (?, ?, NULL, NULL, NULL, '2099-01-01T00:00:00Z', 'test')"));
            h.addBindValue(book[i].id);
            h.addBindValue(stageKey(book[i].stage));
            sql::exec(h);
        }
    }

    QSqlDatabase connection() const { return db->connection(); }
};

QString cellText(const ResolvedOwner &o)
{
    if (!o.personName.isEmpty())
        return o.personActive ? o.personName : QStringLiteral("%1 (inactive)").arg(o.personName);
    return o.teamName.isEmpty() ? QStringLiteral("no owner") : QStringLiteral("(%1)").arg(o.teamName);
}

} // namespace

TEST_CASE("every reader reports the resolver's owner for every account and stage")
{
    const GeneratedBook g;
    const std::vector<AccountOwners> resolved = OwnershipResolver(g.connection()).resolveAll();
    REQUIRE(resolved.size() == 300);
    int own = 0, teamOnly = 0, ownSupporting = 0, noTeamFromRow = 0;
    for (const AccountOwners &a : resolved) {
        for (const ResolvedOwner &o : a.stages) {
            own += o.fromTemplate ? 0 : 1;
            teamOnly += !o.personId && !o.teamFromTemplate ? 1 : 0;
            ownSupporting += o.supportingFromTemplate ? 0 : 1;
            noTeamFromRow += !o.fromTemplate && o.teamFromTemplate ? 1 : 0;
        }
    }
    // The book has every kind of row the rule distinguishes.
    CHECK(own > 300);
    CHECK(teamOnly > 10);
    CHECK(ownSupporting > 10);
    CHECK(noTeamFromRow > 5);

    AccountBook book(g.connection());
    AccountDetailLoader loader(g.connection());
    QHash<qint64, AccountRow> rows;
    for (const AccountRow &row : book.loadBook())
        rows.insert(row.id, row);

    OwnershipMatrix matrix(g.connection());
    matrix.build();
    REQUIRE(matrix.accounts().size() == resolved.size());
    OwnershipMatrixModel model;
    model.setMatrix(matrix);
    REQUIRE(model.rowCount() == int(resolved.size()));

    const QDate day(2100, 1, 1); // after every history row: the owners of today
    const QHash<qint64, AccountAttribution> attribution =
        attributeAccounts(MetricsLoader(g.connection()).loadAttributionInput(), day);

    for (size_t i = 0; i < resolved.size(); ++i) {
        const AccountOwners &a = resolved[i];
        INFO(a.extId.toStdString());
        // The book row: the owner of the current stage.
        REQUIRE(rows.contains(a.accountId));
        const AccountRow &row = rows.value(a.accountId);
        CHECK(row.ownerEmail == a.current().personEmail);
        CHECK(row.ownerName == a.current().label());
        CHECK(row.ownerName == (a.current().personId ? a.current().personName
                                : a.current().teamFromTemplate ? a.current().templateTeams
                                                               : a.current().teamName));

        // The account detail: all six stages.
        const AccountDetail detail = loader.load(a.accountId);
        REQUIRE(detail.owners.size() == 6);
        CHECK(detail.currentOwner().personEmail == row.ownerEmail);
        for (const ResolvedOwner &o : a.stages) {
            INFO(stageKey(o.stage).toStdString());
            const StageOwner &d = detail.owners[size_t(stageIndex(o.stage))];
            CHECK(d.overridden == !o.fromTemplate);
            CHECK(d.personId == o.personId.value_or(0));
            CHECK(d.personEmail == o.personEmail);
            CHECK(d.teamId == o.teamId);
            CHECK(d.teamName == o.teamName);
            CHECK(d.supportingOverridden == !o.supportingFromTemplate);
            CHECK(d.supportingKeys == o.supporting);

            // The matrix and its model.
            const ResolvedOwner &m = matrix.accounts()[i].at(o.stage);
            CHECK(m.personId == o.personId);
            CHECK(m.teamKey == o.teamKey);
            CHECK(m.supporting == o.supporting);
            CHECK(model.index(int(i), 1 + stageIndex(o.stage)).data().toString() == cellText(o));
        }

        // The dashboard's matrix model: the account's segment and model as the detail has them.
        CHECK(model.accountAt(int(i))->accountId == a.accountId);
        CHECK(model.index(int(i), 0).data(OwnershipMatrixModel::SegmentRole).toString() == detail.segment);
        CHECK(model.index(int(i), 0).data(OwnershipMatrixModel::BusinessModelRole).toString() == detail.model);

        // The metrics attribution of the stage it finds (history then today's rows).
        const AccountAttribution &at = attribution.value(a.accountId);
        const std::optional<Stage> stage = stageFromKey(at.stage);
        REQUIRE(stage);
        const ResolvedOwner &o = a.at(*stage);
        CHECK(at.owner == (o.personId ? o.personEmail : QStringLiteral("(none)")));
        CHECK(at.team == (o.teamKey.isEmpty() ? QStringLiteral("(none)") : o.teamKey));
    }

    // Teams x stages: each cell holds exactly the active accounts whose resolved owner team at
    // that stage is the cell's team.
    std::map<std::pair<QString, int>, std::vector<qint64>> expected;
    for (const AccountOwners &a : resolved) {
        for (const ResolvedOwner &o : a.stages) {
            if (a.active && !o.teamKey.isEmpty())
                expected[{o.teamKey, stageIndex(o.stage)}].push_back(a.accountId);
        }
    }
    REQUIRE(matrix.teamStages().size() == expected.size());
    for (const TeamStageCell &cell : matrix.teamStages()) {
        INFO(cell.teamKey.toStdString() << " " << stageKey(cell.stage).toStdString());
        const std::vector<qint64> &ids = expected[{cell.teamKey, stageIndex(cell.stage)}];
        CHECK(cell.accounts == int(ids.size()));
        CHECK(cell.accountIds == ids);  // both in ext_id order
    }

    // The matrix's filter by team and by owner (at any stage, and at the current stage) shows
    // exactly the accounts the resolver's owners say.
    OwnershipMatrixFilterModel filter;
    filter.setMatrixModel(&model);
    const std::vector<AccountOwners> &all = matrix.accounts();
    auto shownIds = [&filter] {
        QSet<qint64> ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids.insert(filter.accountIdAt(row));
        return ids;
    };
    for (const QString &team : {QStringLiteral("customer_success"), QStringLiteral("legal"), QStringLiteral("support")}) {
        INFO(team.toStdString());
        QSet<qint64> any, atRetention;
        for (const AccountOwners &a : all) {
            for (const ResolvedOwner &o : a.stages) {
                if (o.teamKey == team || o.supporting.contains(team)) {
                    any.insert(a.accountId);
                    if (o.stage == Stage::Retention && a.currentStage == Stage::Retention)
                        atRetention.insert(a.accountId);
                }
            }
        }
        OwnershipMatrixFilter spec;
        spec.teamKey = team;
        filter.setFilter(spec);
        CHECK(shownIds() == any);
        spec.stage = Stage::Retention;
        filter.setFilter(spec);
        CHECK(shownIds() == atRetention);
    }
    const auto named = std::find_if(all.begin(), all.end(), [](const AccountOwners &a) { return a.current().personId.has_value(); });
    REQUIRE(named != all.end());
    const ResolvedOwner &someone = named->current();
    QSet<qint64> owned;
    for (const AccountOwners &a : all) {
        for (const ResolvedOwner &o : a.stages) {
            if (o.personId == someone.personId)
                owned.insert(a.accountId);
        }
    }
    OwnershipMatrixFilter byPerson;
    byPerson.personId = someone.personId;
    filter.setFilter(byPerson);
    CHECK(shownIds() == owned);
    CHECK_FALSE(owned.isEmpty());
}

TEST_CASE("the book, the account detail, health, the JSON and the matrix agree on band and trend")
{
    const GeneratedBook g;
    HealthService health(g.connection());
    const QDate today = QDate::currentDate();
    // Last month's snapshot gives every account a trend to agree on; then one account red by
    // an override and one churned, so that the rule's edges are in the book.
    health.recordSnapshot(today.addMonths(-1));
    AccountBook book(g.connection());
    AccountEditor editor(g.connection(), QStringLiteral("test"));
    AccountDetailLoader loader(g.connection());
    const std::vector<AccountRow> before = book.loadBook();
    REQUIRE(before.size() == 300);
    std::vector<qint64> active;
    for (const AccountRow &row : before)
        if (row.status != QStringLiteral("churned") && row.band != Band::Red)
            active.push_back(row.id);
    REQUIRE(active.size() > 2);
    health.addOverride(active[0], Band::Red, QStringLiteral("renewal at risk"), QStringLiteral("test"),
                       today.addDays(30));
    editor.setProfileValue(active[1], QStringLiteral("status"), QStringLiteral("churned"));

    // A new snapshot marks the stored health stale; the book brings it up to date on opening.
    CHECK(health.currentIsStale(today));
    CHECK(health.ensureCurrent(today));
    const std::vector<AccountHealth> evaluated = health.evaluateAll(today);
    QHash<qint64, AccountRow> rows;
    for (const AccountRow &row : book.loadBook())
        rows.insert(row.id, row);
    REQUIRE(evaluated.size() == 300);

    QHash<QString, int> redByOwner;
    int trends = 0, reds = 0, churned = 0;
    for (const AccountHealth &h : evaluated) {
        INFO(h.extId.toStdString());
        REQUIRE(rows.contains(h.accountId));
        const AccountRow &row = rows.value(h.accountId);
        const AccountDetail detail = loader.load(h.accountId);
        const QJsonObject json = HealthService::toJson(h);
        // One band: the book row, the header (account detail), the Health tab's evaluation, the JSON.
        CHECK(row.band == h.band());
        CHECK(detail.band() == h.band());
        CHECK(json.value(QStringLiteral("band")).toString() == bandKey(h.band()));
        CHECK(row.score.has_value() == h.computed.score.has_value());
        if (row.score && h.computed.score)
            CHECK(*row.score == Approx(*h.computed.score).margin(0.05));
        // One trend.
        CHECK(row.trend == h.trend);
        CHECK(detail.current.trend == h.trend);
        trends += h.trend != Trend::None ? 1 : 0;
        reds += h.band() == Band::Red ? 1 : 0;
        churned += h.band() == Band::Churned ? 1 : 0;
        if (h.band() == Band::Red && row.status != QStringLiteral("churned") && !row.ownerEmail.isEmpty())
            redByOwner[row.ownerEmail] += 1;
    }
    CHECK(trends > 100);
    CHECK(reds > 0);
    CHECK(churned >= 1);
    CHECK(rows.value(active[0]).band == Band::Red);
    CHECK(rows.value(active[1]).band == Band::Churned);
    CHECK_FALSE(rows.value(active[1]).score.has_value());

    // The matrix's red count per owner is the same rule over the same accounts.
    OwnershipMatrix matrix(g.connection());
    matrix.build(today);
    for (const OwnerLoad &l : matrix.load()) {
        INFO(l.email.toStdString());
        CHECK(l.red == redByOwner.value(l.email));
    }

    // The dashboard's matrix model shows each account's band as the book does, and its band
    // filter shows exactly the book's accounts of that band.
    OwnershipMatrixModel model;
    model.setMatrix(matrix);
    REQUIRE(model.rowCount() == 300);
    std::map<Band, QSet<qint64>> byBand;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.accountIdAt(row);
        INFO(id);
        CHECK(model.bandAt(row) == rows.value(id).band);
        CHECK(Band(model.index(row, 0).data(OwnershipMatrixModel::BandRole).toInt()) == rows.value(id).band);
        byBand[rows.value(id).band].insert(id);
    }
    OwnershipMatrixFilterModel filter;
    filter.setMatrixModel(&model);
    for (Band band : allBands()) {
        INFO(bandKey(band).toStdString());
        OwnershipMatrixFilter spec;
        spec.band = band;
        filter.setFilter(spec);
        QSet<qint64> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.insert(filter.accountIdAt(row));
        CHECK(shown == byBand[band]);
    }
    CHECK(byBand[Band::Red].size() == reds);
}
