// Dates, money and Persian text as people read them: the Jalali calendar with Persian digits,
// money in the database's currency, one normal form for search and duplicates, Persian sorting.
#include <catch2/catch.hpp>

#include "domain/displaydate.h"
#include "domain/displaymoney.h"
#include "domain/persiantext.h"

#include <QStringList>

#include <algorithm>

using namespace karvan;

namespace {

const QLocale fa(QLocale::Persian, QLocale::Iran);
const QLocale en(QLocale::English, QLocale::UnitedStates);

// Restores the process-wide choices a test changes.
struct DisplayGuard
{
    ~DisplayGuard()
    {
        display::setCalendar(display::CalendarChoice::Automatic);
        display::setCurrency(QString());
    }
};

} // namespace

TEST_CASE("a Persian reader sees Jalali dates in Persian digits")
{
    DisplayGuard guard;
    CHECK(display::usesJalali(fa));
    CHECK(!display::usesJalali(en));
    // Nowruz 1405 is 21 March 2026.
    CHECK(display::date(QDate(2026, 3, 21), fa) == QStringLiteral("۱۴۰۵/۰۱/۰۱"));
    CHECK(display::date(QDate(2026, 3, 20), fa) == QStringLiteral("۱۴۰۴/۱۲/۲۹"));
    CHECK(display::longDate(QDate(2026, 3, 21), fa) == QStringLiteral("۱ فروردین ۱۴۰۵"));
    CHECK(display::month(QDate(2026, 4, 25), fa) == QStringLiteral("اردیبهشت ۱۴۰۵"));
    CHECK(display::reportDate(QDate(2026, 3, 21), fa) == QStringLiteral("۱۴۰۵/۰۱/۰۱"));
    // An English reader keeps the Gregorian calendar and reports keep ISO dates.
    CHECK(display::date(QDate(2026, 3, 21), en) == en.toString(QDate(2026, 3, 21), QLocale::ShortFormat));
    CHECK(display::reportDate(QDate(2026, 3, 21), en) == QStringLiteral("2026-03-21"));
    CHECK(display::date(QDate(), fa).isEmpty());
}

TEST_CASE("a typed Jalali date is read back in any digits")
{
    DisplayGuard guard;
    CHECK(display::parseDate(u"۱۴۰۵/۰۱/۰۱", fa) == QDate(2026, 3, 21));
    CHECK(display::parseDate(u"1405/1/1", fa) == QDate(2026, 3, 21));
    CHECK(display::parseDate(u"١٤٠٤-١٢-٢٩", fa) == QDate(2026, 3, 20)); // Arabic-Indic digits
    CHECK(!display::parseDate(u"1404/12/31", fa).isValid());              // 1404 is not a leap year
    CHECK(!display::parseDate(u"1405/13/01", fa).isValid());
    CHECK(!display::parseDate(u"", fa).isValid());
    CHECK(!display::parseDate(u"فردا", fa).isValid());
    // Every day of a year round-trips through the screen form.
    for (QDate d(2025, 3, 1); d < QDate(2026, 4, 1); d = d.addDays(1))
        REQUIRE(display::parseDate(display::date(d, fa), fa) == d);
    // In Gregorian, ISO and the locale's short form are read.
    CHECK(display::parseDate(u"2026-03-21", en) == QDate(2026, 3, 21));
    CHECK(display::parseDate(display::date(QDate(2026, 3, 21), en), en).day() == 21);
}

TEST_CASE("the calendar setting overrides the language's")
{
    DisplayGuard guard;
    display::setCalendar(display::CalendarChoice::Gregorian);
    CHECK(!display::usesJalali(fa));
    CHECK(display::parseDate(u"2026-03-21", fa) == QDate(2026, 3, 21));
    display::setCalendar(display::CalendarChoice::Jalali);
    CHECK(display::usesJalali(en));
    CHECK(display::date(QDate(2026, 3, 21), en) == QStringLiteral("1405/01/01"));
    for (auto c : {display::CalendarChoice::Automatic, display::CalendarChoice::Gregorian, display::CalendarChoice::Jalali})
        CHECK(display::calendarFromKey(display::calendarKey(c)) == c);
}

