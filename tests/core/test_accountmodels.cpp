#include <catch2/catch.hpp>

#include "test_accountfixture.h"

#include "models/accountfiltermodel.h"
#include "models/accountlistmodel.h"
#include "models/accountrecordmodel.h"
#include "accounts/accountbook.h"
#include "accounts/accounteditor.h"
#include "accounts/savedfilters.h"
#include "domain/errors.h"

#include <QAbstractItemModelTester>

using namespace karvan;
using namespace karvan::testing;

namespace {

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, AccountListModel::Name).data().toString();
    return out;
}

} // namespace

TEST_CASE("the list model shows the book and passes the model tester")
{
    AccountFixture f;
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(f.today);
    model.setRows(AccountBook(f.db).loadBook());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == AccountListModel::ColumnCount);
    const int acme = model.indexOf(f.acme);
    REQUIRE(acme >= 0);
    CHECK(model.index(acme, AccountListModel::Stage).data().toString() == QStringLiteral("Implementation"));
    CHECK(model.index(acme, AccountListModel::Health).data().toString() == QStringLiteral("Red 48"));
    CHECK(model.index(acme, AccountListModel::Health).data(AccountListModel::BandRole).toInt() == int(Band::Red));
    CHECK(model.index(acme, AccountListModel::Trend).data().toString().contains(QStringLiteral("down")));
    CHECK(model.index(acme, AccountListModel::Mrr).data(AccountListModel::SortRole).toDouble() == 120050.0);
    CHECK(model.index(acme, AccountListModel::LastContact).data().toString() == QStringLiteral("5 days"));
    CHECK(model.index(acme, AccountListModel::LastContact).data(AccountListModel::SortRole).toDouble() == 5.0);
    const int gamma = model.indexOf(f.gamma);
    CHECK(model.index(gamma, AccountListModel::Health).data().toString() == QStringLiteral("No data"));
    CHECK(model.index(gamma, AccountListModel::LastContact).data().toString() == QStringLiteral("never"));

    // A single-row refresh after an edit, and a removal.
    AccountEditor editor(f.db, QStringLiteral("t"));
    AccountBook book(f.db);
    editor.setProfileValue(f.acme, QStringLiteral("name"), QStringLiteral("Acme Holdings"));
    model.updateRow(f.acme, book.loadRow(f.acme));
    CHECK(model.index(model.indexOf(f.acme), 0).data().toString() == QStringLiteral("Acme Holdings"));
    model.updateRow(f.gamma, std::nullopt);
    CHECK(model.rowCount() == 2);
    CHECK(model.indexOf(f.gamma) == -1);
    CHECK(model.indexOf(f.beta) >= 0);
}

