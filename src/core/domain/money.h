#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace karvan::money {

// Money is stored as integer minor units (1/100 of the currency unit), never as a binary
// floating-point number.

// Parses a decimal amount: digits, optionally '.' and one or two fraction digits; no sign, no
// thousands separators, no spaces. Returns std::nullopt and sets *why (when given) to a short
// reason ("negative amount", "more than two decimals", "not a number", "too large", "empty")
// on failure.
std::optional<qint64> parse(QStringView text, QString *why = nullptr);

// The canonical text that parse() accepts: "399000" when whole, else two fraction digits
// ("399000.50"). Negative values are written with a leading '-'.
QString format(qint64 minor);

// The amount in major units (for JSON and charts): 39900050 -> 399000.5.
double toMajor(qint64 minor);

} // namespace karvan::money
