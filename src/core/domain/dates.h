#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// Dates and months as Karvan writes them (contract.md): a day is "YYYY-MM-DD", a month
// "YYYY-MM". One parser and one formatter for each, used by the importers, the stores, the
// metrics, the generator and the command line.
namespace karvan::dates {

// "YYYY-MM" as a month number (year * 12 + month - 1), comparable and subtractable;
// -1 unless the text is exactly four digits, '-', two digits, with a month of 1 to 12.
int monthNumber(QStringView text);
// The month number of the month that holds `date`; -1 for an invalid date.
int monthNumber(QDate date);
// "YYYY-MM" as the first day of that month; an invalid date unless monthNumber(text) >= 0.
QDate parseMonth(QStringView text);
// The month of `date` as "YYYY-MM"; empty for an invalid date.
QString monthKey(QDate date);

// "YYYY-MM-DD" exactly (ten characters, a real day, year 1 or later); an invalid date otherwise.
QDate parseDate(QStringView text);
// Whether parseDate(text) is valid.
bool isDate(QStringView text);
// A date as stored: parseDate, falling back to Qt's ISO 8601 parser for anything longer (a
// timestamp); an invalid date for an empty text.
QDate fromStored(const QString &text);
// The date as "YYYY-MM-DD"; empty for an invalid date.
QString dateKey(QDate date);

} // namespace karvan::dates
