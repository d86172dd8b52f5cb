#pragma once

// Runs the built karvan-cli (KARVAN_CLI_PATH, set by tests/cli/CMakeLists.txt) as a user would
// and returns what it printed; shared by the CLI tests.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace karvan::clitest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KARVAN_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// stdout as one JSON object; fails the test (showing both streams) when it is not one.
inline QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace karvan::clitest
