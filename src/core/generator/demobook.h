#pragma once

#include "generator/generatorbook.h"
#include "io/importer.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace karvan {

class Database;

// What building the demo book did, for the CLI's lines and the app's status bar.
struct DemoReport
{
    QStringList imported;   // one summary line per kind, in import order (English, as logged)
    std::vector<ImportResult> results;  // the same, as numbers
    int snapshots = 0;      // monthly health snapshots back-filled
    int handoffs = 0;       // example hand-offs added
    QString firstMonth;
    QString lastMonth;
    // The database already held the demo (a finished one: a stopped one leaves nothing): nothing
    // was imported again, so nothing is doubled. `builtOn` is when it was built ("YYYY-MM-DD").
    bool alreadyPresent = false;
    QString builtOn;
};

// When this database's demo was built ("YYYY-MM-DD"), or empty when it holds none. Recorded in
// the demo's own transaction (setting `demo.built`); a database demoed before that record is
// recognised by the demo's import entries in the audit log.
QString demoBuiltOn(const QSqlDatabase &db);

// The demo book, the same for `karvan-cli demo` and the app: the generator's files written to
// `workDir`, imported kind by kind, the health snapshots back-filled and a few example
// hand-offs in every state, all in one transaction, so a demo stopped midway (cancelled,
// killed, a power cut) leaves nothing behind. `progress(step, steps)` returning false cancels
// (ImportCancelled). On a database that already holds the demo it imports nothing and says so
// (DemoReport::alreadyPresent). Throws DataError / DatabaseError.
DemoReport buildDemoBook(Database &db, const GeneratorOptions &options, const QString &actor,
                         const QString &workDir,
                         const std::function<bool(int step, int steps)> &progress = {});

// The example hand-offs (part of buildDemoBook): up to eight B2B accounts still in
// acquisition, each handed by its Sales owner to its CSM and left in a different state (a
// draft, submitted, one overdue, one returned with its reason, accepted), dated over the last
// days. Returns how many were added.
int addDemoHandoffs(const QSqlDatabase &db, const GeneratorBook &book);

} // namespace karvan
