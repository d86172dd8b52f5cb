#include "domain/money.h"

#include <limits>

namespace karvan::money {

namespace {

bool fail(QString *why, const char *reason)
{
    if (why)
        *why = QString::fromLatin1(reason);
    return false;
}

} // namespace

std::optional<qint64> parse(QStringView text, QString *why)
{
    if (text.isEmpty()) {
        fail(why, "empty amount");
        return std::nullopt;
    }
    if (text.front() == QLatin1Char('-')) {
        fail(why, "negative amount");
        return std::nullopt;
    }
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 100 - 1;
    qint64 whole = 0;
    qint64 fraction = 0;
    int intDigits = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('.')) {
            if (seenPoint) {
                fail(why, "not a number");
                return std::nullopt;
            }
            seenPoint = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            fail(why, c == QLatin1Char(',') ? "thousands separators or ',' are not allowed"
                                            : "not a number");
            return std::nullopt;
        }
        const int digit = c.unicode() - '0';
        if (seenPoint) {
            if (++fractionDigits > 2) {
                fail(why, "more than two decimals");
                return std::nullopt;
            }
            fraction = fraction * 10 + digit;
        } else {
            ++intDigits;
            if (whole > (kMax - digit) / 10) {
                fail(why, "amount too large");
                return std::nullopt;
            }
            whole = whole * 10 + digit;
        }
    }
    if (intDigits == 0 || (seenPoint && fractionDigits == 0)) {
        fail(why, "not a number");
        return std::nullopt;
    }
    if (fractionDigits == 1)
        fraction *= 10;
    return whole * 100 + fraction;
}

QString format(qint64 minor)
{
    const bool negative = minor < 0;
    // Work with the magnitude as unsigned so that the smallest qint64 does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = QString::number(magnitude / 100);
    const quint64 cents = magnitude % 100;
    if (cents != 0)
        text += QLatin1Char('.') + QString::number(cents).rightJustified(2, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

double toMajor(qint64 minor)
{
    return double(minor) / 100.0;
}

} // namespace karvan::money
