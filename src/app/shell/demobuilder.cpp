#include "shell/demobuilder.h"

#include "io/csvkind.h"
#include "storage/database.h"
#include "domain/errors.h"
#include "generator/generator.h"
#include "io/importer.h"

#include <QDate>
#include <QFileInfo>
#include <QTemporaryDir>

namespace karvan {

void buildDemoDatabase(const QString &path, int accounts, const QString &actor,
                       const std::function<bool(int step, int steps)> &progress)
{
    GeneratorOptions options;
    options.accounts = accounts;
    options.months = 24;
    options.endMonth = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    const auto &kinds = allCsvKinds();
    const int steps = int(kinds.size()) + 2;
    auto step = [&](int done) {
        if (progress && !progress(done, steps))
            throw ImportCancelled();
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        throw DataError(QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
    step(0);
    const Generator generator(options);
    const QStringList paths = generator.writeAll(dir.path());
    step(1);
    Database db(path);
    Importer importer(db, actor);
    for (size_t i = 0; i < kinds.size(); ++i) {
        importer.setDisplayName(QFileInfo(paths.at(qsizetype(i))).fileName());
        importer.importFile(kinds[i], paths.at(qsizetype(i)));
        step(int(i) + 2);
    }
    generator.backfillSnapshots(db.connection());
    step(steps);
}

} // namespace karvan
