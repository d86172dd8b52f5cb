#include "generator/demobook.h"

#include "domain/errors.h"
#include "generator/generator.h"
#include "io/csvkind.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFileInfo>

namespace karvan {

DemoReport buildDemoBook(Database &db, const GeneratorOptions &options, const QString &actor,
                         const QString &workDir, const std::function<bool(int step, int steps)> &progress)
{
    const auto &kinds = allCsvKinds();
    const int steps = int(kinds.size()) + 3;
    auto step = [&](int done) {
        if (progress && !progress(done, steps))
            throw ImportCancelled();
    };
    step(0);
    const Generator generator(options);
    const QStringList paths = generator.writeAll(workDir);
    step(1);

    DemoReport report;
    // One transaction: each kind's import and the health refresh are savepoints inside it.
    Transaction transaction(db.connection());
    Importer importer(db, actor);
    for (size_t i = 0; i < kinds.size(); ++i) {
        importer.setDisplayName(QFileInfo(paths.at(qsizetype(i))).fileName());
        report.imported << importer.importFile(kinds[i], paths.at(qsizetype(i))).summary();
        step(int(i) + 2);
    }
    report.snapshots = generator.backfillSnapshots(db.connection());
    report.handoffs = addDemoHandoffs(db.connection(), generator.book());
    step(steps - 1);
    transaction.commit();
    report.firstMonth = generator.book().monthKey(0);
    report.lastMonth = generator.book().monthKey(options.months - 1);
    step(steps);
    return report;
}

} // namespace karvan
