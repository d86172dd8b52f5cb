#include <catch2/catch.hpp>

#include "accounts/accountmerger.h"
#include "health/healthservice.h"
#include "storage/database.h"
#include "domain/errors.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace karvan;

namespace {

void run(const QSqlDatabase &db, const QString &statement)
{
    sql::exec(db, statement);
}

int count(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q = sql::run(db, statement);
    return q.next() ? q.value(0).toInt() : -1;
}

// Every user table (the audit log aside) as sorted text: the whole state of the database.
QStringList dump(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery t = sql::run(db, QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name <> 'audit_log' ORDER BY name"));
    while (t.next())
        tables << t.value(0).toString();
    QStringList lines;
    for (const QString &table : tables) {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                // Row versions move forward on every write, an undo included: not data.
                const QString column = q.record().fieldName(i);
                if (table == QLatin1String("accounts")
                    && (column == QLatin1String("version") || column == QLatin1String("updated_by")
                        || column == QLatin1String("updated_at")))
                    continue;
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            }
            rows << table + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        lines << rows;
    }
    return lines;
}

// Tables with an account_id column, found from the schema so that a new one is not missed.
QStringList accountTables(const QSqlDatabase &db)
{
    QStringList result;
    QSqlQuery t = sql::run(db, QStringLiteral(
        "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c ON c.name = 'account_id'"
        " WHERE m.type = 'table' ORDER BY m.name"));
    while (t.next())
        result << t.value(0).toString();
    return result;
}

int rowsOf(const QSqlDatabase &db, const QString &table, int accountId)
{
    return count(db, QStringLiteral("SELECT count(*) FROM %1 WHERE account_id = %2").arg(table).arg(accountId));
}

void fixture(const QSqlDatabase &db)
{
    run(db, "INSERT INTO people (id, email, name, team_id) SELECT 1, 'sara@example.com', 'Sara', id FROM teams WHERE team_key = 'customer_success'");
    run(db, "INSERT INTO people (id, email, name, team_id) SELECT 2, 'omid@example.com', 'Omid', id FROM teams WHERE team_key = 'sales'");
    run(db, "INSERT INTO accounts (id, ext_id, name, stage, created_at, updated_at) VALUES"
            " (1, 'ACC-0001', 'Acme Ltd', 'retention', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),"
            " (2, 'ACC-0002', 'ACME Inc', 'implementation', '2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'),"
            " (3, 'ACC-0003', 'Other', 'retention', '2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z')");
    for (int a : {1, 2, 3}) {
        run(db, QStringLiteral("INSERT INTO interactions (account_id, date, kind, author_id, summary) VALUES (%1, '2025-0%1-10', 'call', 1, 'call %1')").arg(a));
        run(db, QStringLiteral("INSERT INTO tickets (ext_id, account_id, opened, escalated) VALUES ('T-%1', %1, '2025-03-01', 0)").arg(a));
        run(db, QStringLiteral("INSERT INTO surveys (account_id, date, kind, score, ticket_id) SELECT %1, '2025-03-02', 'csat', 4, id FROM tickets WHERE ext_id = 'T-%1'").arg(a));
        run(db, QStringLiteral("INSERT INTO costs (date, category, amount, account_id) VALUES ('2025-03-01', 'support', 10000, %1)").arg(a));
        run(db, QStringLiteral("INSERT INTO goals (account_id, kind, title, created_at) VALUES (%1, 'goal', 'go live', 'x')").arg(a));
        run(db, QStringLiteral("INSERT INTO contacts (account_id, name) VALUES (%1, 'Contact %1')").arg(a));
        run(db, QStringLiteral("INSERT INTO stage_history (account_id, stage, started_at) VALUES (%1, 'acquisition', '2025-01-01')").arg(a));
        run(db, QStringLiteral("INSERT INTO ownership_history (account_id, stage, person_id, valid_from) VALUES (%1, 'acquisition', 2, '2025-01-01')").arg(a));
        run(db, QStringLiteral("INSERT INTO handoffs (account_id, from_person_id, to_person_id, created_at) VALUES (%1, 2, 1, 'x')").arg(a));
        run(db, QStringLiteral("INSERT INTO health_overrides (account_id, band, reason, author, created_at, ends_on) VALUES (%1, 'red', 'r', 'me', 'x', '2026-01-01')").arg(a));
        run(db, QStringLiteral("INSERT INTO health_snapshots (account_id, month, score, band) VALUES (%1, '2025-03', 70, 'yellow')").arg(a));
        run(db, QStringLiteral("INSERT INTO tasks (task_key, account_id, title, created_at, updated_at) VALUES ('task:%1', %1, 'call', 'x', 'x')").arg(a));
    }
    // Revenue: 2025-02 and 2025-03 on both (summed), 2025-04 only on B (moves).
    run(db, "INSERT INTO revenue (account_id, month, mrr) VALUES (1, '2025-01', 100000), (1, '2025-02', 100000),"
            " (1, '2025-03', 100000), (2, '2025-02', 39900), (2, '2025-03', 49900), (2, '2025-04', 49900),"
            " (3, '2025-02', 5)");
    run(db, "INSERT INTO usage (account_id, month, active_users, licensed_users) VALUES (1, '2025-03', 5, 10),"
            " (2, '2025-03', 7, 10), (2, '2025-04', 8, 10)");
    // Ownership: retention on both (A's owner kept), implementation only on B (moves).
    run(db, "INSERT INTO ownership (id, account_id, stage, person_id, supporting_set) VALUES"
            " (1, 1, 'retention', 1, 0), (2, 2, 'retention', 2, 1), (3, 2, 'implementation', 1, 1)");
    run(db, "INSERT INTO ownership_supporting (ownership_id, team_id, position) SELECT 2, id, 0 FROM teams WHERE team_key = 'support'");
    run(db, "INSERT INTO ownership_supporting (ownership_id, team_id, position) SELECT 3, id, 0 FROM teams WHERE team_key = 'qa'");
    // Custom fields: domain on both (A wins, B's kept in the note), tax_id only on B (moves).
    run(db, "INSERT INTO custom_fields (id, name, position) VALUES (1, 'domain', 0), (2, 'tax_id', 1)");
    run(db, "INSERT INTO account_fields (account_id, field_id, value) VALUES (1, 1, 'acme.example'),"
            " (2, 1, 'acme-inc.example'), (2, 2, 'IR-123')");
    // The stored health now of every account, as the app keeps it.
    HealthService(db).refreshCurrent(QDate::currentDate());
}

} // namespace

