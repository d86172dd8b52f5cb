// karvan-cli and the desktop app find the same default database (contract.md, "--db").
#include <catch2/catch.hpp>

#include "clirun.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace karvan::clitest;

TEST_CASE("karvan-cli without --db writes the default database the app opens")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString dataHome = home.filePath(QStringLiteral("data"));
    const QString configHome = home.filePath(QStringLiteral("config"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    const Run run = cli({QStringLiteral("init")}, env);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    // The path the app resolves: its main() sets the names with the same core function.
    const QByteArray oldDataHome = qgetenv("XDG_DATA_HOME");
    const QString oldOrganisation = QCoreApplication::organizationName();
    const QString oldApplication = QCoreApplication::applicationName();
    qputenv("XDG_DATA_HOME", dataHome.toUtf8());
    karvan::Database::setApplicationNames();
    const QString appDefault = karvan::Database::defaultPath();
    qputenv("XDG_DATA_HOME", oldDataHome);
    QCoreApplication::setOrganizationName(oldOrganisation);
    QCoreApplication::setApplicationName(oldApplication);

    CHECK(appDefault == QDir(dataHome).filePath(QStringLiteral("Karvan/Karvan/karvan.sqlite")));
    CHECK(QFileInfo::exists(appDefault));
    CHECK(run.out.contains(QDir::toNativeSeparators(appDefault)));
    // Only that file: the command line made no second data folder.
    CHECK(QDir(dataHome).entryList(QDir::Dirs | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("Karvan")});
}
