#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan::rowversion {

// Row versions (schema step 10): every editable row of accounts, people and teams carries
// `version`, raised by each write, with `updated_by` and `updated_at`. An edit made from a
// copy read earlier names the version it read; the write is refused when the row has moved on,
// naming who changed it and when. Everything here runs inside the caller's transaction.
enum class Table { Accounts, People, Teams };

struct Stamp
{
    qint64 version = 0;  // 0: the row does not exist
    QString by;          // the actor of the last write ("" before step 10's first write)
    QString at;          // its UTC time, "YYYY-MM-DDTHH:MM:SSZ"
};

Stamp read(const QSqlDatabase &db, Table table, qint64 id);

// Raises the row's version as `actor`, now. Returns the new version (0: no such row).
qint64 bump(const QSqlDatabase &db, Table table, qint64 id, const QString &actor);

// Raises the versions of many rows as `actor`, now, a few hundred per statement (an import).
void bumpMany(const QSqlDatabase &db, Table table, const std::vector<qint64> &ids, const QString &actor);

// Raises the row's version only if it is still `expected`; otherwise throws StaleEditError
// ("<what> was changed by <who> at <when> since you opened it ...") or DataError when the row
// is gone. Returns the new version.
qint64 claim(const QSqlDatabase &db, Table table, qint64 id, qint64 expected, const QString &actor,
             const QString &what);

} // namespace karvan::rowversion
