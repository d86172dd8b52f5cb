#pragma once

#include "io/csvkind.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>

namespace karvan {

class Database;

struct ImportResult
{
    CsvKind kind = CsvKind::People;
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    QStringList warnings;  // e.g. ignored unknown columns

    // "accounts: 120 rows, 100 added, 20 updated" (with "(dry run)" when nothing was written).
    QString summary(bool dryRun = false) const;
};

// Thrown when the progress callback asked to stop; nothing was written.
class ImportCancelled : public std::runtime_error
{
public:
    ImportCancelled() : std::runtime_error("import cancelled") {}
};

// Loads one CSV file of one kind into the database in one transaction: all or nothing.
// Throws DataError listing every problem found (up to 100, then "... and N more problems"),
// each as "FILE:LINE: column 'NAME': what is wrong (value 'VALUE')"; DatabaseError for database
// problems; ImportCancelled when progress returned false.
class Importer
{
public:
    Importer(Database &db, QString actor);

    // progress(done, total) is called about every 64 KiB of input with bytes read and the
    // file size; returning false cancels the import.
    ImportResult importFile(CsvKind kind, const QString &path, bool dryRun = false,
                            const std::function<bool(qint64 done, qint64 total)> &progress = {});

    // The file name used in messages (default: the path as given).
    void setDisplayName(const QString &name) { m_displayName = name; }

private:
    Database &m_db;
    QString m_actor;
    QString m_displayName;
};

} // namespace karvan
