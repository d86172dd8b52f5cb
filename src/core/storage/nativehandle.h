#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace karvan::sqlengine {

// The sqlite3 handle behind a QSQLITE connection, for the bulk paths (BulkInserter,
// BulkReader) that talk to the engine's C API. Throws DatabaseError when `db` is not an open
// SQLite connection. Internal to the storage layer.
sqlite3 *nativeHandle(const QSqlDatabase &db);

} // namespace karvan::sqlengine
