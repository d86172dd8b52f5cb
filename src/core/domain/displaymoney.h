#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// Money as people read it on screen and in reports: in the database's currency, with its
// symbol or name as the locale writes it ("۱۲٬۳۴۵ تومان", "12,345 Toman", "$12,345.00"); Toman
// and Rial without decimals. Amounts stay integer minor units everywhere else (money.h); the
// command line and files keep their own forms.
namespace karvan::display {

// The currency of the money shown in this process: a key of currencies() (IRT, IRR, USD, ...),
// set by the app when a database opens. Empty (the default): plain numbers with two decimals.
void setCurrency(const QString &code);
QString currency();

// Whole units only (Toman, Rial) or cents.
int moneyDecimals(QStringView code);
// The amount with the currency's symbol or name; negative amounts keep their sign.
QString money(qint64 minor, QStringView code, const QLocale &locale = QLocale());
QString money(qint64 minor);
// A computed amount (a mean per customer) that may be missing: "n/a" when it is.
QString moneyValue(const std::optional<double> &minor, QStringView code, const QLocale &locale = QLocale());
QString moneyValue(const std::optional<double> &minor);
// The amount without the currency, for a table column whose header names it.
QString amount(qint64 minor, QStringView code, const QLocale &locale = QLocale());
QString amount(qint64 minor);
// The currency's short name for a column or an axis title ("Toman", "تومان", "$"); empty
// without a currency.
QString currencyName(QStringView code, const QLocale &locale = QLocale());
QString currencyName();

// A number in the locale's digits and separators: "۱۲٬۳۴۵", "12,345", "۴۵٫۵".
QString number(qint64 value, const QLocale &locale = QLocale());
QString number(double value, int decimals, const QLocale &locale = QLocale());
// A number already written the ASCII way ("12,345.50", "-3.5%", "59") in the locale's digits
// and signs ("۱۲٬۳۴۵٫۵۰", "-۳٫۵٪"); unchanged where the locale writes ASCII digits. For text
// made by code that also writes files (the command line's tables), shown to a reader.
QString digits(const QString &ascii, const QLocale &locale = QLocale());

} // namespace karvan::display
