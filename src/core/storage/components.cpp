#include "storage/components.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <csv.h>
#include <spdlog/version.h>

namespace karvan {

namespace {

// The SQLite library Qt's driver runs, asked of a throw-away in-memory connection.
QString sqliteVersion()
{
    const QString name = QStringLiteral("karvan-version-") + QUuid::createUuid().toString(QUuid::Id128);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

std::vector<Component> components()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0 / GPL-3.0 (Qt Charts: GPL-3.0)")},
        {QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("public domain")},
        {QStringLiteral("spdlog"),
         QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH),
         QStringLiteral("MIT")},
        {QStringLiteral("libcsv"),
         QStringLiteral("%1.%2.%3").arg(CSV_MAJOR).arg(CSV_MINOR).arg(CSV_RELEASE),
         QStringLiteral("LGPL-2.1-or-later")},
    };
}

} // namespace karvan