TEST_CASE("merging moves every record of B to A and undo restores both exactly")
{
    Database db(QStringLiteral(":memory:"));
    const QSqlDatabase c = db.connection();
    fixture(c);
    const QStringList before = dump(c);
    const QStringList tables = accountTables(c);
    REQUIRE(tables.size() >= 15);
    QHash<QString, int> totalBefore, onABefore, onBBefore;
    for (const QString &t : tables) {
        totalBefore[t] = count(c, QStringLiteral("SELECT count(*) FROM %1").arg(t));
        onABefore[t] = rowsOf(c, t, 1);
        onBBefore[t] = rowsOf(c, t, 2);
    }

    AccountMerger merger(c, QStringLiteral("sara@example.com"));
    const MergeRecord rec = merger.merge(1, 2);
    CHECK(count(c, "SELECT count(*) FROM accounts WHERE id = 2") == 0);
    CHECK(count(c, "SELECT count(*) FROM accounts") == 2);
    for (const QString &t : tables)
        CHECK(rowsOf(c, t, 2) == 0);

    // Rows that simply move: nothing lost; the kept account has both sets (+1 note).
    for (const QString &t : AccountMerger::movableTables()) {
        INFO(t.toStdString());
        const int note = t == QLatin1String("interactions") ? 1 : 0;
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM %1").arg(t)) == totalBefore[t] + note);
        CHECK(rowsOf(c, t, 1) == onABefore[t] + onBBefore[t] + note);
    }
    // Revenue: months both had are summed; B's own month moved; the total is unchanged.
    CHECK(count(c, "SELECT mrr FROM revenue WHERE account_id = 1 AND month = '2025-02'") == 139900);
    CHECK(count(c, "SELECT mrr FROM revenue WHERE account_id = 1 AND month = '2025-03'") == 149900);
    CHECK(count(c, "SELECT mrr FROM revenue WHERE account_id = 1 AND month = '2025-04'") == 49900);
    CHECK(count(c, "SELECT sum(mrr) FROM revenue") == 100000 * 3 + 39900 + 49900 * 2 + 5);
    CHECK(rec.summedMonths == QStringList{QStringLiteral("2025-02"), QStringLiteral("2025-03")});
    // Usage: A's figures kept for the shared month; B's other month moved.
    CHECK(count(c, "SELECT active_users FROM usage WHERE account_id = 1 AND month = '2025-03'") == 5);
    CHECK(count(c, "SELECT active_users FROM usage WHERE account_id = 1 AND month = '2025-04'") == 8);
    CHECK(rec.keptUsageMonths == QStringList{QStringLiteral("2025-03")});
    // Ownership: A keeps its retention owner; B's implementation owner (with supporting) moved.
    CHECK(count(c, "SELECT person_id FROM ownership WHERE account_id = 1 AND stage = 'retention'") == 1);
    CHECK(count(c, "SELECT count(*) FROM ownership o JOIN ownership_supporting s ON s.ownership_id = o.id"
                   " WHERE o.account_id = 1 AND o.stage = 'implementation'") == 1);
    CHECK(rec.keptStages == QStringList{QStringLiteral("retention")});
    // Custom fields: A's domain wins, B's tax id moves, B's domain is in the note.
    QSqlQuery f = sql::run(c, "SELECT f.name, v.value FROM account_fields v JOIN custom_fields f ON f.id = v.field_id"
                              " WHERE v.account_id = 1 ORDER BY f.name");
    QStringList fields;
    while (f.next())
        fields << f.value(0).toString() + QLatin1Char('=') + f.value(1).toString();
    CHECK(fields == QStringList{QStringLiteral("domain=acme.example"), QStringLiteral("tax_id=IR-123")});
    QSqlQuery note = sql::run(c, QStringLiteral("SELECT summary, date, kind FROM interactions WHERE id = %1")
                                     .arg(rec.noteInteractionId));
    REQUIRE(note.next());
    CHECK(note.value(0).toString().contains(QStringLiteral("domain was 'acme-inc.example'")));
    CHECK(note.value(0).toString().contains(QStringLiteral("ACC-0002")));
    CHECK(note.value(1).toString() == QLatin1String("2025-02-10")); // the latest contact, not today
    CHECK(note.value(2).toString() == QLatin1String("note"));
    CHECK(count(c, "SELECT count(*) FROM audit_log WHERE entity = 'account' AND field = 'merged'"
                   " AND entity_id = 'ACC-0001' AND old_value = 'ACC-0002'") == 1);
    // The third account is untouched.
    for (const QString &t : tables)
        CHECK(rowsOf(c, t, 3) == (t == QLatin1String("usage") || t == QLatin1String("ownership")
                                          || t == QLatin1String("account_fields") ? 0 : 1));

    merger.undo(rec);
    CHECK(dump(c) == before);
    CHECK(count(c, "SELECT count(*) FROM audit_log WHERE field = 'merge undone'") == 1);

    // Redo after undo gives the same result again.
    const MergeRecord again = merger.merge(1, 2);
    CHECK(count(c, "SELECT mrr FROM revenue WHERE account_id = 1 AND month = '2025-02'") == 139900);
    merger.undo(again);
    CHECK(dump(c) == before);
}

TEST_CASE("a merge the core refuses changes nothing")
{
    Database db(QStringLiteral(":memory:"));
    const QSqlDatabase c = db.connection();
    fixture(c);
    const QStringList before = dump(c);
    AccountMerger merger(c, QStringLiteral("me"));
    CHECK_THROWS_AS(merger.merge(1, 1), DataError);
    CHECK_THROWS_AS(merger.merge(1, 99), DataError);
    CHECK(dump(c) == before);
}