TEST_CASE("the filter model filters as you type, by band, renewal, contact and owner, and sorts raw values")
{
    AccountFixture f;
    AccountListModel model;
    model.setToday(f.today);
    model.setRows(AccountBook(f.db).loadBook());
    AccountFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setListModel(&model);
    CHECK(proxy.rowCount() == 3);

    proxy.setText(QStringLiteral("acme"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Acme Corp")});
    proxy.setText(QStringLiteral("FINANCE"));          // industry, any case
    CHECK(names(proxy) == QStringList{QStringLiteral("Beta Ltd")});
    proxy.setText(QStringLiteral("tabriz"));           // a custom field value
    CHECK(names(proxy) == QStringList{QStringLiteral("Beta Ltd")});
    proxy.setText(QStringLiteral("alice"));            // the owner
    CHECK(names(proxy) == QStringList{QStringLiteral("Acme Corp")});
    proxy.setText(QStringLiteral("گاما"));
    CHECK(proxy.rowCount() == 1);
    proxy.setText(QStringLiteral("acme finance"));     // every word must match
    CHECK(proxy.rowCount() == 0);
    proxy.setText(QString());

    AccountFilterSpec spec;
    spec.band = Band::Red;
    proxy.setSpec(spec);
    CHECK(names(proxy) == QStringList{QStringLiteral("Acme Corp")});
    spec.band = Band::Insufficient;
    proxy.setSpec(spec);
    CHECK(proxy.rowCount() == 1);
    spec = AccountFilterSpec{};
    spec.renewalWithinDays = 60;                       // 2026-04-01 and 2026-05-01 from 03-15
    proxy.setSpec(spec);
    CHECK(proxy.rowCount() == 2);
    spec.renewalWithinDays = 20;
    proxy.setSpec(spec);
    CHECK(proxy.rowCount() == 1);
    spec = AccountFilterSpec{};
    spec.notContactedDays = 30;                        // Beta (Dec) and Gamma (never)
    proxy.setSpec(spec);
    CHECK(proxy.rowCount() == 2);
    proxy.setSpec(AccountFilterSpec{});

    proxy.setOwnerEmail(QStringLiteral("bob@example.com"));
    proxy.setMineOnly(true);
    CHECK(proxy.rowCount() == 1);
    proxy.setMineOnly(false);

    proxy.sort(AccountListModel::Mrr, Qt::DescendingOrder);
    CHECK(names(proxy).first() == QStringLiteral("Beta Ltd"));   // 50,000.00 before 1,200.50
    proxy.sort(AccountListModel::Health, Qt::AscendingOrder);
    CHECK(names(proxy).first() == QStringLiteral("شرکت گاما"));  // no score sorts first
    CHECK(names(proxy).last() == QStringLiteral("Beta Ltd"));
    proxy.sort(AccountListModel::Name, Qt::AscendingOrder);
    CHECK(names(proxy) == (QStringList{QStringLiteral("Acme Corp"), QStringLiteral("Beta Ltd"), QStringLiteral("شرکت گاما")}));
}

TEST_CASE("filter specs round-trip through JSON and saved filters")
{
    AccountFixture f;
    AccountFilterSpec spec;
    spec.text = QStringLiteral("acme");
    spec.band = Band::Red;
    spec.renewalWithinDays = 90;
    CHECK(AccountFilterSpec::fromJson(spec.toJson()) == spec);
    CHECK(AccountFilterSpec{}.isEmpty());
    CHECK_FALSE(spec.isEmpty());

    SavedFilters saved(f.db, QStringLiteral("t"));
    const qint64 id = saved.save(QStringLiteral("red, renewing in 90 days"), spec);
    spec.renewalWithinDays = 30;
    CHECK(saved.save(QStringLiteral("red, renewing in 90 days"), spec) == id);  // replaced
    const auto all = saved.list();
    REQUIRE(all.size() == 1);
    CHECK(all[0].spec.renewalWithinDays == 30);
    CHECK(all[0].spec.band == Band::Red);
    CHECK(text(f.db, "SELECT spec FROM saved_filters") == QStringLiteral(R"({"band":"red","renewal_within_days":30,"text":"acme"})"));
    CHECK_THROWS_AS(saved.save(QStringLiteral(" "), spec), DataError);
    saved.remove(id);
    CHECK(saved.list().empty());
}

TEST_CASE("the record model forwards edits to its handler and never writes itself")
{
    AccountRecordModel model({QStringLiteral("Field"), QStringLiteral("Value")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<AccountRecordModel::Row> rows(2);
    rows[0].id = 7;
    rows[0].cells = {{QStringLiteral("Region"), {}, {}, {}}, {QStringLiteral("Tabriz"), {}, {}, {}}};
    rows[1].id = 8;
    rows[1].cells = {{QStringLiteral("Tier"), {}, {}, {}}, {QString(), {}, {}, {}}};
    model.setRows(rows);
    CHECK(model.rowCount() == 2);
    CHECK_FALSE(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    qint64 editedId = 0;
    QVariant editedValue;
    model.setEditable(1, [&](qint64 id, int, const QVariant &v) {
        editedId = id;
        editedValue = v;
        return true;
    });
    CHECK(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    CHECK(model.setData(model.index(1, 1), QStringLiteral("Gold")));
    CHECK(editedId == 8);
    CHECK(editedValue.toString() == QStringLiteral("Gold"));
    CHECK(model.index(1, 1).data().toString().isEmpty());  // unchanged until the refresh
    CHECK_FALSE(model.setData(model.index(0, 1), QStringLiteral("Tabriz")));  // same value
    CHECK(model.index(0, 0).data(AccountRecordModel::RecordIdRole).toLongLong() == 7);
}

TEST_CASE("the book finds Persian names however ی, ک and the ZWNJ are typed, and sorts them in Persian order")
{
    AccountFixture f;
    AccountEditor editor(f.db, QStringLiteral("t"));
    AccountBook book(f.db);
    editor.setProfileValue(f.acme, QStringLiteral("name"), QStringLiteral("کاروان\u200cسرای پارس"));
    editor.setProfileValue(f.beta, QStringLiteral("name"), QStringLiteral("پارس"));
    editor.setProfileValue(f.gamma, QStringLiteral("name"), QStringLiteral("تهران"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    AccountListModel model;
    model.setToday(f.today);
    model.setRows(book.loadBook());
    AccountFilterModel proxy;
    proxy.setListModel(&model);

    // Arabic kaf and yeh, no ZWNJ: the same name.
    proxy.setText(QStringLiteral("كاروانسراي"));
    CHECK(names(proxy) == QStringList{QStringLiteral("کاروان\u200cسرای پارس")});
    // Written with the ZWNJ and Persian letters, in two words: found too.
    proxy.setText(QStringLiteral("کاروان\u200cسرا پارس"));
    CHECK(proxy.rowCount() == 1);
    proxy.setText(QStringLiteral("پارس"));
    CHECK(proxy.rowCount() == 2);

    // Persian alphabetical order: پ, ت, ک (code points would give ت, پ, ک).
    proxy.setText(QString());
    proxy.sort(AccountListModel::Name, Qt::AscendingOrder);
    CHECK(names(proxy) == QStringList{QStringLiteral("پارس"), QStringLiteral("تهران"),
                                      QStringLiteral("کاروان\u200cسرای پارس")});
    QLocale::setDefault(before);
}
