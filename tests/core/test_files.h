#pragma once

// Files written for a test and one-value queries, for the CSV, import and trust tests.

#include "storage/database.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace karvan::test {

// Writes bytes to the file name in dir and returns its path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

// Writes bytes to f.csv in dir and returns its path.
inline QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    return writeFile(dir, QStringLiteral("f.csv"), bytes);
}

// The first value of the statement's first row; -1 when it has no row.
inline qint64 scalar(Database &db, const QString &statement)
{
    QSqlQuery q = sql::run(db.connection(), statement);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace karvan::test
