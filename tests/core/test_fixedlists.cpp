// The fixed lists of the domain: defined once, and the schema, the store and the labels follow them.
#include <catch2/catch.hpp>

#include "accounts/activityrecords.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "domain/healthmeasures.h"
#include "domain/stage.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace karvan;

namespace {

// Inserts a row with `value` in the checked column; whether the database accepted it.
bool accepts(const QSqlDatabase &db, const QString &statement, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(statement);
    q.addBindValue(value);
    return q.exec();
}

} // namespace

TEST_CASE("the fixed lists hold the contract's keys in the contract's order")
{
    CHECK(interactionKinds().keys()
          == QStringList{"meeting", "call", "email", "checkin", "qbr", "note", "referral"});
    CHECK(ticketPriorities().keys() == QStringList{"low", "normal", "high", "urgent"});
    CHECK(surveyKinds().keys() == QStringList{"nps", "csat", "ces"});
    CHECK(costCategories().keys()
          == QStringList{"support", "training", "engagement", "marketing", "success", "other", "acquisition"});
    CHECK(goalStatuses().keys() == QStringList{"open", "achieved", "missed", "dropped"});
    CHECK(goalKinds().keys() == QStringList{"goal", "outcome"});
    CHECK(stageKeys()
          == QStringList{"acquisition", "implementation", "deployment", "retention", "expansion", "advocacy"});
    CHECK(healthMeasureKeys() == QStringList{"adoption", "nps", "csat", "support", "engagement"});
    double weights = 0;
    for (const HealthMeasureDefault &m : healthMeasureDefaults())
        weights += m.weight;
    CHECK(weights == 100);
    CHECK(healthMeasureParams(u"csat") == QStringList{"window_days", "good_from"});
    CHECK(healthMeasureParams(u"unknown").isEmpty());
}

TEST_CASE("every key and stage has a label for people, and an unknown key shows as itself")
{
    CHECK(interactionKinds().label(u"checkin") == QStringLiteral("Check-in"));
    CHECK(interactionKinds().label(4) == QStringLiteral("QBR"));
    CHECK(ticketPriorities().label(u"urgent") == QStringLiteral("Urgent"));
    CHECK(surveyKinds().label(u"nps") == QStringLiteral("NPS"));
    CHECK(goalStatuses().label(u"achieved") == QStringLiteral("Achieved"));
    CHECK(costCategories().label(u"bogus") == QStringLiteral("bogus"));
    CHECK(businessModels().keys() == QStringList{QStringLiteral("b2b"), QStringLiteral("b2c")});
    for (const FixedList *list : {&interactionKinds(), &ticketPriorities(), &surveyKinds(),
                                  &costCategories(), &goalKinds(), &goalStatuses(), &businessModels()}) {
        for (int i = 0; i < list->size(); ++i) {
            INFO(list->key(i).toStdString());
            CHECK(!list->label(i).isEmpty());
            CHECK(list->label(i) != list->key(i));
            CHECK(list->contains(list->key(i)));
        }
    }
    CHECK(stageLabel(Stage::Acquisition) == QStringLiteral("Acquisition"));
    CHECK(stageLabel(Stage::Advocacy) == QStringLiteral("Advocacy"));
    for (Stage s : kAllStages)
        CHECK(stageLabel(s).at(0).isUpper());
}

TEST_CASE("survey score ranges follow the kind")
{
    const auto nps = surveyScoreRange(u"nps");
    REQUIRE(nps);
    CHECK((nps->min == 0 && nps->max == 10));
    const auto csat = surveyScoreRange(u"csat");
    REQUIRE(csat);
    CHECK((csat->min == 1 && csat->max == 5));
    const auto ces = surveyScoreRange(u"ces");
    REQUIRE(ces);
    CHECK((ces->min == 1 && ces->max == 7));
    CHECK(!surveyScoreRange(u"bogus"));
    for (const QString &kind : surveyKinds().keys())
        CHECK(surveyScoreRange(kind));
}

TEST_CASE("the schema's CHECK constraints accept exactly the lists' keys")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Database database(dir.filePath(QStringLiteral("lists.sqlite")));
    QSqlDatabase db = database.connection();
    sql::exec(db, QStringLiteral("INSERT INTO accounts (ext_id, name, created_at, updated_at)"
                                 " VALUES ('A-1', 'Acme', '2025-01-01', '2025-01-01')"));
    const QString interaction = QStringLiteral(
        "INSERT INTO interactions (account_id, date, kind) VALUES (1, '2025-01-01', ?)");
    const QString ticket = QStringLiteral(
        "INSERT INTO tickets (ext_id, account_id, opened, priority) VALUES (lower(hex(randomblob(8))), 1, '2025-01-01', ?)");
    const QString survey = QStringLiteral(
        "INSERT INTO surveys (account_id, date, kind, score) VALUES (1, '2025-01-01', ?, 1)");
    const QString cost = QStringLiteral(
        "INSERT INTO costs (date, category, amount) VALUES ('2025-01-01', ?, 100)");
    const QString goal = QStringLiteral(
        "INSERT INTO goals (account_id, kind, title, status, created_at) VALUES (1, 'goal', 'Go live', ?, '2025-01-01')");
    const QString stage = QStringLiteral("UPDATE accounts SET stage = ? WHERE id = 1");
    const std::pair<QString, QStringList> checks[] = {
        {interaction, interactionKinds().keys()}, {ticket, ticketPriorities().keys()},
        {survey, surveyKinds().keys()}, {cost, costCategories().keys()},
        {goal, goalStatuses().keys()}, {stage, stageKeys()}};
    for (const auto &[statement, keys] : checks) {
        INFO(statement.toStdString());
        for (const QString &key : keys)
            CHECK(accepts(db, statement, key));
        CHECK_FALSE(accepts(db, statement, QStringLiteral("bogus")));
    }
}

TEST_CASE("the account store validates against the same lists")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Database database(dir.filePath(QStringLiteral("store.sqlite")));
    QSqlDatabase db = database.connection();
    sql::exec(db, QStringLiteral("INSERT INTO accounts (ext_id, name, created_at, updated_at)"
                                 " VALUES ('A-1', 'Acme', '2025-01-01', '2025-01-01')"));
    ActivityRecords records(db, QStringLiteral("tester@example.com"));
    Interaction i;
    i.date = QDate(2025, 2, 3);
    i.kind = QStringLiteral("qbr");
    CHECK(records.addInteraction(1, i) > 0);
    i.kind = QStringLiteral("referral-call");
    CHECK_THROWS_AS(records.addInteraction(1, i), DataError);
    Ticket t;
    t.opened = QDate(2025, 2, 3);
    t.extId = QStringLiteral("T-1");
    CHECK(records.addTicket(1, t) > 0);  // no priority is allowed
    t.extId = QStringLiteral("T-2");
    t.priority = QStringLiteral("urgent");
    CHECK(records.addTicket(1, t) > 0);
    t.extId = QStringLiteral("T-3");
    t.priority = QStringLiteral("critical");
    CHECK_THROWS_AS(records.addTicket(1, t), DataError);
}