TEST_CASE("money shows in the currency, Toman and Rial without decimals")
{
    DisplayGuard guard;
    CHECK(display::money(1234500, u"IRT", fa) == QStringLiteral("۱۲٬۳۴۵\u00a0تومان"));
    CHECK(display::money(1234500, u"IRT", en) == QStringLiteral("12,345 Toman"));
    CHECK(display::money(1234550, u"IRR", en) == QStringLiteral("12,346 Rial")); // rounded
    CHECK(display::money(1234500, u"USD", en) == QStringLiteral("$12,345.00"));
    CHECK(display::money(1234567, u"EUR", en) == QStringLiteral("€12,345.67"));
    CHECK(display::money(-1200, u"USD", en) == QStringLiteral("-$12.00"));
    CHECK(display::money(-1234500, u"IRT", en) == QStringLiteral("-12,345 Toman"));
    CHECK(display::money(39900000, u"IRT", fa).startsWith(QStringLiteral("۳۹۹٬۰۰۰")));
    CHECK(display::money(1234500, u"USD", fa).endsWith(QStringLiteral("دلار")));
    // No currency chosen: the plain number with two decimals, as before.
    CHECK(display::money(1234500, u"", en) == QStringLiteral("12,345.00"));
    CHECK(display::moneyValue(std::nullopt, u"IRT", en) == QStringLiteral("n/a"));
    CHECK(display::moneyValue(1234500.4, u"IRT", en) == QStringLiteral("12,345 Toman"));
    // The process currency is used when none is named.
    display::setCurrency(QStringLiteral("IRT"));
    CHECK(display::money(100, u"IRT", QLocale()) == display::money(100));
    CHECK(display::currencyName(u"IRT", fa) == QStringLiteral("تومان"));
    CHECK(display::currencyName(u"USD", en) == QStringLiteral("$"));
}

TEST_CASE("Persian text normalises Arabic letters, zero-width characters and digits")
{
    CHECK(text::normalized(u"علي") == QStringLiteral("علی"));
    CHECK(text::normalized(u"كاروان") == QStringLiteral("کاروان"));
    CHECK(text::normalized(u"می\u200cروم") == QStringLiteral("میروم"));
    CHECK(text::normalized(u"\u200fنام\u200b") == QStringLiteral("نام"));
    CHECK(text::normalized(u"۱۲۳٤٥") == QStringLiteral("12345"));
    CHECK(text::normalized(u"Acme Ltd") == QStringLiteral("Acme Ltd"));
    CHECK(text::searchKey(u"ACME") == text::searchKey(u"acme"));
    CHECK(text::searchKey(u"شركت كاروان\u200cسرا") == text::searchKey(u"شرکت کاروانسرا"));
    // The ASCII fast path folds case exactly as the general one.
    for (const QString &s : {QStringLiteral("Acme LTD, ACC-0042 @ Tabriz"), QStringLiteral("[Z]`a{}~\x7f"), QString()})
        CHECK(text::searchKey(s) == s.toCaseFolded());
    CHECK(text::searchKey(u"Café ÉTÉ") == QStringLiteral("café été"));
    CHECK(text::searchKey(u"ACME كاروان") == QStringLiteral("acme کاروان"));
}

TEST_CASE("Persian names sort in the Persian alphabet")
{
    // Code-point order would put ت before پ, ح before چ and ل before گ.
    QStringList names{QStringLiteral("لادن"), QStringLiteral("تهران"), QStringLiteral("گلستان"),
                      QStringLiteral("پارس"), QStringLiteral("حافظ"), QStringLiteral("چمران"),
                      QStringLiteral("آرش"), QStringLiteral("یاس"), QStringLiteral("ژاله")};
    const QCollator c = text::collator(fa);
    std::sort(names.begin(), names.end(), [&c](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
    CHECK(names == QStringList{QStringLiteral("آرش"), QStringLiteral("پارس"), QStringLiteral("تهران"),
                               QStringLiteral("چمران"), QStringLiteral("حافظ"), QStringLiteral("ژاله"),
                               QStringLiteral("گلستان"), QStringLiteral("لادن"), QStringLiteral("یاس")});
    // Numbers in numeric order, case ignored.
    const QCollator e = text::collator(en);
    CHECK(e.compare(QStringLiteral("Acme 9"), QStringLiteral("acme 10")) < 0);
}
