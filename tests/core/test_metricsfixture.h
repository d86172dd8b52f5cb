#pragma once
// A small portfolio for the metrics loader and CLI tests, inserted with bound SQL (no
// importer). Period under test: --from 2025-01 --to 2026-01. Every expected figure is worked
// out by hand in the comments of insertMetricsFixture().

#include "storage/sql.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace karvan::testing {

inline qint64 metricsInsert(const QSqlDatabase &db, const QString &statement,
                            const QVariantList &values)
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return q.lastInsertId().toLongLong();
}

inline qint64 metricsTeam(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q = sql::prepare(db, "SELECT id FROM teams WHERE team_key = ?");
    q.addBindValue(key);
    sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Accounts (ext id -> database id in the returned map):
//  a1 expansion      MRR A 1,000.00 -> B 1,200.50              in C, expansion 200.50
//  a2 contraction    500.00 -> 450.25                            in C, contraction 49.75
//  a3 churn to zero  300.00 -> a row of 0                        in C, churned
//  a4 churn, no row  200.00 -> no row in B                       in C, churned
//  a5 reactivation   150.00 in 2024-06, nothing at A, 100.00 in 2025-07, 250.00 at B:
//                    not in C, new_mrr 250.00, active, NOT a new customer
//  a6 new at B       first MRR ever 99.99 in 2026-01: new_mrr, new customer
//  a7 new, then gone first MRR 2025-05 80.00, 0 in B: active, new customer, no new_mrr
//  a8 dormant        MRR only in 2024-01: not active
//  a9 future         MRR only in 2026-02: not active, not new
//  a10 unchanged     700.00 -> 700.00
// Revenue: accounts_start 5 (a1 a2 a3 a4 a10), accounts_churned 2, logo churn 0.4;
// mrr_start 1000 + 500 + 300 + 200 + 700 = 2,700.00; expansion 200.50; contraction 49.75;
// churned 300 + 200 = 500.00; NRR (2700 + 200.50 - 49.75 - 500) / 2700 = 2350.75 / 2700;
// GRR (2700 - 49.75 - 500) / 2700 = 2150.25 / 2700; new_mrr 250 + 99.99 = 349.99;
// mrr_end 1200.50 + 450.25 + 250 + 99.99 + 700 = 2,700.74; active_customers 8 (a1-a7, a10);
// new_customers 2 (a6, a7).
// Costs in the period: a1 support 100.00, a2 training 50.50 on the last day of B, shared
// engagement 80.00 on the first day of A -> retention_cost 230.50, per customer 230.50 / 8 =
// 28.8125; acquisition: shared 300.00 + a6 100.00 = 400.00, per new customer 200.00.
// Outside: a3 support on 2024-12-31, shared other on 2026-02-01.
// Surveys in the period: nps a1 10, a1 9, a10 9, a2 7, a3 6, a5 0 -> 100 x (3 - 2) / 6;
// csat a1 5, a2 4, a3 2 -> 100 x 2 / 3; ces a1 3, a2 6 -> 4.5. Outside: nps a1 0 on
// 2024-12-31 and on 2026-02-01.
// Ownership at the start day 2025-01-01 (differs from today for a1):
//  a1 stage retention since 2024-12-01 (today expansion); retention owners dave from
//     2024-12-15, erin from 2025-03-01 (today) -> dave, customer_success
//  a2 no history; current retention owner erin -> erin, account_management
//  a3 stage history starts 2025-02-01 (implementation) -> earliest row; implementation owner
//     history dave from 2025-03-01 -> earliest row: dave
//  a4-a10 nothing: stage acquisition, owner "(none)", template owner team sales
// Segments: a1 a2 a3 enterprise, a4-a7 smb, a8-a10 none.
inline QHash<QString, qint64> insertMetricsFixture(const QSqlDatabase &db)
{
    const qint64 cs = metricsTeam(db, "customer_success");
    const qint64 am = metricsTeam(db, "account_management");
    const qint64 sales = metricsTeam(db, "sales");
    const QString person = "INSERT INTO people (email, name, team_id) VALUES (?, ?, ?)";
    const qint64 carol = metricsInsert(db, person, {"carol@example.com", "Carol", sales});
    const qint64 dave = metricsInsert(db, person, {"dave@example.com", "Dave", cs});
    const qint64 erin = metricsInsert(db, person, {"erin@example.com", "Erin", am});
    Q_UNUSED(carol);

    QHash<QString, qint64> id;
    const QString account = "INSERT INTO accounts (ext_id, name, segment, stage, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, '2024-01-01T00:00:00Z', "
                            "'2024-01-01T00:00:00Z')";
    const struct { const char *ext; const char *segment; const char *stage; } accounts[] = {
        {"a1", "enterprise", "expansion"}, {"a2", "enterprise", "retention"},
        {"a3", "enterprise", "deployment"}, {"a4", "smb", "acquisition"},
        {"a5", "smb", "acquisition"}, {"a6", "smb", "acquisition"}, {"a7", "smb", "acquisition"},
        {"a8", "", "acquisition"}, {"a9", "", "acquisition"}, {"a10", "", "acquisition"}};
    for (const auto &a : accounts) {
        const QVariant segment = *a.segment ? QVariant(QString(a.segment)) : QVariant();
        id.insert(a.ext, metricsInsert(db, account, {a.ext, QString("Account ") + a.ext,
                                                     segment, a.stage}));
    }

    const QString revenue = "INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)";
    const struct { const char *ext; const char *month; qint64 mrr; } rows[] = {
        {"a1", "2024-12", 90000}, {"a1", "2025-01", 100000}, {"a1", "2025-06", 110000},
        {"a1", "2026-01", 120050}, {"a2", "2025-01", 50000}, {"a2", "2026-01", 45025},
        {"a3", "2025-01", 30000}, {"a3", "2026-01", 0}, {"a4", "2025-01", 20000},
        {"a5", "2024-06", 15000}, {"a5", "2025-07", 10000}, {"a5", "2026-01", 25000},
        {"a6", "2026-01", 9999}, {"a7", "2025-05", 8000}, {"a7", "2026-01", 0},
        {"a8", "2024-01", 50000}, {"a9", "2026-02", 60000}, {"a10", "2025-01", 70000},
        {"a10", "2026-01", 70000}};
    for (const auto &r : rows)
        metricsInsert(db, revenue, {id.value(r.ext), r.month, r.mrr});

    const QString cost = "INSERT INTO costs (date, category, amount, account_id) VALUES (?, ?, ?, ?)";
    metricsInsert(db, cost, {"2025-03-15", "support", 10000, id.value("a1")});
    metricsInsert(db, cost, {"2026-01-31", "training", 5050, id.value("a2")});
    metricsInsert(db, cost, {"2025-01-01", "engagement", 8000, QVariant()});
    metricsInsert(db, cost, {"2026-02-01", "other", 99900, QVariant()});
    metricsInsert(db, cost, {"2024-12-31", "support", 12345, id.value("a3")});
    metricsInsert(db, cost, {"2025-06-01", "acquisition", 30000, QVariant()});
    metricsInsert(db, cost, {"2026-01-10", "acquisition", 10000, id.value("a6")});

    const QString survey = "INSERT INTO surveys (account_id, date, kind, score) VALUES (?, ?, ?, ?)";
    const struct { const char *ext; const char *date; const char *kind; int score; } answers[] = {
        {"a1", "2025-02-01", "nps", 10}, {"a1", "2025-08-01", "nps", 9},
        {"a10", "2026-01-31", "nps", 9}, {"a2", "2025-03-01", "nps", 7},
        {"a3", "2025-01-01", "nps", 6}, {"a5", "2025-10-01", "nps", 0},
        {"a1", "2024-12-31", "nps", 0}, {"a1", "2026-02-01", "nps", 0},
        {"a1", "2025-04-01", "csat", 5}, {"a2", "2025-04-01", "csat", 4},
        {"a3", "2025-04-01", "csat", 2}, {"a1", "2025-04-01", "ces", 3},
        {"a2", "2025-04-01", "ces", 6}};
    for (const auto &s : answers)
        metricsInsert(db, survey, {id.value(s.ext), s.date, s.kind, s.score});

    const QString stage = "INSERT INTO stage_history (account_id, stage, started_at) VALUES (?, ?, ?)";
    metricsInsert(db, stage, {id.value("a1"), "acquisition", "2024-01-01T09:00:00Z"});
    metricsInsert(db, stage, {id.value("a1"), "retention", "2024-12-01T10:00:00Z"});
    metricsInsert(db, stage, {id.value("a1"), "expansion", "2025-06-01T10:00:00Z"});
    metricsInsert(db, stage, {id.value("a3"), "implementation", "2025-02-01T10:00:00Z"});
    metricsInsert(db, stage, {id.value("a3"), "deployment", "2025-04-01T10:00:00Z"});

    const QString history = "INSERT INTO ownership_history (account_id, stage, person_id, "
                            "team_id, valid_from) VALUES (?, ?, ?, ?, ?)";
    metricsInsert(db, history, {id.value("a1"), "retention", dave, QVariant(), "2024-12-15T12:00:00Z"});
    metricsInsert(db, history, {id.value("a1"), "retention", erin, QVariant(), "2025-03-01T12:00:00Z"});
    metricsInsert(db, history, {id.value("a3"), "implementation", dave, cs, "2025-03-01T12:00:00Z"});

    const QString owner = "INSERT INTO ownership (account_id, stage, person_id) VALUES (?, ?, ?)";
    metricsInsert(db, owner, {id.value("a1"), "retention", erin});
    metricsInsert(db, owner, {id.value("a2"), "retention", erin});
    return id;
}

} // namespace karvan::testing
