// The audit log as the History view reads it: filters by account (its own entries, its
// hand-offs' and its tasks'), by person and by day; newest first; a limit.
#include <catch2/catch.hpp>

#include "storage/audit.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace karvan;

namespace {

void entry(const QSqlDatabase &db, const QString &at, const QString &actor, const QString &entity,
           const QString &id, const QString &field)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, 'a', 'b')"));
    for (const QString &v : {at, actor, entity, id, field})
        q.addBindValue(v);
    sql::exec(q);
}

QStringList fields(const std::vector<AuditEntry> &entries)
{
    QStringList out;
    for (const AuditEntry &e : entries)
        out << e.field;
    return out;
}

} // namespace

TEST_CASE("the audit log is read newest first with filters by account, person and day")
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("k.sqlite")));
    const QSqlDatabase db = database.connection();
    sql::run(db, QStringLiteral(
        "INSERT INTO accounts (ext_id, name, stage, created_at, updated_at)"
        " VALUES ('ACC-1', 'Alborz', 'acquisition', '2026-01-01', '2026-01-01'),"
        "        ('ACC-2', 'Bam', 'retention', '2026-01-01', '2026-01-01')"));
    sql::run(db, QStringLiteral(
        "INSERT INTO handoffs (id, account_id, status, created_at) SELECT 7, id, 'draft', '2026-01-02' FROM accounts WHERE ext_id = 'ACC-1'"));
    sql::run(db, QStringLiteral(
        "INSERT INTO tasks (task_key, account_id, title, state, created_at, updated_at)"
        " SELECT 'silent:ACC-1:2026-01-01', id, 'Call', 'open', '2026-01-03', '2026-01-03' FROM accounts WHERE ext_id = 'ACC-1'"));
    entry(db, "2026-01-01T09:00:00Z", "sara@example.com", "account", "ACC-1", "name");
    entry(db, "2026-01-02T09:00:00Z", "omid@example.com", "handoff", "7", "state");
    entry(db, "2026-01-03T09:00:00Z", "sara@example.com", "task", "silent:ACC-1:2026-01-01", "created");
    entry(db, "2026-01-04T09:00:00Z", "sara@example.com", "account", "ACC-2", "stage");
    entry(db, "2026-01-05T09:00:00Z", "lead@example.com", "person", "sara@example.com", "active");
    entry(db, "2026-01-06T09:00:00Z", "sara@example.com", "account", "ACC-10", "owner:retention");

    const AuditLog log(db);
    AuditFilter all;
    CHECK(fields(log.entries(all)) == QStringList{"owner:retention", "active", "stage", "created", "state", "name"});

    AuditFilter account;
    account.account = QStringLiteral("ACC-1");  // not ACC-10's entry
    CHECK(fields(log.entries(account)) == QStringList{"created", "state", "name"});

    AuditFilter person;
    person.actor = QStringLiteral("sara@example.com");
    person.from = QDate(2026, 1, 3);
    person.to = QDate(2026, 1, 4);  // the whole day of the 4th
    CHECK(fields(log.entries(person)) == QStringList{"stage", "created"});

    AuditFilter limited;
    limited.limit = 2;
    CHECK(fields(log.entries(limited)) == QStringList{"owner:retention", "active"});

    CHECK(log.actors() == std::vector<QString>{"lead@example.com", "omid@example.com", "sara@example.com"});
}
