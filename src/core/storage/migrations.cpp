#include "storage/migrations.h"

#include <QRegularExpression>

#include "storage/defaults.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "domain/stage.h"
#include "storage/sql.h"
#include "storage/sqlengine.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace karvan::migrations {

namespace {

// "'a', 'b'": keys as an SQL IN list.
QString inList(const QStringList &keys)
{
    QStringList quoted;
    for (const QString &k : keys)
        quoted << QLatin1Char('\'') + k + QLatin1Char('\'');
    return quoted.join(QLatin1String(", "));
}

// Runs the statements after replacing the placeholders: %ID% by the engine's auto-increment
// id column, %STAGES%, %INTERACTION_KINDS%, ... by the fixed lists of the domain
// (domain/fixedlists.h), so that the CHECK constraints and the lists cannot disagree.
void run(QSqlDatabase &db, const QStringList &statements)
{
    const QList<QPair<QLatin1String, QString>> placeholders = {
        {QLatin1String("%ID%"), sqlengine::autoIdColumn(db)},
        {QLatin1String("%CLUSTERED%"), sqlengine::clusteredByKey(db)},
        {QLatin1String("%STAGES%"), inList(stageKeys())},
        {QLatin1String("%GOAL_KINDS%"), goalKinds().sqlInList()},
        {QLatin1String("%GOAL_STATUSES%"), goalStatuses().sqlInList()},
        {QLatin1String("%INTERACTION_KINDS%"), interactionKinds().sqlInList()},
        {QLatin1String("%TICKET_PRIORITIES%"), ticketPriorities().sqlInList()},
        {QLatin1String("%SURVEY_KINDS%"), surveyKinds().sqlInList()},
        {QLatin1String("%COST_CATEGORIES%"), costCategories().sqlInList()},
    };
    for (const QString &s : statements) {
        QString statement = s;
        for (const auto &[placeholder, value] : placeholders)
            statement.replace(placeholder, value);
        sql::exec(db, statement);
    }
}

// Version 1: the records the contract's CSV files carry, plus the account's profile
// (custom fields, goals, contacts), stage history, per-stage ownership with history, the
// audit log and settings.
void toV1(QSqlDatabase &db)
{
    run(db, {
        "CREATE TABLE IF NOT EXISTS teams ("
        " id %ID%, team_key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " description TEXT NOT NULL DEFAULT '', builtin INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS people ("
        " id %ID%, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " team_id INTEGER NOT NULL REFERENCES teams(id),"
        " active INTEGER NOT NULL DEFAULT 1)",
        "CREATE INDEX IF NOT EXISTS people_team ON people(team_id)",
        "CREATE TABLE IF NOT EXISTS accounts ("
        " id %ID%, ext_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " industry TEXT, segment TEXT, model TEXT CHECK (model IN ('b2b', 'b2c')),"
        " stage TEXT NOT NULL DEFAULT 'acquisition' CHECK (stage IN (%STAGES%)),"
        " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'churned')),"
        " contract_start TEXT, renewal_date TEXT,"
        " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS accounts_name ON accounts(name)",
        "CREATE TABLE IF NOT EXISTS custom_fields ("
        " id %ID%, name TEXT NOT NULL UNIQUE, position INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS account_fields ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " field_id INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,"
        " value TEXT NOT NULL, PRIMARY KEY (account_id, field_id))",
        "CREATE INDEX IF NOT EXISTS account_fields_value ON account_fields(field_id, value)",
        "CREATE TABLE IF NOT EXISTS goals ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL CHECK (kind IN (%GOAL_KINDS%)), title TEXT NOT NULL,"
        " detail TEXT NOT NULL DEFAULT '',"
        " status TEXT NOT NULL DEFAULT 'open'"
        "  CHECK (status IN (%GOAL_STATUSES%)),"
        " due_date TEXT, created_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS goals_account ON goals(account_id)",
        "CREATE TABLE IF NOT EXISTS contacts ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " name TEXT NOT NULL, email TEXT, phone TEXT, role TEXT,"
        " is_primary INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX IF NOT EXISTS contacts_account ON contacts(account_id)",
        "CREATE TABLE IF NOT EXISTS stage_history ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " stage TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT, changed_by TEXT)",
        "CREATE INDEX IF NOT EXISTS stage_history_account ON stage_history(account_id, started_at)",
        // The account's own owner per stage; a stage with no row follows the template.
        // supporting_set = 0: the template's supporting teams apply.
        "CREATE TABLE IF NOT EXISTS ownership ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " stage TEXT NOT NULL, person_id INTEGER REFERENCES people(id),"
        " team_id INTEGER REFERENCES teams(id),"
        " supporting_set INTEGER NOT NULL DEFAULT 0, UNIQUE (account_id, stage))",
        "CREATE INDEX IF NOT EXISTS ownership_person ON ownership(person_id)",
        "CREATE TABLE IF NOT EXISTS ownership_supporting ("
        " ownership_id INTEGER NOT NULL REFERENCES ownership(id) ON DELETE CASCADE,"
        " team_id INTEGER NOT NULL REFERENCES teams(id), position INTEGER NOT NULL,"
        " PRIMARY KEY (ownership_id, team_id))",
        // Who owned which stage of an account from when: one row per change.
        // supporting: the team keys joined by ';' as they were (a snapshot, not a reference).
        "CREATE TABLE IF NOT EXISTS ownership_history ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " stage TEXT NOT NULL, person_id INTEGER REFERENCES people(id),"
        " team_id INTEGER REFERENCES teams(id), supporting TEXT,"
        " valid_from TEXT NOT NULL, changed_by TEXT)",
        "CREATE INDEX IF NOT EXISTS ownership_history_account"
        " ON ownership_history(account_id, stage, valid_from)",
        "CREATE TABLE IF NOT EXISTS interactions ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " date TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN (%INTERACTION_KINDS%)),"
        " author_id INTEGER REFERENCES people(id), summary TEXT)",
        "CREATE INDEX IF NOT EXISTS interactions_account ON interactions(account_id, date)",
        "CREATE TABLE IF NOT EXISTS tickets ("
        " id %ID%, ext_id TEXT NOT NULL UNIQUE,"
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " opened TEXT NOT NULL, closed TEXT,"
        " priority TEXT CHECK (priority IN (%TICKET_PRIORITIES%)),"
        " escalated INTEGER NOT NULL DEFAULT 0, subject TEXT)",
        "CREATE INDEX IF NOT EXISTS tickets_account ON tickets(account_id, opened)",
        "CREATE TABLE IF NOT EXISTS surveys ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " date TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN (%SURVEY_KINDS%)),"
        " score INTEGER NOT NULL, comment TEXT,"
        " ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL)",
        "CREATE INDEX IF NOT EXISTS surveys_account ON surveys(account_id, date)",
        "CREATE INDEX IF NOT EXISTS surveys_kind_date ON surveys(kind, date)",
        "CREATE TABLE IF NOT EXISTS costs ("
        " id %ID%, date TEXT NOT NULL,"
        " category TEXT NOT NULL CHECK (category IN (%COST_CATEGORIES%)),"
        " amount INTEGER NOT NULL,"
        " account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE)",
        "CREATE INDEX IF NOT EXISTS costs_date ON costs(date)",
        "CREATE INDEX IF NOT EXISTS costs_account ON costs(account_id)",
        // Money is integer minor units (1/100 of the major unit).
        "CREATE TABLE IF NOT EXISTS revenue ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " month TEXT NOT NULL, mrr INTEGER NOT NULL CHECK (mrr >= 0),"
        " PRIMARY KEY (account_id, month))",
        "CREATE INDEX IF NOT EXISTS revenue_month ON revenue(month, account_id, mrr)",
        "CREATE TABLE IF NOT EXISTS usage ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " month TEXT NOT NULL, active_users INTEGER NOT NULL, licensed_users INTEGER NOT NULL,"
        " PRIMARY KEY (account_id, month))",
        "CREATE TABLE IF NOT EXISTS audit_log ("
        " id %ID%, at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL,"
        " entity_id TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT)",
        "CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log(entity, entity_id)",
        "CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    });
    defaults::insertTeams(db);
}

// Version 2: the organisation's ownership template, the Sales-to-CSM hand-off with its
// checklist, and conflict-resolution rules.
void toV2(QSqlDatabase &db)
{
    run(db, {
        "CREATE TABLE IF NOT EXISTS template_stages ("
        " stage TEXT PRIMARY KEY, position INTEGER NOT NULL,"
        " owner_team_id INTEGER REFERENCES teams(id),"
        " co_owner_team_id INTEGER REFERENCES teams(id),"
        " key_metrics TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE IF NOT EXISTS template_supporting ("
        " stage TEXT NOT NULL REFERENCES template_stages(stage) ON DELETE CASCADE,"
        " team_id INTEGER NOT NULL REFERENCES teams(id), position INTEGER NOT NULL,"
        " PRIMARY KEY (stage, team_id))",
        "CREATE TABLE IF NOT EXISTS checklist_template ("
        " id %ID%, position INTEGER NOT NULL, text TEXT NOT NULL,"
        " required INTEGER NOT NULL DEFAULT 1)",
        "CREATE TABLE IF NOT EXISTS handoffs ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " from_person_id INTEGER REFERENCES people(id),"
        " to_person_id INTEGER REFERENCES people(id),"
        " status TEXT NOT NULL DEFAULT 'draft'"
        "  CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),"
        " created_at TEXT NOT NULL, submitted_at TEXT, decided_at TEXT, decision_note TEXT)",
        "CREATE INDEX IF NOT EXISTS handoffs_account ON handoffs(account_id)",
        "CREATE INDEX IF NOT EXISTS handoffs_to ON handoffs(to_person_id, status)",
        "CREATE TABLE IF NOT EXISTS handoff_items ("
        " id %ID%, handoff_id INTEGER NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, text TEXT NOT NULL, required INTEGER NOT NULL DEFAULT 1,"
        " done INTEGER NOT NULL DEFAULT 0, done_by TEXT, done_at TEXT, note TEXT)",
        "CREATE INDEX IF NOT EXISTS handoff_items_handoff ON handoff_items(handoff_id, position)",
        "CREATE TABLE IF NOT EXISTS handoff_events ("
        " id %ID%, handoff_id INTEGER NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,"
        " at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, note TEXT)",
        "CREATE INDEX IF NOT EXISTS handoff_events_handoff ON handoff_events(handoff_id, at)",
        "CREATE TABLE IF NOT EXISTS conflict_rules ("
        " id %ID%, situation TEXT NOT NULL,"
        " deciding_team_id INTEGER NOT NULL REFERENCES teams(id),"
        " communicating_team_id INTEGER NOT NULL REFERENCES teams(id),"
        " note TEXT NOT NULL DEFAULT '')",
    });
    defaults::insertTemplate(db);
    defaults::insertChecklist(db);
    defaults::insertConflictRules(db);
}

// Version 3: the health scorecard (measures, weights, thresholds, bands), band overrides,
// monthly score snapshots, and saved account-list filters.
void toV3(QSqlDatabase &db)
{
    run(db, {
        "CREATE TABLE IF NOT EXISTS scorecard_measures ("
        " measure TEXT PRIMARY KEY, label TEXT NOT NULL, position INTEGER NOT NULL,"
        " weight REAL NOT NULL, enabled INTEGER NOT NULL DEFAULT 1,"
        " params TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE IF NOT EXISTS health_overrides ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " band TEXT NOT NULL CHECK (band IN ('red', 'yellow', 'green')),"
        " reason TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,"
        " ends_on TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS health_overrides_account ON health_overrides(account_id, ends_on)",
        "CREATE TABLE IF NOT EXISTS health_snapshots ("
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " month TEXT NOT NULL, score REAL, band TEXT NOT NULL,"
        " PRIMARY KEY (account_id, month))",
        "CREATE TABLE IF NOT EXISTS saved_filters ("
        " id %ID%, name TEXT NOT NULL UNIQUE, spec TEXT NOT NULL)",
    });
    defaults::insertScorecard(db);
}

// Version 4: tasks (added by people, by the hand-off, by a follow-up date, by the signal rules).
// task_key is the stable key (`RULE:ACCOUNT_ID:SINCE` for a rule's task), so raising the rules
// again inserts nothing twice; state open/done/dismissed (dismissed carries a reason).
void toV4(QSqlDatabase &db)
{
    run(db, {
        "CREATE TABLE IF NOT EXISTS tasks ("
        " id %ID%, task_key TEXT NOT NULL UNIQUE,"
        " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " title TEXT NOT NULL, owner_id INTEGER REFERENCES people(id),"
        " due_date TEXT, rule TEXT, notes TEXT NOT NULL DEFAULT '',"
        " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dismissed')),"
        " reason TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS tasks_account ON tasks(account_id, state)",
        "CREATE INDEX IF NOT EXISTS tasks_owner ON tasks(owner_id, state, due_date)",
        "CREATE INDEX IF NOT EXISTS tasks_state_due ON tasks(state, due_date)",
    });
}

// Version 5: each account's health now (score, bands, override, trend), kept up to date by the
// health service whenever an input changes, so the book reads it instead of scoring every
// account (docs/health.md). Filled on first use: a row missing or older than today is stale.
void toV5(QSqlDatabase &db)
{
    run(db, {
        "CREATE TABLE IF NOT EXISTS health_current ("
        " account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
        " as_of TEXT NOT NULL, score REAL, computed_band TEXT NOT NULL, band TEXT NOT NULL,"
        " override_id INTEGER, trend TEXT NOT NULL DEFAULT 'none', previous_score REAL,"
        " previous_month TEXT)",
    });
}

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    // `table` is one of our own table names, never user input.
    QSqlQuery q = sql::run(db, QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (sql::next(q)) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}

// Version 6: the hand-off workflow: a help text per checklist item (in the template and
// copied into each hand-off), the issue's nine-item default checklist in place of the first
// one when the organisation has not edited it.
void toV6(QSqlDatabase &db)
{
    if (!hasColumn(db, QStringLiteral("checklist_template"), QStringLiteral("help")))
        sql::exec(db, QStringLiteral("ALTER TABLE checklist_template ADD COLUMN help TEXT NOT NULL DEFAULT ''"));
    if (!hasColumn(db, QStringLiteral("handoff_items"), QStringLiteral("help")))
        sql::exec(db, QStringLiteral("ALTER TABLE handoff_items ADD COLUMN help TEXT NOT NULL DEFAULT ''"));
    run(db, {"CREATE INDEX IF NOT EXISTS handoffs_from ON handoffs(from_person_id, status)"});
    defaults::replaceFirstChecklist(db);
}

// Version 7: real dates in the journey. A history row that an import opened on the import day
// because the file did not say when (accounts.stage, accounts.owner, an ownership row without
// `from`) is a placeholder: dated rows of the `stages` and `ownership` kinds replace it.
void toV7(QSqlDatabase &db)
{
    run(db, {
        "ALTER TABLE stage_history ADD COLUMN placeholder INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE ownership_history ADD COLUMN placeholder INTEGER NOT NULL DEFAULT 0",
        // `referral` interactions (the customer referred a prospect): the kind's CHECK widens.
        "CREATE TABLE interactions_v7 ("
        " id %ID%, account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
        " date TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN (%INTERACTION_KINDS%)),"
        " author_id INTEGER REFERENCES people(id), summary TEXT)",
        "INSERT INTO interactions_v7 (id, account_id, date, kind, author_id, summary)"
        " SELECT id, account_id, date, kind, author_id, summary FROM interactions",
        "DROP TABLE interactions",
        "ALTER TABLE interactions_v7 RENAME TO interactions",
        "CREATE INDEX IF NOT EXISTS interactions_account ON interactions(account_id, date)",
    });
}

// Version 8: revenue and usage stored in the order of their key (account_id, month): one
// B-tree that is the table and its primary key at once, instead of a table plus a separate
// key index. An import in file order appends to it, and an account's months are one range
// read. The covering index revenue_month (month, account_id, mrr) stays for the metrics.
void toV8(QSqlDatabase &db)
{
    if (!sqlengine::isClusteredByKey(db, QStringLiteral("revenue"))) {
        run(db, {
            "DROP TABLE IF EXISTS revenue_v8",
            "CREATE TABLE revenue_v8 ("
            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            " month TEXT NOT NULL, mrr INTEGER NOT NULL CHECK (mrr >= 0),"
            " PRIMARY KEY (account_id, month))%CLUSTERED%",
            "INSERT INTO revenue_v8 (account_id, month, mrr)"
            " SELECT account_id, month, mrr FROM revenue ORDER BY account_id, month",
            "DROP TABLE revenue",
            "ALTER TABLE revenue_v8 RENAME TO revenue",
        });
    }
    run(db, {"CREATE INDEX IF NOT EXISTS revenue_month ON revenue(month, account_id, mrr)"});
    if (!sqlengine::isClusteredByKey(db, QStringLiteral("usage"))) {
        run(db, {
            "DROP TABLE IF EXISTS usage_v8",
            "CREATE TABLE usage_v8 ("
            " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            " month TEXT NOT NULL, active_users INTEGER NOT NULL, licensed_users INTEGER NOT NULL,"
            " PRIMARY KEY (account_id, month))%CLUSTERED%",
            "INSERT INTO usage_v8 (account_id, month, active_users, licensed_users)"
            " SELECT account_id, month, active_users, licensed_users FROM usage"
            " ORDER BY account_id, month",
            "DROP TABLE usage",
            "ALTER TABLE usage_v8 RENAME TO usage",
        });
    }
}

// Version 9: the dashboard's health bands by month read one range of months of the snapshots
// (HealthService::bandsByMonth) from an index on (month, band) instead of every account's every
// month.
void toV9(QSqlDatabase &db)
{
    run(db, {"CREATE INDEX IF NOT EXISTS health_snapshots_month ON health_snapshots(month, band)"});
}

// Version 10: row versions for concurrent use of one file (two windows, the app and an import).
// accounts, people and teams carry `version`, raised by every write, and who wrote last; an
// edit made from an older copy is refused (storage/rowversion).
void toV10(QSqlDatabase &db)
{
    run(db, {
        "ALTER TABLE accounts ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE accounts ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE people ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE people ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE teams ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE teams ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE teams ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''",
    });
}

// `column IN ('a', 'b', ...)` in a table definition, as Karvan's steps wrote its checks.
QString checksAsComparisons(const QString &definition)
{
    static const QRegularExpression inList(QStringLiteral(R"((\w+) IN \(('[^']*'(?:, '[^']*')*)\))"));
    static const QRegularExpression value(QStringLiteral("'[^']*'"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = inList.globalMatch(definition);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QStringList comparisons;
        QRegularExpressionMatchIterator v = value.globalMatch(m.captured(2));
        while (v.hasNext())
            comparisons << QStringLiteral("%1 = %2").arg(m.captured(1), v.next().captured(0));
        result += definition.mid(last, m.capturedStart() - last);
        result += QLatin1Char('(') + comparisons.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        last = m.capturedEnd();
    }
    return result + definition.mid(last);
}

// Version 11: the checks of allowed values (a cost's category, a survey's kind, an account's
// stage, ...) written as comparisons instead of IN lists. SQLite builds a temporary table for
// an IN list in a CHECK on every row it writes: a million rows with one such check took 2.0 s
// against 1.0 s as comparisons (0.8 s without a check). Same rule, same rows on disk; only the
// stored definitions change.
void toV11(QSqlDatabase &db)
{
    std::vector<std::pair<QString, QString>> changed;
    for (const auto &[table, definition] : sqlengine::tableDefinitions(db)) {
        const QString rewritten = checksAsComparisons(definition);
        if (rewritten != definition)
            changed.emplace_back(table, rewritten);
    }
    sqlengine::replaceCheckConstraints(db, changed);
}

} // namespace

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = {
        {1, "accounts, people, teams, journey, revenue and customer history", toV1},
        {2, "ownership template, hand-offs and conflict-resolution rules", toV2},
        {3, "health scorecard, overrides, snapshots and saved filters", toV3},
        {4, "tasks", toV4},
        {5, "each account's current health", toV5},
        {6, "hand-off checklist help texts and the nine-item default checklist", toV6},
        {7, "dated journey history", toV7},
        {8, "revenue and usage stored in key order", toV8},
        {9, "an index of the health snapshots by month", toV9},
        {10, "row versions of accounts, people and teams", toV10},
        {11, "checks of allowed values as comparisons", toV11},
    };
    return all;
}

int latestVersion()
{
    return steps().back().version;
}

void upgrade(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    for (const Step &step : steps()) {
        if (step.version > target)
            break;
        if (step.version <= sqlengine::schemaVersion(db))
            continue;
        spdlog::info("upgrading the schema to version {}: {}", step.version, step.title);
        Transaction tx(db);
        step.apply(db);
        sqlengine::setSchemaVersion(db, step.version);
        tx.commit();
    }
}

} // namespace karvan::migrations
