#pragma once

#include <QCalendar>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringView>

// Dates as people read them on screen and in reports: in the Jalali calendar with Persian
// digits for a Persian reader ("۱۴۰۵/۰۱/۰۱"), else in the locale's own form. The one place that
// turns a date into screen text and a typed date back into a date. Files, JSON and the database
// keep "YYYY-MM-DD" (dates.h).
namespace karvan::display {

// The calendar of dates on screen: Automatic is Jalali when the locale's language is Persian
// and Gregorian otherwise.
enum class CalendarChoice { Automatic, Gregorian, Jalali };

// The choice for this process (the app sets it from its settings when it starts).
void setCalendar(CalendarChoice choice);
CalendarChoice calendarChoice();
// "" (automatic), "gregorian", "jalali": the keys kept in the app's settings.
QString calendarKey(CalendarChoice choice);
CalendarChoice calendarFromKey(QStringView key);

// Whether dates show in the Jalali calendar for this locale under the current choice.
bool usesJalali(const QLocale &locale = QLocale());
QCalendar calendar(const QLocale &locale = QLocale());

// A day, short: Jalali "yyyy/MM/dd" in the locale's digits, else the locale's short format;
// empty for an invalid date.
QString date(QDate day, const QLocale &locale = QLocale());
// A day, written out: "۱ فروردین ۱۴۰۵", "21 March 2026".
QString longDate(QDate day, const QLocale &locale = QLocale());
// A day in a report: as date() in Jalali, else "YYYY-MM-DD" (the form reports have always had).
QString reportDate(QDate day, const QLocale &locale = QLocale());
// A moment, short, in local time.
QString dateTime(const QDateTime &moment, const QLocale &locale = QLocale());
// The month that holds the day: "فروردین ۱۴۰۵", "Mar 2026".
QString month(QDate day, const QLocale &locale = QLocale());
// A month written "YYYY-MM" (a revenue month, a period's bound: always a Gregorian month) in the
// locale's words and digits ("مارس ۲۰۲۶", "Mar 2026"); the text itself when it is not a month.
QString monthKeyText(const QString &key, const QLocale &locale = QLocale());

// A month "YYYY-MM" in a report: monthKeyText() for a Jalali reader, else the key itself (the
// form reports have always had).
QString reportMonth(const QString &key, const QLocale &locale = QLocale());

// A date the user typed: year, month and day in that order, separated by '/', '-' or '.',
// in ASCII, Persian or Arabic-Indic digits, read in the display calendar (a Jalali date when
// usesJalali); in Gregorian the locale's short format is accepted too. Invalid when it is not
// a real day.
QDate parseDate(QStringView text, const QLocale &locale = QLocale());
// The format a date field shows in the display calendar ("yyyy/MM/dd" or the locale's).
QString dateFormat(const QLocale &locale = QLocale());

} // namespace karvan::display
