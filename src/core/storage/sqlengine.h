#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace karvan::sqlengine {

// The one place for statements that depend on the database engine. Everything else in Karvan
// is portable SQL through Qt Sql with bound values. A PostgreSQL back end (planned, for teams
// sharing one database) implements these functions for QPSQL.

// The column type of an auto-assigned integer primary key.
QString autoIdColumn(const QSqlDatabase &db);

// What follows `CREATE TABLE (...)` for a table stored in the order of its primary key (the
// key is the table: no separate index), e.g. revenue keyed by (account_id, month).
QString clusteredByKey(const QSqlDatabase &db);
// Whether `table` exists and is stored that way.
bool isClusteredByKey(const QSqlDatabase &db, const QString &table);

// Connection settings: foreign keys, WAL journal, busy timeout in milliseconds.
void configureConnection(QSqlDatabase &db, int busyTimeoutMs, bool writable);

// Memory-mapped reads on or off for this connection (on by default, see configureConnection).
// An import turns them off while it writes: it reads little, and every page it touches would
// otherwise stay mapped into the process (counted in its resident memory) until it ends.
void setMemoryMappedReads(const QSqlDatabase &db, bool on);

// Temporary storage (statement journals, sorts) in files, or in memory as configureConnection
// sets it. In memory a sort never spills: building an index over millions of rows would hold
// all of it. Change it outside a transaction (SQLite refuses once its temporary database is
// open).
void setTemporaryFiles(const QSqlDatabase &db, bool on);
// The page cache at 16 MiB (small) or configureConnection's 64 MiB. A sort's buffer is as
// large as the cache: with temporary files, a small cache makes a large sort spill early.
void setSmallPageCache(const QSqlDatabase &db, bool small);

// Whether the database holds any table at all (a brand-new file does not).
bool hasAnyTable(const QSqlDatabase &db);

// Karvan's mark on its files, so that another program's SQLite file is refused.
bool hasKarvanMark(const QSqlDatabase &db);
void setKarvanMark(QSqlDatabase &db);

int schemaVersion(const QSqlDatabase &db);
void setSchemaVersion(QSqlDatabase &db, int version);

// Starts a transaction that takes the write lock at once (waiting up to the busy timeout).
void beginWrite(QSqlDatabase &db);

// Inside the caller's write transaction: foreign keys are checked when it commits instead of
// after every statement (a violation still fails the commit, so nothing is written). Spares
// SQLite a statement journal per statement, which a large import pays for every page it touches.
void deferForeignKeys(QSqlDatabase &db);

// A table's secondary indexes: the ones made by CREATE INDEX, not its key and not its UNIQUE
// constraints. Each with its name and the statement that creates it again, as it was made.
struct IndexDefinition
{
    QString name;
    QString createStatement;
};
std::vector<IndexDefinition> secondaryIndexes(const QSqlDatabase &db, const QString &table);

// Each table's definition as stored (CREATE TABLE ...), by name; SQLite's own tables left out.
std::vector<std::pair<QString, QString>> tableDefinitions(const QSqlDatabase &db);
// Inside the caller's write transaction: replaces stored table definitions that differ from
// the old only in their CHECK constraints, which every stored row already satisfies (the
// documented way of changing a constraint without copying the table: the rows on disk stay as
// they are). `changed`: table name -> new CREATE TABLE text. Throws DatabaseError; the caller's
// rollback undoes it.
void replaceCheckConstraints(QSqlDatabase &db, const std::vector<std::pair<QString, QString>> &changed);

// Begins a read transaction and takes its snapshot at once (a plain BEGIN takes it at the
// first read). Throws DatabaseError.
void beginRead(QSqlDatabase &db);

// A number that changes whenever another connection (of this or another program) commits a
// change to the database; compare two readings from one connection outside a transaction.
qint64 dataVersion(const QSqlDatabase &db);

// Writes a consistent copy of the whole database to `target`.
void backupTo(QSqlDatabase &db, const QString &target);

// Checks the file's integrity; returns an empty string when it is sound.
QString quickCheck(const QSqlDatabase &db);

// The full check: PRAGMA integrity_check and foreign_key_check; one line per problem, empty
// when the database is sound. Throws DatabaseError when the check itself cannot run.
QStringList integrityProblems(const QSqlDatabase &db);

// "INSERT ... ON CONFLICT (cols) DO UPDATE SET ..." is portable between SQLite >= 3.24 and
// PostgreSQL, so it is not here.

} // namespace karvan::sqlengine
