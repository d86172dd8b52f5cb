#include "shell/demobuilder.h"

#include "domain/errors.h"
#include "generator/demobook.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>

namespace karvan {

void buildDemoDatabase(const QString &path, int accounts, const QString &actor,
                       const std::function<bool(int step, int steps)> &progress)
{
    GeneratorOptions options;
    options.accounts = accounts;
    options.months = 24;
    options.endMonth = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    QTemporaryDir dir;
    if (!dir.isValid())
        throw DataError(QCoreApplication::translate("karvan::DemoBuilder", "cannot create a temporary folder: %1").arg(dir.errorString()));
    Database db(path);
    buildDemoBook(db, options, actor, dir.path(), progress);
}

} // namespace karvan
