#include "shell/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace karvan {

QList<UiLanguage::Choice> UiLanguage::choices()
{
    return {{QString(), QCoreApplication::translate("karvan::UiLanguage", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fa"), QStringLiteral("فارسی")}};
}

QString UiLanguage::chosen()
{
    const QString code = QSettings().value(settingKey()).toString();
    for (const Choice &c : choices()) {
        if (c.code == code)
            return code;
    }
    return QString();
}

void UiLanguage::setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingKey());
    else
        settings.setValue(settingKey(), code);
}

QStringList UiLanguage::translationFolders()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return {bin + QStringLiteral("/translations"), bin + QStringLiteral("/../share/karvan/translations"),
            QStringLiteral(":/translations")};
}

void UiLanguage::apply(QCoreApplication &app)
{
    const QString code = chosen();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, dialogs) when Qt ships them in that language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    for (const QString &folder : translationFolders()) {
        if (own->load(locale, QStringLiteral("karvan"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own);
            break;
        }
    }
}

} // namespace karvan
