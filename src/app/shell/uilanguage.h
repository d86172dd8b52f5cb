#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QIcon;

namespace karvan {

// The language of Karvan's texts: the user's choice (the system's language, English or
// Persian), kept in the app's settings under ui/language and applied when Karvan starts; and
// the calendar of dates on screen (ui/calendar: automatic, Gregorian or Jalali).
class UiLanguage
{
public:
    struct Choice
    {
        QString code; // empty: the system's language (or, for the calendar, the language's)
        QString name; // in its own language ("فارسی"), or "System default" translated
    };

    static QList<Choice> choices();
    static QString settingKey() { return QStringLiteral("ui/language"); }
    // The chosen language's code, or empty for the system's.
    static QString chosen();
    static void setChosen(const QString &code);

    // The calendars offered: automatic (Jalali for Persian, else Gregorian), Gregorian, Jalali.
    static QList<Choice> calendarChoices();
    static QString calendarSettingKey() { return QStringLiteral("ui/calendar"); }
    static QString chosenCalendar();
    static void setChosenCalendar(const QString &code);

    // Makes the chosen language the default locale, installs the translators of Qt's own
    // texts (qtbase_CODE.qm) and of Karvan's (karvan_CODE.qm, embedded), lays the windows out
    // right to left for a right-to-left language and sets the calendar of dates on screen.
    // Call after the application object is made, before any window; calling it again replaces
    // what an earlier call installed.
    static void apply(QCoreApplication &app);
    // Where karvan_CODE.qm files are looked for, in order: the embedded one first.
    static QStringList translationFolders();

    // An icon that points a direction (Back, Forward), mirrored when the layout runs right to left.
    static QIcon directional(const QIcon &icon);
};

} // namespace karvan
