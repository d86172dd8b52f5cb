#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace karvan {

// The language of Karvan's texts: the user's choice (the system's language, English or
// Persian), kept in the app's settings under ui/language and applied when Karvan starts.
class UiLanguage
{
public:
    struct Choice
    {
        QString code; // empty: the system's language
        QString name; // in its own language ("فارسی"), or "System default" translated
    };

    static QList<Choice> choices();
    static QString settingKey() { return QStringLiteral("ui/language"); }
    // The chosen language's code, or empty for the system's.
    static QString chosen();
    static void setChosen(const QString &code);

    // Makes the chosen language the default locale and installs the translators of Qt's own
    // texts and of Karvan's (karvan_CODE.qm, when one is installed). Call once, after the
    // application object is made; the translators are its children.
    static void apply(QCoreApplication &app);
    // Where karvan_CODE.qm files are looked for, in order.
    static QStringList translationFolders();
};

} // namespace karvan
