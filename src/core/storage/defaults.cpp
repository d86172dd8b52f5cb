#include "storage/defaults.h"

#include "domain/healthmeasures.h"
#include "domain/stage.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace karvan::defaults {

namespace {

struct TeamRow { const char *key; const char *name; const char *description; };

// Names and descriptions are stored in the language the database is created in (they are
// data: CSV files name teams by key, and teams can be renamed on the People page).
constexpr TeamRow kTeams[] = {
    {"sales", QT_TRANSLATE_NOOP("karvan::Teams", "Sales"), QT_TRANSLATE_NOOP("karvan::Teams", "Owns the customer until the contract is signed (acquisition).")},
    {"marketing", QT_TRANSLATE_NOOP("karvan::Teams", "Marketing"), QT_TRANSLATE_NOOP("karvan::Teams", "Engagement, communications and loyalty programmes.")},
    {"customer_success", QT_TRANSLATE_NOOP("karvan::Teams", "Customer Success"), QT_TRANSLATE_NOOP("karvan::Teams", "CSMs: onboarding, deployment, retention, health.")},
    {"account_management", QT_TRANSLATE_NOOP("karvan::Teams", "Account Management"), QT_TRANSLATE_NOOP("karvan::Teams", "Renewals, upgrades, upsell and pricing.")},
    {"support", QT_TRANSLATE_NOOP("karvan::Teams", "Customer Support"), QT_TRANSLATE_NOOP("karvan::Teams", "Resolves problems; escalates recurring ones to Product.")},
    {"product", QT_TRANSLATE_NOOP("karvan::Teams", "Product"), QT_TRANSLATE_NOOP("karvan::Teams", "Owns the experience; turns feedback into the roadmap.")},
    {"legal", QT_TRANSLATE_NOOP("karvan::Teams", "Legal"), QT_TRANSLATE_NOOP("karvan::Teams", "Contracts and data ownership.")},
    {"training", QT_TRANSLATE_NOOP("karvan::Teams", "Training"), QT_TRANSLATE_NOOP("karvan::Teams", "Teaches customers to reach value.")},
    {"qa", QT_TRANSLATE_NOOP("karvan::Teams", "Quality Assurance"), QT_TRANSLATE_NOOP("karvan::Teams", "Quality of what is deployed.")},
    {"finance", QT_TRANSLATE_NOOP("karvan::Teams", "Finance"), QT_TRANSLATE_NOOP("karvan::Teams", "Billing, ROI and pricing support.")},
    {"pr", QT_TRANSLATE_NOOP("karvan::Teams", "Public Relations"), QT_TRANSLATE_NOOP("karvan::Teams", "Public stories and references.")},
    {"social", QT_TRANSLATE_NOOP("karvan::Teams", "Social Media"), QT_TRANSLATE_NOOP("karvan::Teams", "Community and social channels.")},
};

struct TemplateRow
{
    Stage stage;
    const char *owner;
    const char *coOwner;
    const char *supporting[2];
    const char *metrics;
};

// The seed's table (seed 000), which is the default template.
constexpr TemplateRow kTemplate[] = {
    {Stage::Acquisition, "sales", "marketing", {"product", "legal"}, QT_TRANSLATE_NOOP("karvan::Template", "leads, conversion rate")},
    {Stage::Implementation, "customer_success", nullptr, {"support", "training"},
     QT_TRANSLATE_NOOP("karvan::Template", "time to value (purchase to go-live), activation")},
    {Stage::Deployment, "customer_success", "product", {"support", "qa"}, QT_TRANSLATE_NOOP("karvan::Template", "feature usage, engagement")},
    {Stage::Retention, "customer_success", "account_management", {"marketing", "support"},
     QT_TRANSLATE_NOOP("karvan::Template", "churn rate, NPS")},
    {Stage::Expansion, "sales", "account_management", {"product", "finance"}, QT_TRANSLATE_NOOP("karvan::Template", "upsell / resale, ROI")},
    {Stage::Advocacy, "marketing", "social", {"pr", "customer_success"}, QT_TRANSLATE_NOOP("karvan::Template", "referrals")},
};

struct ChecklistRow { const char *text; bool required; };

// The first default checklist (schema step 2); step 4 replaces it with kHandoffChecklist.
constexpr ChecklistRow kChecklist[] = {
    {"Signed contract attached and start date confirmed", true},
    {"Customer goals and success criteria agreed with the customer", true},
    {"Key contacts and decision makers listed", true},
    {"Plan, modules and licence count confirmed", true},
    {"Promises and commitments made during the sale recorded", true},
    {"Technical requirements and integrations noted", false},
    {"Risks and open questions noted", false},
    {"Kick-off meeting with the CSM scheduled", false},
};

struct HandoffItemRow { const char *text; bool required; const char *help; };

// The hand-off checklist (issue 10): what a CSM needs to take over a signed customer.
constexpr HandoffItemRow kHandoffChecklist[] = {
    {"Why the customer bought and the use cases", true,
     "The problem they want solved, the use cases they bought for, in their words."},
    {"Success metrics and their baseline", true,
     "How the customer will measure success, and where each measure stands today."},
    {"Contract terms, value and renewal date", true,
     "Term, value (MRR), renewal date, notice period, anything unusual in the contract."},
    {"Every promise made during the sale", true,
     "Features, dates, discounts, services or people promised; write each one down."},
    {"Stakeholder map: champion, economic buyer, preferred channel", true,
     "Who champions the product, who signs the renewal, how they like to be reached."},
    {"Risks and red flags", true,
     "Doubts raised during the sale, competitors, politics, budget or timing risks."},
    {"Technical and integration scope", false,
     "Systems to integrate, data to migrate, SSO, security reviews."},
    {"Kickoff meeting planned with Sales, CSM and customer", true,
     "Date and attendees of the kickoff; Sales introduces the CSM."},
    {"The 30-day check-in date", false,
     "When the CSM checks in after the first month."},
};

QVariant teamId(const QSqlDatabase &db, const char *key)
{
    if (!key)
        return QVariant();
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT id FROM teams WHERE team_key = ?"));
    q.addBindValue(QString::fromUtf8(key));
    sql::exec(q);
    return sql::next(q) ? q.value(0) : QVariant();
}

bool tableHasRows(const QSqlDatabase &db, const QString &table)
{
    // `table` is one of our own table names, never user input.
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return sql::next(q) && q.value(0).toInt() > 0;
}

} // namespace

