#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace karvan::sql {

// Thin helpers over QSqlQuery that turn a failure into a DatabaseError with a message fit for
// a user (locked, read-only, corrupt, ...). All values go through bound parameters.

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
// Executes a prepared query; throws DatabaseError on failure.
void exec(QSqlQuery &query);
// Executes a statement without values (DDL, PRAGMA); throws DatabaseError on failure.
void exec(const QSqlDatabase &db, const QString &statement);
// Executes a statement without values and returns the query positioned before the first row.
QSqlQuery run(const QSqlDatabase &db, const QString &statement);
// The way to learn a new row's id through Qt Sql: executes a prepared INSERT (or upsert) that
// ends with "RETURNING id" (SQLite >= 3.35 and PostgreSQL both have it) and returns that id.
// Finishes the query, since a statement must be done before COMMIT. Throws DatabaseError on
// failure. (The import's bulk path: BulkInserter::stepForNewId.)
qint64 insertReturningId(QSqlQuery &query);

// `n` bound-value marks for an IN list: "?, ?, ?".
QString placeholders(qsizetype n);

// Steps a result loop: true on a row; false at the end; throws DatabaseError when the step
// failed (a corrupt page, an I/O error), so that a loop never ends early with a partial answer.
// Use `while (sql::next(q))` instead of `while (q.next())`.
bool next(QSqlQuery &query);

// The user-facing text for a failed query or connection.
QString describe(const QSqlError &error);
// The same text for an SQLite result code and the engine's message (storage/bulkinserter).
QString describeNative(int code, const QString &engineText);
bool isBusy(const QSqlError &error);
// Whether the error means the file is damaged or cannot be read: a corrupt page, not a
// database, an I/O error.
bool isDamage(const QSqlError &error);

// Called, on the thread that met it, with the user-facing message each time a statement meets
// a damaged database (isDamage), just before the DatabaseError is thrown: the app shows its
// way out there (check the database, restore a backup). No listener by default.
using DamageListener = std::function<void(const QString &message)>;
void setDamageListener(DamageListener listener);

} // namespace karvan::sql
