#include <catch2/catch.hpp>

#include "storage/database.h"
#include "accounts/duplicatefinder.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

using namespace karvan;

namespace {

void addAccount(const QSqlDatabase &db, int id, const QString &name)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO accounts (id, ext_id, name, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')"));
    q.addBindValue(id);
    q.addBindValue(QStringLiteral("ACC-%1").arg(id, 4, 10, QLatin1Char('0')));
    q.addBindValue(name);
    sql::exec(q);
}

void addField(const QSqlDatabase &db, int account, const QString &field, const QString &value)
{
    QSqlQuery f = sql::prepare(db, QStringLiteral(
        "INSERT INTO custom_fields (name, position) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
    f.addBindValue(field);
    sql::exec(f);
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "INSERT INTO account_fields (account_id, field_id, value) SELECT ?, id, ? FROM custom_fields WHERE name = ?"));
    q.addBindValue(account);
    q.addBindValue(value);
    q.addBindValue(field);
    sql::exec(q);
}

} // namespace

TEST_CASE("names are normalised before they are compared")
{
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("ACME Trading Co., Ltd.")) == QLatin1String("acme trading"));
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("Acme-Trading, Inc")) == QLatin1String("acme trading"));
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("Smith & Sons")) == QLatin1String("smith and sons"));
    // Persian: the legal words go, Arabic yeh/kaf become Persian, the ZWNJ goes (as in the
    // book's search: domain/persiantext.h), so the word is the same with or without it.
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("شرکت داده\u200Cپردازان سهامی خاص"))
          == QStringLiteral("دادهپردازان"));
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("شركت داده\u200Cپردازان"))
          == DuplicateFinder::normaliseName(QStringLiteral("شرکت دادهپردازان")));
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("كيان")) == DuplicateFinder::normaliseName(QStringLiteral("کیان")));
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("آلفا ۲۴")) == DuplicateFinder::normaliseName(QStringLiteral("آلفا 24")));
    CHECK(DuplicateFinder::normaliseName(QStringLiteral("Ltd")) == QLatin1String("ltd"));
}

TEST_CASE("trigram similarity")
{
    CHECK(DuplicateFinder::similarity(QStringLiteral("acme"), QStringLiteral("acme")) == 1.0);
    CHECK(DuplicateFinder::similarity(QStringLiteral("acme"), QString()) == 0.0);
    const double close = DuplicateFinder::similarity(QStringLiteral("northwind traders"), QStringLiteral("northwind trader"));
    const double far = DuplicateFinder::similarity(QStringLiteral("northwind traders"), QStringLiteral("contoso"));
    CHECK(close > 0.85);
    CHECK(far < 0.2);
    CHECK(DuplicateFinder::similarity(QStringLiteral("ab"), QStringLiteral("ba"))
          == DuplicateFinder::similarity(QStringLiteral("ba"), QStringLiteral("ab")));
}

TEST_CASE("key-like fields")
{
    CHECK(DuplicateFinder::isKeyLikeField(QStringLiteral("domain")));
    CHECK(DuplicateFinder::isKeyLikeField(QStringLiteral("Tax_ID")));
    CHECK(DuplicateFinder::isKeyLikeField(QStringLiteral("website")));
    CHECK(DuplicateFinder::isKeyLikeField(QStringLiteral("vat_number")));
    CHECK_FALSE(DuplicateFinder::isKeyLikeField(QStringLiteral("region")));
    CHECK_FALSE(DuplicateFinder::isKeyLikeField(QStringLiteral("plan")));
}

TEST_CASE("likely duplicates are found with their reasons")
{
    Database db(QStringLiteral(":memory:"));
    const QSqlDatabase c = db.connection();
    addAccount(c, 1, QStringLiteral("Acme Trading Ltd"));
    addAccount(c, 2, QStringLiteral("ACME Trading, Inc."));
    addAccount(c, 3, QStringLiteral("Northwind Traders"));
    addAccount(c, 4, QStringLiteral("Contoso"));
    addAccount(c, 5, QStringLiteral("Fabrikam Group Holding"));
    addAccount(c, 6, QStringLiteral("شرکت کیان"));
    addAccount(c, 7, QStringLiteral("كيان"));
    addAccount(c, 8, QStringLiteral("Northwind Trading Company Europe"));
    addField(c, 3, QStringLiteral("domain"), QStringLiteral("northwind.example"));
    addField(c, 8, QStringLiteral("domain"), QStringLiteral("northwind.example"));
    addField(c, 4, QStringLiteral("region"), QStringLiteral("north"));
    addField(c, 5, QStringLiteral("region"), QStringLiteral("north"));

    const QList<DuplicatePair> pairs = DuplicateFinder(c).find();
    QStringList found;
    for (const DuplicatePair &p : pairs)
        found << QStringLiteral("%1-%2").arg(p.firstExtId, p.secondExtId);
    CHECK(found.size() == 3);
    CHECK(found.contains(QStringLiteral("ACC-0001-ACC-0002")));
    CHECK(found.contains(QStringLiteral("ACC-0006-ACC-0007")));
    CHECK(found.contains(QStringLiteral("ACC-0003-ACC-0008"))); // names differ, the domain is the same
    CHECK_FALSE(found.contains(QStringLiteral("ACC-0004-ACC-0005"))); // region is not a key

    for (const DuplicatePair &p : pairs) {
        if (p.firstId == 1) {
            CHECK(p.nameSimilarity == 1.0);
            CHECK(p.reasons == QStringList{QStringLiteral("same name once normalised")});
        }
        if (p.firstId == 3) {
            CHECK(p.nameSimilarity < 0.8);
            CHECK(p.sameFields == QStringList{QStringLiteral("domain")});
            CHECK(p.reasons == QStringList{QStringLiteral("same domain (northwind.example)")});
        }
    }
    // Sorted best first.
    for (int i = 1; i < pairs.size(); ++i)
        CHECK(pairs.at(i - 1).score >= pairs.at(i).score);
}

TEST_CASE("a threshold of 1 keeps only identical normalised names")
{
    Database db(QStringLiteral(":memory:"));
    addAccount(db.connection(), 1, QStringLiteral("Northwind Traders"));
    addAccount(db.connection(), 2, QStringLiteral("Northwind Trader"));
    DuplicateFinder finder(db.connection());
    CHECK(finder.find().size() == 1);
    finder.setThreshold(1.0);
    CHECK(finder.find().isEmpty());
}

TEST_CASE("Persian names with and without ZWNJ or Arabic letters are the same name")
{
    Database db(QStringLiteral(":memory:"));
    addAccount(db.connection(), 1, QStringLiteral("کاروان\u200cسرای پارس"));
    addAccount(db.connection(), 2, QStringLiteral("كاروانسراي پارس"));
    addAccount(db.connection(), 3, QStringLiteral("پارس‌نگار"));
    DuplicateFinder finder(db.connection());
    finder.setThreshold(1.0);
    const QList<DuplicatePair> pairs = finder.find();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.first().firstId == 1);
    CHECK(pairs.first().secondId == 2);
    CHECK(pairs.first().nameSimilarity == 1.0);
}
