#include "domain/dates.h"

namespace karvan::dates {

namespace {

bool digits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

int monthNumber(QStringView text)
{
    if (text.size() != 7 || text[4] != QLatin1Char('-') || !digits(text.left(4)) || !digits(text.mid(5)))
        return -1;
    const int year = text.left(4).toInt();
    const int month = text.mid(5).toInt();
    if (year < 1 || month < 1 || month > 12)
        return -1;
    return year * 12 + month - 1;
}

int monthNumber(QDate date)
{
    return date.isValid() ? date.year() * 12 + date.month() - 1 : -1;
}

QDate parseMonth(QStringView text)
{
    const int number = monthNumber(text);
    return number < 0 ? QDate() : QDate(number / 12, number % 12 + 1, 1);
}

QString monthKey(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM")) : QString();
}

QDate parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-')
        || !digits(text.left(4)) || !digits(text.mid(5, 2)) || !digits(text.mid(8)))
        return {};
    const int year = text.left(4).toInt();
    if (year < 1)
        return {};
    return QDate(year, text.mid(5, 2).toInt(), text.mid(8).toInt());
}

bool isDate(QStringView text)
{
    return parseDate(text).isValid();
}

QDate fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QDate d = parseDate(text);
    return d.isValid() ? d : QDate::fromString(text, Qt::ISODate);
}

QString dateKey(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace karvan::dates