void insertTeams(QSqlDatabase &db)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO teams (team_key, name, description, builtin) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (team_key) DO NOTHING"));
    for (const TeamRow &t : kTeams) {
        q.addBindValue(QString::fromUtf8(t.key));
        q.addBindValue(QCoreApplication::translate("karvan::Teams", t.name));
        q.addBindValue(QCoreApplication::translate("karvan::Teams", t.description));
        sql::exec(q);
    }
}

void insertTemplate(QSqlDatabase &db)
{
    QSqlQuery stage = sql::prepare(db, QStringLiteral(
        "INSERT INTO template_stages (stage, position, owner_team_id, co_owner_team_id, key_metrics)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (stage) DO NOTHING"));
    QSqlQuery support = sql::prepare(db, QStringLiteral(
        "INSERT INTO template_supporting (stage, team_id, position) VALUES (?, ?, ?)"
        " ON CONFLICT (stage, team_id) DO NOTHING"));
    const bool fresh = !tableHasRows(db, QStringLiteral("template_stages"));
    int position = 0;
    for (const TemplateRow &t : kTemplate) {
        stage.addBindValue(stageKey(t.stage));
        stage.addBindValue(position++);
        stage.addBindValue(teamId(db, t.owner));
        stage.addBindValue(teamId(db, t.coOwner));
        stage.addBindValue(QCoreApplication::translate("karvan::Template", t.metrics));
        sql::exec(stage);
        if (!fresh)
            continue;
        for (int i = 0; i < 2; ++i) {
            support.addBindValue(stageKey(t.stage));
            support.addBindValue(teamId(db, t.supporting[i]));
            support.addBindValue(i);
            sql::exec(support);
        }
    }
}

