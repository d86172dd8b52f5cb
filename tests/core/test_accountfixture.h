#pragma once

// A small book of accounts for the account tests (core and app): three people, three
// accounts at different stages, revenue, health snapshots, interactions and custom fields.

#include "health/healthservice.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace karvan::testing {

inline qint64 scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

inline QString text(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q = sql::prepare(db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
}

inline void execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &s : statements)
        sql::exec(db, s);
}

struct AccountFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    QSqlDatabase db;
    qint64 acme = 0, beta = 0, gamma = 0;
    qint64 alice = 0, bob = 0, carol = 0;
    // Fixed "today" of the fixture's data.
    QDate today = QDate(2026, 3, 15);

    AccountFixture()
    {
        database = std::make_unique<Database>(dir.filePath(QStringLiteral("book.sqlite")));
        db = database->connection();
        execAll(db, {
            "INSERT INTO people (email, name, team_id, active) VALUES"
            " ('alice@example.com', 'Alice Adams', (SELECT id FROM teams WHERE team_key = 'customer_success'), 1),"
            " ('bob@example.com', 'Bob Brown', (SELECT id FROM teams WHERE team_key = 'sales'), 1),"
            " ('carol@example.com', 'Carol Cole', (SELECT id FROM teams WHERE team_key = 'support'), 0)",
            "INSERT INTO accounts (ext_id, name, industry, segment, model, stage, status,"
            " contract_start, renewal_date, created_at, updated_at) VALUES"
            " ('A1', 'Acme Corp', 'Retail', 'smb', 'b2b', 'implementation', 'active', '2025-06-01', '2026-05-01', '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z'),"
            " ('A2', 'Beta Ltd', 'Finance', 'enterprise', 'b2b', 'retention', 'active', '2024-01-01', '2027-01-01', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),"
            " ('A3', 'شرکت گاما', 'Education', 'smb', 'b2c', 'acquisition', 'active', NULL, '2026-04-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        });
        alice = scalar(db, "SELECT id FROM people WHERE email = 'alice@example.com'");
        bob = scalar(db, "SELECT id FROM people WHERE email = 'bob@example.com'");
        carol = scalar(db, "SELECT id FROM people WHERE email = 'carol@example.com'");
        acme = scalar(db, "SELECT id FROM accounts WHERE ext_id = 'A1'");
        beta = scalar(db, "SELECT id FROM accounts WHERE ext_id = 'A2'");
        gamma = scalar(db, "SELECT id FROM accounts WHERE ext_id = 'A3'");
        const QString a = QString::number(acme), b = QString::number(beta), g = QString::number(gamma);
        execAll(db, {
            "INSERT INTO ownership (account_id, stage, person_id, team_id) VALUES (" + a
                + ", 'implementation', " + QString::number(alice) + ", NULL)",
            "INSERT INTO ownership (account_id, stage, person_id, team_id) VALUES (" + g
                + ", 'acquisition', " + QString::number(bob) + ", NULL)",
            "INSERT INTO stage_history (account_id, stage, started_at, changed_by) VALUES (" + a
                + ", 'implementation', '2025-06-01T00:00:00Z', 'import')",
            "INSERT INTO revenue (account_id, month, mrr) VALUES (" + a + ", '2026-01', 100000),"
                " (" + a + ", '2026-02', 120050), (" + b + ", '2026-02', 5000000)",
            "INSERT INTO health_snapshots (account_id, month, score, band) VALUES"
                " (" + a + ", '2026-01', 60, 'yellow'), (" + a + ", '2026-02', 50, 'yellow'),"
                " (" + b + ", '2026-01', 70, 'yellow'), (" + b + ", '2026-02', 80, 'green')",
            "INSERT INTO interactions (account_id, date, kind, author_id, summary) VALUES"
                " (" + a + ", '2026-03-10', 'call', " + QString::number(alice) + ", 'Kick-off call'),"
                " (" + b + ", '2025-12-01', 'qbr', NULL, 'Quarterly review')",
            // Health inputs that give the same bands on the fixture's day and any later one:
            // Acme red (adoption 0, one open ticket), Beta green (adoption 100, a closed
            // ticket), Gamma no data.
            "INSERT INTO usage (account_id, month, active_users, licensed_users) VALUES"
                " (" + a + ", '2026-01', 20, 100), (" + b + ", '2026-01', 100, 100)",
            "INSERT INTO tickets (ext_id, account_id, opened, closed, escalated, subject) VALUES"
                " ('T-A1', " + a + ", '2025-12-01', NULL, 0, 'Login fails'),"
                " ('T-B1', " + b + ", '2025-11-01', '2025-11-05', 0, 'Invoice copy')",
            "INSERT INTO custom_fields (name, position) VALUES ('Region', 0)",
            "INSERT INTO account_fields (account_id, field_id, value) VALUES (" + b
                + ", (SELECT id FROM custom_fields WHERE name = 'Region'), 'Tabriz')",
        });
        // The stored health now, as of the fixture's day (as the app does on open).
        HealthService(db).refreshCurrent(today);
    }
};

} // namespace karvan::testing
