#include "generator/demobook.h"

#include "domain/errors.h"
#include "generator/generator.h"
#include "io/csvkind.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/auditlog.h"
#include "storage/transaction.h"

#include <QDate>
#include <QFileInfo>

namespace karvan {

namespace {

const QString kBuiltKey = QStringLiteral("demo.built");

} // namespace

QString demoBuiltOn(const QSqlDatabase &db)
{
    if (const std::optional<QString> built = SettingsStore(db).value(kBuiltKey))
        return *built;
    // Demos built before the setting: their imports are in the audit log under a demo actor.
    return AuditLog(db).firstImportDay(QStringLiteral(":demo"));
}

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
    DemoReport report;
    // The demo is one transaction: a database either holds all of it or none. A second run
    // would import the same generated records again over ones the demo's own hand-offs have
    // moved on since (and double what has no key), so it stops here.
    report.builtOn = demoBuiltOn(db.connection());
    if (!report.builtOn.isEmpty()) {
        report.alreadyPresent = true;
        step(steps);
        return report;
    }
    const Generator generator(options);
    const QStringList paths = generator.writeAll(workDir);
    step(1);

    // One transaction: each kind's import and the health refresh are savepoints inside it.
    Transaction transaction(db.connection());
    Importer importer(db, actor);
    for (size_t i = 0; i < kinds.size(); ++i) {
        importer.setDisplayName(QFileInfo(paths.at(qsizetype(i))).fileName());
        report.results.push_back(importer.importFile(kinds[i], paths.at(qsizetype(i))));
        report.imported << report.results.back().summary();
        step(int(i) + 2);
    }
    report.snapshots = generator.backfillSnapshots(db.connection());
    report.handoffs = addDemoHandoffs(db.connection(), generator.book());
    report.builtOn = QDate::currentDate().toString(Qt::ISODate);
    SettingsStore settings(db.connection());
    settings.setValue(kBuiltKey, report.builtOn);
    // The generated amounts are Toman: shown as dollars, a small firm's MRR read as billions.
    settings.setCurrency(QString::fromLatin1(kGeneratedCurrency));
    step(steps - 1);
    transaction.commit();
    report.firstMonth = generator.book().monthKey(0);
    report.lastMonth = generator.book().monthKey(options.months - 1);
    step(steps);
    return report;
}

} // namespace karvan