void insertChecklist(QSqlDatabase &db)
{
    if (tableHasRows(db, QStringLiteral("checklist_template")))
        return;
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO checklist_template (position, text, required) VALUES (?, ?, ?)"));
    int position = 0;
    for (const ChecklistRow &row : kChecklist) {
        q.addBindValue(position++);
        q.addBindValue(QString::fromUtf8(row.text));
        q.addBindValue(row.required ? 1 : 0);
        sql::exec(q);
    }
}

void replaceFirstChecklist(QSqlDatabase &db)
{
    QStringList current;
    QSqlQuery read = sql::run(db, QStringLiteral("SELECT text, required FROM checklist_template ORDER BY position, id"));
    while (sql::next(read))
        current << read.value(0).toString() + QLatin1Char('|') + read.value(1).toString();
    QStringList first;
    for (const ChecklistRow &row : kChecklist)
        first << QString::fromUtf8(row.text) + QLatin1Char('|') + (row.required ? QLatin1Char('1') : QLatin1Char('0'));
    if (!current.isEmpty() && current != first)
        return;  // the organisation's own checklist stays
    sql::exec(db, QStringLiteral("DELETE FROM checklist_template"));
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO checklist_template (position, text, required, help) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const HandoffItemRow &row : kHandoffChecklist) {
        q.addBindValue(position++);
        q.addBindValue(QString::fromUtf8(row.text));
        q.addBindValue(row.required ? 1 : 0);
        q.addBindValue(QString::fromUtf8(row.help));
        sql::exec(q);
    }
}

void insertConflictRules(QSqlDatabase &db)
{
    if (tableHasRows(db, QStringLiteral("conflict_rules")))
        return;
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO conflict_rules (situation, deciding_team_id, communicating_team_id, note)"
        " VALUES (?, ?, ?, ?)"));
    q.addBindValue(QCoreApplication::translate("karvan::ConflictRules", "A support ticket is escalated to Product"));
    q.addBindValue(teamId(db, "product"));
    q.addBindValue(teamId(db, "customer_success"));
    q.addBindValue(QCoreApplication::translate("karvan::ConflictRules", "Product decides the priority; Customer Success tells the customer."));
    sql::exec(q);
    q.addBindValue(QCoreApplication::translate("karvan::ConflictRules", "The customer asks for a new feature"));
    q.addBindValue(teamId(db, "product"));
    q.addBindValue(teamId(db, "customer_success"));
    q.addBindValue(QCoreApplication::translate("karvan::ConflictRules", "Product sets the priority; the CSM tells the customer the timeline."));
    sql::exec(q);
}

void insertScorecard(QSqlDatabase &db)
{
    // The contract's default scorecard; params hold each measure's thresholds.
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO scorecard_measures (measure, label, position, weight, enabled, params)"
        " VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (measure) DO NOTHING"));
    int position = 0;
    for (const HealthMeasureDefault &m : healthMeasureDefaults()) {
        q.addBindValue(QString::fromUtf8(m.key));
        q.addBindValue(QString::fromUtf8(m.label));
        q.addBindValue(position++);
        q.addBindValue(m.weight);
        q.addBindValue(QString::fromUtf8(m.params));
        sql::exec(q);
    }
    QSqlQuery s = sql::prepare(db, QStringLiteral(
        "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    const std::pair<const char *, const char *> settings[] = {
        {"health.yellow_from", "50"}, {"health.green_from", "75"}, {"health.min_weight", "50"}};
    for (const auto &[name, value] : settings) {
        s.addBindValue(QString::fromUtf8(name));
        s.addBindValue(QString::fromUtf8(value));
        sql::exec(s);
    }
}

} // namespace karvan::defaults
