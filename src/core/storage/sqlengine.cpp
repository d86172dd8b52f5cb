#include "storage/sqlengine.h"

#include "domain/errors.h"
#include "storage/nativehandle.h"
#include "storage/ownerpermissions.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace karvan::sqlengine {

namespace {
// 'KRVN' in ASCII: SQLite's PRAGMA application_id marks the file as Karvan's.
constexpr int kApplicationId = 0x4B52564E;
} // namespace

// QSqlDriver::handle() of a QSQLITE connection holds a `sqlite3*`.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "this operation needs an SQLite database"));
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native)
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "the database is not open"));
    return native;
}

QString autoIdColumn(const QSqlDatabase &)
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString clusteredByKey(const QSqlDatabase &)
{
    return QStringLiteral(" WITHOUT ROWID");
}

bool isClusteredByKey(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    sql::exec(q);
    return sql::next(q) && q.value(0).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
}

void configureConnection(QSqlDatabase &db, int busyTimeoutMs, bool writable)
{
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Memory-mapped reads and a 64 MiB page cache: the metrics and health
    // loaders scan the revenue and history tables of large books, and the default 2 MiB cache
    // spends much of that time copying pages from the kernel. Temporary storage in memory:
    // statement journals of large upserts stay there instead of a file in /var/tmp (measured,
    // this halves the CPU time of importing 1.3 million revenue rows).
    setMemoryMappedReads(db, true);
    setSmallPageCache(db, false);
    setTemporaryFiles(db, false);
    if (writable) {
        sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        // FULL: a committed change survives a power cut (NORMAL in WAL may lose the last
        // commits then). One fsync per commit; an import is one commit (docs/trust.md).
        sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

void setTemporaryFiles(const QSqlDatabase &db, bool on)
{
    // Temporary files are unlinked as soon as SQLite opens them: no other user can open them.
    sql::exec(db, on ? QStringLiteral("PRAGMA temp_store = FILE") : QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void setSmallPageCache(const QSqlDatabase &db, bool small)
{
    sql::exec(db, small ? QStringLiteral("PRAGMA cache_size = -16384") : QStringLiteral("PRAGMA cache_size = -65536"));
}

void setMemoryMappedReads(const QSqlDatabase &db, bool on)
{
    sql::exec(db, on ? QStringLiteral("PRAGMA mmap_size = 268435456") : QStringLiteral("PRAGMA mmap_size = 0"));
}

bool hasAnyTable(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    return sql::next(q) && q.value(0).toInt() > 0;
}

bool hasKarvanMark(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("PRAGMA application_id"));
    return sql::next(q) && q.value(0).toInt() == kApplicationId;
}

void setKarvanMark(QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("PRAGMA user_version"));
    return sql::next(q) ? q.value(0).toInt() : 0;
}

void setSchemaVersion(QSqlDatabase &db, int version)
{
    // PRAGMA takes no bound values; `version` is an int we produce, never user text.
    sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void beginWrite(QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
}

void deferForeignKeys(QSqlDatabase &db)
{
    // Ends with the transaction by itself.
    sql::exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

std::vector<IndexDefinition> secondaryIndexes(const QSqlDatabase &db, const QString &table)
{
    // The key's and the UNIQUE constraints' own indexes have no statement (sql IS NULL).
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
        " ORDER BY name"));
    q.addBindValue(table);
    sql::exec(q);
    std::vector<IndexDefinition> indexes;
    while (sql::next(q))
        indexes.push_back(IndexDefinition{q.value(0).toString(), q.value(1).toString()});
    return indexes;
}

std::vector<std::pair<QString, QString>> tableDefinitions(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    std::vector<std::pair<QString, QString>> tables;
    while (sql::next(q))
        tables.emplace_back(q.value(0).toString(), q.value(1).toString());
    return tables;
}

void replaceCheckConstraints(QSqlDatabase &db, const std::vector<std::pair<QString, QString>> &changed)
{
    if (changed.empty())
        return;
    // https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema changes":
    // edit sqlite_schema under writable_schema, raise the schema version so that every
    // connection reads the schema again, then check.
    QSqlQuery version = sql::run(db, QStringLiteral("PRAGMA schema_version"));
    const qint64 before = sql::next(version) ? version.value(0).toLongLong() : 0;
    version.finish();
    sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON"));
    auto off = qScopeGuard([&db] {
        try {
            sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
        } catch (const DatabaseError &) {
            // The connection is closed after a failed upgrade anyway.
        }
    });
    for (const auto &[table, definition] : changed) {
        QSqlQuery q = sql::prepare(db, QStringLiteral(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"));
        q.addBindValue(definition);
        q.addBindValue(table);
        sql::exec(q);
    }
    sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(before + 1));
    off.dismiss();
    sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
    const QString problem = quickCheck(db);
    if (!problem.isEmpty())
        throw DatabaseError(problem);
}

void beginRead(QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("BEGIN"));
    // In WAL mode the snapshot is the state at the transaction's first read.
    QSqlQuery first = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
    sql::next(first);
}

qint64 dataVersion(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("PRAGMA data_version"));
    return sql::next(q) ? q.value(0).toLongLong() : 0;
}

void backupTo(QSqlDatabase &db, const QString &target)
{
    // The copy holds the same customer data: created 0600 before SQLite fills it (VACUUM INTO
    // accepts an empty file), whatever the umask.
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        throw DatabaseError(QCoreApplication::translate("karvan::Database", "%1: cannot create the backup: %2").arg(target, file.errorString()));
    file.close();
    try {
        QSqlQuery q = sql::prepare(db, QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(target);
        sql::exec(q);
    } catch (const DatabaseError &) {
        QFile::remove(target);
        throw;
    }
}

QString quickCheck(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("PRAGMA quick_check"));
    QString result = sql::next(q) ? q.value(0).toString() : QStringLiteral("no answer");
    return result == QLatin1String("ok") ? QString() : result;
}

QStringList integrityProblems(const QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    while (sql::next(integrity)) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (sql::next(keys)) {
        problems << QStringLiteral("table %1, row %2: refers to a missing row of %3")
                        .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString());
    }
    return problems;
}

} // namespace karvan::sqlengine
