#include "shell/mainwindow.h"

#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    karvan::Database::setApplicationNames();
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // Qt's own strings (standard buttons, dialogs) in the user's language when Qt ships them.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Karvan: customer-journey ownership CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Open (or create) the database at PATH."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    karvan::MainWindow window;
    window.show();
    if (parser.isSet(dbOption)) {
        window.openDatabase(parser.value(dbOption), true);
    } else {
        // The last database opened, else the default one (the file karvan-cli uses without --db).
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openDatabase(last);
        else if (QFileInfo::exists(karvan::Database::defaultPath()))
            window.openDatabase(karvan::Database::defaultPath());
    }
    return app.exec();
}
