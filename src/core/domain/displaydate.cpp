#include "domain/displaydate.h"

#include "domain/persiantext.h"

#include <QRegularExpression>
#include <QStringList>

#include <atomic>

namespace karvan::display {

namespace {

std::atomic<CalendarChoice> g_calendar{CalendarChoice::Automatic};

const QCalendar &jalaliCalendar()
{
    static const QCalendar cal(QCalendar::System::Jalali);
    return cal;
}

QString jalaliShortFormat()
{
    return QStringLiteral("yyyy/MM/dd");
}

} // namespace

void setCalendar(CalendarChoice choice)
{
    g_calendar = choice;
}

CalendarChoice calendarChoice()
{
    return g_calendar;
}

QString calendarKey(CalendarChoice choice)
{
    switch (choice) {
    case CalendarChoice::Gregorian: return QStringLiteral("gregorian");
    case CalendarChoice::Jalali: return QStringLiteral("jalali");
    case CalendarChoice::Automatic: break;
    }
    return QString();
}

CalendarChoice calendarFromKey(QStringView key)
{
    if (key == u"gregorian")
        return CalendarChoice::Gregorian;
    if (key == u"jalali")
        return CalendarChoice::Jalali;
    return CalendarChoice::Automatic;
}

bool usesJalali(const QLocale &locale)
{
    switch (calendarChoice()) {
    case CalendarChoice::Gregorian: return false;
    case CalendarChoice::Jalali: return true;
    case CalendarChoice::Automatic: break;
    }
    return locale.language() == QLocale::Persian;
}

QCalendar calendar(const QLocale &locale)
{
    return usesJalali(locale) ? jalaliCalendar() : QCalendar();
}

QString date(QDate day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    if (usesJalali(locale))
        return locale.toString(day, jalaliShortFormat(), jalaliCalendar());
    return locale.toString(day, QLocale::ShortFormat);
}

QString longDate(QDate day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    if (usesJalali(locale))
        return locale.toString(day, QStringLiteral("d MMMM yyyy"), jalaliCalendar());
    return locale.toString(day, QStringLiteral("d MMMM yyyy"));
}

QString reportDate(QDate day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    return usesJalali(locale) ? date(day, locale) : day.toString(Qt::ISODate);
}

QString dateTime(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return QString();
    const QDateTime local = moment.toLocalTime();
    if (usesJalali(locale))
        return locale.toString(local, jalaliShortFormat() + QStringLiteral(" HH:mm"), jalaliCalendar());
    return locale.toString(local, QLocale::ShortFormat);
}

QString month(QDate day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    if (usesJalali(locale))
        return locale.toString(day, QStringLiteral("MMMM yyyy"), jalaliCalendar());
    return locale.toString(day, QStringLiteral("MMM yyyy"));
}

QString monthKeyText(const QString &key, const QLocale &locale)
{
    const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid() || key.size() != 7)
        return key;
    // Revenue months are Gregorian months: named as such, in the locale's words and digits
    // ("مارس ۲۰۲۶"), since a Jalali name would cover other days.
    return locale.toString(first, usesJalali(locale) ? QStringLiteral("MMMM yyyy") : QStringLiteral("MMM yyyy"));
}

QString reportMonth(const QString &key, const QLocale &locale)
{
    return usesJalali(locale) ? monthKeyText(key, locale) : key;
}

QDate parseDate(QStringView text, const QLocale &locale)
{
    const QString ascii = text::normalized(text).trimmed();
    if (ascii.isEmpty())
        return QDate();
    const QStringList parts = ascii.split(QRegularExpression(QStringLiteral("[/\\-.\\s]+")), Qt::SkipEmptyParts);
    if (parts.size() == 3 && parts[0].size() == 4) {
        bool okY = false, okM = false, okD = false;
        const int y = parts[0].toInt(&okY), m = parts[1].toInt(&okM), d = parts[2].toInt(&okD);
        if (!okY || !okM || !okD)
            return QDate();
        const QCalendar cal = calendar(locale);
        return cal.isDateValid(y, m, d) ? cal.dateFromParts(y, m, d) : QDate();
    }
    if (usesJalali(locale))
        return QDate();
    return locale.toDate(ascii, QLocale::ShortFormat);
}

QString dateFormat(const QLocale &locale)
{
    return usesJalali(locale) ? jalaliShortFormat() : locale.dateFormat(QLocale::ShortFormat);
}

} // namespace karvan::display
