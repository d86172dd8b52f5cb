// Dates and months as Karvan writes them: one parser and one formatter each.
#include <catch2/catch.hpp>

#include "domain/dates.h"

using namespace karvan;

TEST_CASE("months parse, number and format one way")
{
    CHECK(dates::monthNumber(u"2025-01") == 2025 * 12);
    CHECK(dates::monthNumber(u"2025-12") == 2025 * 12 + 11);
    CHECK(dates::monthNumber(QDate(2025, 12, 31)) == dates::monthNumber(u"2025-12"));
    CHECK(dates::monthNumber(u"2025-02") - dates::monthNumber(u"2024-11") == 3);
    for (const char16_t *bad : {u"", u"2025-13", u"2025-00", u"2025-1", u"25-01", u"2025/01",
                                u"2025-01-01", u"0000-01", u"20x5-01"})
        CHECK(dates::monthNumber(QStringView(bad)) == -1);
    CHECK(dates::monthNumber(QDate()) == -1);
    CHECK(dates::parseMonth(u"2024-02") == QDate(2024, 2, 1));
    CHECK(!dates::parseMonth(u"2024-2").isValid());
    CHECK(dates::monthKey(QDate(2024, 2, 29)) == QStringLiteral("2024-02"));
    CHECK(dates::monthKey(QDate()).isEmpty());
}

TEST_CASE("days parse strictly and format as YYYY-MM-DD")
{
    CHECK(dates::parseDate(u"2024-02-29") == QDate(2024, 2, 29));
    CHECK(dates::isDate(u"2024-02-29"));
    for (const char16_t *bad : {u"", u"2023-02-29", u"2024-2-29", u"2024-02-29T10:00", u"2024/02/29",
                                u"0000-01-01", u" 2024-02-29"})
        CHECK(!dates::isDate(QStringView(bad)));
    CHECK(dates::dateKey(QDate(2024, 3, 1)) == QStringLiteral("2024-03-01"));
    CHECK(dates::dateKey(QDate()).isEmpty());
    CHECK(dates::fromStored(QStringLiteral("2024-03-01")) == QDate(2024, 3, 1));
    CHECK(dates::fromStored(QStringLiteral("2024-03-01T10:20:30Z")) == QDate(2024, 3, 1));
    CHECK(!dates::fromStored(QString()).isValid());
}
