#include <catch2/catch.hpp>

#include "domain/money.h"

using namespace karvan;

TEST_CASE("money::parse reads decimals with at most two fraction digits exactly")
{
    CHECK(money::parse(u"399000") == 39900000);
    CHECK(money::parse(u"399000.5") == 39900050);
    CHECK(money::parse(u"399000.50") == 39900050);
    CHECK(money::parse(u"0.07") == 7);
    CHECK(money::parse(u"0") == 0);
    CHECK(money::parse(u"12345678901.99") == 1234567890199);
}

TEST_CASE("money::parse refuses malformed amounts with a reason")
{
    const struct { const char16_t *text; const char *why; } cases[] = {
        {u"-5", "negative amount"},
        {u"1.234", "more than two decimals"},
        {u"1,000", "thousands separators or ',' are not allowed"},
        {u"abc", "not a number"},
        {u"1.", "not a number"},
        {u".5", "not a number"},
        {u"1.2.3", "not a number"},
        {u"", "empty amount"},
        {u"99999999999999999999", "amount too large"},
    };
    for (const auto &c : cases) {
        QString why;
        INFO(QString::fromUtf16(c.text).toStdString());
        CHECK_FALSE(money::parse(QString::fromUtf16(c.text), &why).has_value());
        CHECK(why.toStdString() == c.why);
    }
}

TEST_CASE("money::format is canonical and parse accepts it back")
{
    CHECK(money::format(39900000) == "399000");
    CHECK(money::format(39900050) == "399000.50");
    CHECK(money::format(7) == "0.07");
    CHECK(money::format(0) == "0");
    CHECK(money::format(-150) == "-1.50");
    for (const qint64 v : {0LL, 1LL, 10LL, 99LL, 100LL, 12345LL, 49900000LL, 123456789012LL})
        CHECK(money::parse(money::format(v)) == v);
    CHECK(money::toMajor(39900050) == Approx(399000.5));
}
