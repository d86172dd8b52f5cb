#pragma once

#include "io/csvkind.h"

class QIODevice;

namespace karvan {

class Database;

// Writes every row of one kind as CSV in the import form (csvColumns(kind), for accounts then
// the custom fields in position order), in a deterministic order by key, so that
// export -> import -> export gives identical bytes. Throws DatabaseError.
void exportCsv(Database &db, CsvKind kind, QIODevice *out);

} // namespace karvan
