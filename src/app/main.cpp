#include "shell/firstrunassistant.h"
#include "shell/mainwindow.h"
#include "shell/uilanguage.h"

#include "storage/database.h"
#include "storage/filelog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Karvan: customer-journey ownership CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
}

// --version and --help print and exit without a display: answer them before QApplication.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")
            || !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        karvan::Database::setApplicationNames();
        QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
        QCommandLineParser parser;
        describe(parser);
        parser.addOption({QStringLiteral("db"), QStringLiteral("Open (or create) the database at PATH."), QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("self-test"), QStringLiteral("Open the database, show the window, check it and exit.")});
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    // One set of names for the app and karvan-cli: the same data folder and default database.
    karvan::Database::setApplicationNames();
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("karvan"));
    // <data folder>/logs/karvan.log (0600), warnings on stderr too.
    karvan::startFileLog(QStringLiteral("karvan"), spdlog::level::warn);

    // The language the user chose (ui/language, the first-run assistant), else the system's:
    // Qt's own strings and Karvan's, when translations for it are installed.
    karvan::UiLanguage::apply(app);

    QCommandLineParser parser;
    describe(parser);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open (or create) the database at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QApplication::translate("main", "Open the database, show the window, check it and exit."));
    parser.addOption(selfTest);
    parser.process(app);

    karvan::MainWindow window;
    window.show();
    bool opened = false;
    if (parser.isSet(dbOption) || parser.isSet(selfTest)) {
        const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : karvan::Database::defaultPath();
        opened = window.openDatabase(path, true);
    } else {
        // The last database opened, else the default one (the file karvan-cli uses without --db).
        // Nothing to open and the assistant never finished: the first run.
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (karvan::FirstRunAssistant::isNeeded())
            QTimer::singleShot(0, &window, &karvan::MainWindow::showFirstRunAssistant);
        else if (!last.isEmpty() && QFileInfo::exists(last))
            window.openDatabase(last);
        else if (QFileInfo::exists(karvan::Database::defaultPath()))
            window.openDatabase(karvan::Database::defaultPath());
    }
    if (parser.isSet(selfTest)) {
        // An installation check for machines without a desktop (xvfb-run karvan --self-test).
        QTimer::singleShot(0, &window, [&window, opened] {
            const bool ok = opened && window.isVisible();
            const QByteArray status = window.statusText().toUtf8();
            std::fprintf(ok ? stdout : stderr, "karvan: self-test %s: %s\n", ok ? "passed" : "FAILED",
                         status.constData());
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
