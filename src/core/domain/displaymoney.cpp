#include "domain/displaymoney.h"

#include <QCoreApplication>
#include <QMutex>

#include <cmath>

namespace karvan::display {

namespace {

QMutex g_mutex;
QString g_currency;

// The locale with thousands separators even where it omits them by default (the C locale).
QLocale grouped(const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return l;
}

bool persian(const QLocale &locale)
{
    return locale.language() == QLocale::Persian;
}

struct Currency
{
    const char16_t *code;
    const char16_t *symbol;     // written before the amount in English
    const char16_t *persianName; // written after the amount in Persian
    const char16_t *englishName; // written after the amount when there is no symbol
};

constexpr Currency kCurrencies[] = {
    {u"IRT", nullptr, u"تومان", u"Toman"},
    {u"IRR", nullptr, u"ریال", u"Rial"},
    {u"USD", u"$", u"دلار", nullptr},
    {u"EUR", u"€", u"یورو", nullptr},
    {u"GBP", u"£", u"پوند", nullptr},
    {u"AED", nullptr, u"درهم", u"AED"},
    {u"TRY", u"₺", u"لیر", nullptr},
};

const Currency *find(QStringView code)
{
    for (const Currency &c : kCurrencies) {
        if (code == QStringView(c.code))
            return &c;
    }
    return nullptr;
}

} // namespace

void setCurrency(const QString &code)
{
    const QMutexLocker lock(&g_mutex);
    g_currency = code;
}

QString currency()
{
    const QMutexLocker lock(&g_mutex);
    return g_currency;
}

int moneyDecimals(QStringView code)
{
    return code == u"IRT" || code == u"IRR" ? 0 : 2;
}

QString amount(qint64 minor, QStringView code, const QLocale &locale)
{
    const int decimals = moneyDecimals(code);
    if (decimals == 0) {
        // Whole units, rounded half away from zero, without going through floating point.
        const qint64 whole = (minor >= 0 ? minor + 50 : minor - 50) / 100;
        return grouped(locale).toString(whole);
    }
    return grouped(locale).toString(double(minor) / 100.0, 'f', decimals);
}

QString amount(qint64 minor)
{
    return amount(minor, currency());
}

QString currencyName(QStringView code, const QLocale &locale)
{
    const Currency *c = find(code);
    if (!c)
        return code.toString();
    if (persian(locale))
        return QString::fromUtf16(c->persianName);
    return QString::fromUtf16(c->symbol ? c->symbol : c->englishName);
}

QString currencyName()
{
    return currencyName(currency());
}

QString money(qint64 minor, QStringView code, const QLocale &locale)
{
    const QString number = amount(minor, code, locale);
    const Currency *c = find(code);
    if (!c)
        return code.isEmpty() ? number : number + QLatin1Char(' ') + code.toString();
    if (persian(locale))
        return number + QChar(0x00A0) + QString::fromUtf16(c->persianName);
    if (c->symbol) {
        // "$12,345.00", "-$12.00"
        if (minor < 0)
            return QLatin1Char('-') + QString::fromUtf16(c->symbol) + amount(-minor, code, locale);
        return QString::fromUtf16(c->symbol) + number;
    }
    return number + QLatin1Char(' ') + QString::fromUtf16(c->englishName);
}

QString money(qint64 minor)
{
    return money(minor, currency());
}

QString moneyValue(const std::optional<double> &minor, QStringView code, const QLocale &locale)
{
    if (!minor || !std::isfinite(*minor))
        return QCoreApplication::translate("karvan::display", "n/a");
    return money(std::llround(*minor), code, locale);
}

QString moneyValue(const std::optional<double> &minor)
{
    return moneyValue(minor, currency());
}

QString number(qint64 value, const QLocale &locale)
{
    return grouped(locale).toString(value);
}

QString number(double value, int decimals, const QLocale &locale)
{
    return grouped(locale).toString(value, 'f', decimals);
}

QString digits(const QString &ascii, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0") || zero.size() != 1)
        return ascii;
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString percent = locale.percent();
    QString shown;
    shown.reserve(ascii.size());
    for (const QChar c : ascii) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            shown += QChar(zero.at(0).unicode() + (c.unicode() - '0'));
        else if (c == QLatin1Char('.'))
            shown += decimal;
        else if (c == QLatin1Char(','))
            shown += group;
        else if (c == QLatin1Char('%'))
            shown += percent;
        else
            shown += c;
    }
    return shown;
}

} // namespace karvan::display
