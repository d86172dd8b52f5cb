#include <catch2/catch.hpp>

#include "accounts/accountbook.h"
#include "domain/errors.h"
#include "domain/journey.h"
#include "io/csvkind.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "ownership/ownershipresolver.h"
#include "ownership/ownershiptimeline.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "test_files.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace karvan;
using namespace karvan::test;

namespace {

QByteArray exported(Database &db, CsvKind kind)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    exportCsv(db, kind, &buffer);
    return buffer.data();
}

QStringList problems(Importer &importer, CsvKind kind, const QString &path)
{
    try {
        importer.importFile(kind, path);
    } catch (const DataError &e) {
        return e.messages();
    }
    return {};
}

// Ali and Sara in customer success, Bob in sales, then the accounts given.
void importPeopleAndAccounts(Importer &importer, const QTemporaryDir &dir, const QByteArray &accounts)
{
    importer.importFile(CsvKind::People, writeFile(dir, "people.csv",
        "email,name,team\nali@x,Ali,customer_success\nsara@x,Sara,customer_success\nbob@x,Bob,sales\n"));
    importer.importFile(CsvKind::Accounts, writeFile(dir, "accounts.csv", accounts));
}

const QByteArray kBigText = QByteArray(100000, 'z');

// A small book touching every kind and every awkward value the contract names.
QList<QPair<CsvKind, QByteArray>> dataSet()
{
    return {
        {CsvKind::People, "email,name,team,active\n"
                          "ali@x.ir,علی رضایی,customer_success,true\n"
                          "sara@x.ir,\"Sara \"\"S\"\", Karimi\",sales,false\n"
                          "reza@x.ir,Reza,support,\n"},
        {CsvKind::Accounts, "id,name,industry,segment,model,stage,owner,contract_start,renewal_date,status,Region,Notes\n"
                            "A1,شرکت نمونه,retail,smb,b2c,retention,ali@x.ir,2025-01-01,2026-01-01,active,شمال,\"multi\nline\"\n"
                            "A2,\"'; DROP TABLE accounts; --\",,,b2b,,sara@x.ir,,,churned,," + kBigText + "\n"},
        {CsvKind::Ownership, "account_id,stage,owner,supporting,from\n"
                             "A1,acquisition,sara@x.ir,legal;product,\n"
                             "A1,retention,sara@x.ir,,2025-06-01\n"
                             "A1,retention,ali@x.ir,,2025-09-01\n"
                             "A2,expansion,reza@x.ir,finance,\n"},
        {CsvKind::Stages, "account_id,stage,entered\n"
                          "A1,implementation,2025-01-01\n"
                          "A1,acquisition,2024-10-01\n"
                          "A1,retention,2025-06-01\n"
                          "A2,acquisition,2025-02-01\n"},
        {CsvKind::Revenue, "account_id,month,mrr\nA1,2025-01,399000\nA1,2025-02,499000.5\nA2,2025-01,0.07\n"},
        {CsvKind::Usage, "account_id,month,active_users,licensed_users\nA1,2025-01,5,10\n"},
        {CsvKind::Interactions, "account_id,date,kind,author,summary\nA1,2025-01-03,qbr,ali@x.ir,\"نتیجه, خوب\"\nA2,2025-02-01,note,,\n"},
        {CsvKind::Tickets, "id,account_id,opened,closed,priority,escalated\nT-1,A1,2025-01-02,2025-01-05,high,true\nT-2,A2,2025-03-01,,,\n"},
        {CsvKind::Surveys, "account_id,date,kind,score,comment,ticket_id\nA1,2025-01-06,csat,5,ممنون,T-1\nA1,2025-02-01,nps,9,,\n"},
        {CsvKind::Costs, "date,category,amount,account_id\n2025-01-10,support,1200.5,A1\n2025-01-11,acquisition,300,\n"},
    };
}

} // namespace

TEST_CASE("every kind round-trips: export -> import -> export gives identical bytes")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    for (const auto &[kind, bytes] : dataSet()) {
        const ImportResult r = importer.importFile(kind, writeFile(dir, csvKindName(kind) + ".csv", bytes));
        CHECK(r.inserted + r.updated == r.rows);
        CHECK(r.rows > 0);
    }
    for (const CsvKind kind : allCsvKinds()) {
        INFO(csvKindName(kind).toStdString());
        const QByteArray first = exported(db, kind);
        const QString path = writeFile(dir, "again.csv", first);
        const ImportResult r = importer.importFile(kind, path);
        CHECK(r.inserted == 0);
        CHECK(r.updated == r.rows);
        CHECK(exported(db, kind) == first);
    }
    const QByteArray accounts = exported(db, CsvKind::Accounts);
    CHECK(accounts.startsWith("id,name,industry,segment,model,stage,owner,contract_start,renewal_date,status,Region,Notes\n"
                              "A1,شرکت نمونه,retail,smb,b2c,retention,ali@x.ir,2025-01-01,2026-01-01,active,شمال,\"multi\nline\"\n"
                              "A2,'; DROP TABLE accounts; --,,,b2b,acquisition,sara@x.ir,,,churned,,zzz"));
    CHECK(accounts.contains(kBigText));
    CHECK(exported(db, CsvKind::Ownership) ==
          "account_id,stage,from,owner,supporting\nA1,acquisition,,sara@x.ir,legal;product\n"
          "A1,retention,2025-06-01,sara@x.ir,\nA1,retention,2025-09-01,ali@x.ir,\n"
          "A2,acquisition,,sara@x.ir,\nA2,expansion,,reza@x.ir,finance\n");
    CHECK(exported(db, CsvKind::Stages) ==
          "account_id,entered,stage\nA1,2024-10-01,acquisition\nA1,2025-01-01,implementation\n"
          "A1,2025-06-01,retention\nA2,2025-02-01,acquisition\n");
    CHECK(exported(db, CsvKind::Revenue) == "account_id,month,mrr\nA1,2025-01,399000\nA1,2025-02,499000.50\nA2,2025-01,0.07\n");
    CHECK(exported(db, CsvKind::Costs) == "id,date,category,amount,account_id\n1,2025-01-10,support,1200.50,A1\n2,2025-01-11,acquisition,300,\n");
    CHECK(scalar(db, "SELECT mrr FROM revenue WHERE month = '2025-02'") == 49900050);
    // Re-importing unchanged data adds no history.
    // The dated rows replaced the import day's placeholders.
    CHECK(scalar(db, "SELECT count(*) FROM stage_history") == 4);
    CHECK(scalar(db, "SELECT count(*) FROM stage_history WHERE placeholder = 1") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM ownership_history") == 5);
    CHECK(scalar(db, "SELECT count(*) FROM audit_log WHERE entity = 'import'") == 20);
}

TEST_CASE("accounts: stage changes keep history, owner sets the ownership row, absent columns keep values")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "tester");
    importer.importFile(CsvKind::People, writeFile(dir, "p.csv", "email,name,team\na@x,A,customer_success\nb@x,B,sales\n"));
    importer.importFile(CsvKind::Accounts, writeFile(dir, "a.csv", "id,name,stage,owner,industry\nA1,Acme,implementation,a@x,retail\n"));
    CHECK(scalar(db, "SELECT count(*) FROM stage_history WHERE ended_at IS NULL AND stage = 'implementation'") == 1);
    const ImportResult r = importer.importFile(CsvKind::Accounts, writeFile(dir, "a2.csv", "ID,Stage,Name,Owner\nA1,retention,Acme,b@x\n"));
    CHECK(r.updated == 1);
    CHECK(scalar(db, "SELECT count(*) FROM stage_history") == 2);
    CHECK(scalar(db, "SELECT count(*) FROM stage_history WHERE ended_at IS NULL AND stage = 'retention'") == 1);
    CHECK(scalar(db, "SELECT count(*) FROM accounts WHERE industry = 'retail'") == 1);  // column absent: kept
    CHECK(scalar(db, "SELECT t.team_key = 'sales' FROM ownership o JOIN teams t ON t.id = o.team_id"
                     " WHERE o.stage = 'retention'") == 1);
    CHECK(scalar(db, "SELECT count(*) FROM ownership_history WHERE changed_by = 'tester'") == 2);
    importer.importFile(CsvKind::Accounts, writeFile(dir, "a3.csv", "id,name,industry\nA1,Acme,\n"));
    CHECK(scalar(db, "SELECT count(*) FROM accounts WHERE industry IS NULL") == 1);  // empty: no value
}

TEST_CASE("a bad file writes nothing and lists every problem with file, line and column")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importer.importFile(CsvKind::Accounts, writeFile(dir, "a.csv", "id,name\nA1,Acme\n"));
    const QString path = writeFile(dir, "r.csv", "account_id,month,mrr\nA1,2025-01,10\nA9,2025-13,-1\nA1,2025-01,1.234\n");
    const QStringList p = problems(importer, CsvKind::Revenue, path);
    CHECK(p == QStringList{
        path + ":3: column 'account_id': unknown account (value 'A9')",
        path + ":3: column 'month': not a month; expected YYYY-MM (value '2025-13')",
        path + ":3: column 'mrr': not a valid amount: negative amount (value '-1')",
        path + ":4: column 'mrr': not a valid amount: more than two decimals (value '1.234')",
        path + ":4: column 'month': duplicate key (account_id, month), first on line 2"});
    CHECK(scalar(db, "SELECT count(*) FROM revenue") == 0);
}

TEST_CASE("more than 100 problems are cut with a count and dry run and cancel write nothing")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    QByteArray bad = "email,name,team\n";
    for (int i = 0; i < 150; ++i)
        bad += "p" + QByteArray::number(i) + "@x,P,nowhere\n";
    const QStringList p = problems(importer, CsvKind::People, writeFile(dir, "p.csv", bad));
    REQUIRE(p.size() == 101);
    CHECK(p.last() == "... and 50 more problems");

    const QString good = writeFile(dir, "g.csv", "email,name,team\na@x,A,sales\nb@x,B,sales\n");
    const ImportResult dry = importer.importFile(CsvKind::People, good, true);
    CHECK(dry.inserted == 2);
    CHECK(scalar(db, "SELECT count(*) FROM people") == 0);
    CHECK_THROWS_AS(importer.importFile(CsvKind::People, good, false, [](qint64, qint64) { return false; }),
                    ImportCancelled);
    CHECK(scalar(db, "SELECT count(*) FROM people") == 0);
    int calls = 0;
    importer.importFile(CsvKind::People, good, false, [&](qint64 done, qint64 total) {
        ++calls;
        return done <= total;
    });
    CHECK(calls >= 1);
    CHECK(scalar(db, "SELECT count(*) FROM people") == 2);
}

TEST_CASE("id-keyed kinds update by id, insert unknown ids as given and number the rest")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importer.importFile(CsvKind::Costs, writeFile(dir, "c.csv", "date,category,amount\n2025-01-01,other,1\n"));
    const ImportResult r = importer.importFile(CsvKind::Costs, writeFile(dir, "c2.csv",
        "id,date,category,amount\n,2025-01-03,other,3\n1,2025-01-01,other,5\n7,2025-01-02,support,2\n"));
    CHECK(r.inserted == 2);
    CHECK(r.updated == 1);
    CHECK(scalar(db, "SELECT amount FROM costs WHERE id = 1") == 500);
    CHECK(scalar(db, "SELECT amount FROM costs WHERE id = 7") == 200);
    CHECK(scalar(db, "SELECT count(*) FROM costs") == 3);
}

TEST_CASE("an ownership file that dates a stage and then changes it today keeps the newer owner")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "tester");
    importPeopleAndAccounts(importer, dir, "id,name,stage,owner\nA1,Acme,retention,ali@x\nA2,Beta,retention,ali@x\n");
    // A1: the dated row names the import day's owner, so its placeholder goes; the undated row
    // after it is a change made today: its placeholder stays and Sara owns the stage. Its
    // supporting teams replace the ones the dated row set. A2: dated only.
    importer.importFile(CsvKind::Ownership, writeFile(dir, "ownership.csv",
        "account_id,stage,owner,supporting,from\n"
        "A1,retention,ali@x,sales,2025-09-01\n"
        "A2,retention,ali@x,sales;customer_success,2025-08-01\n"
        "A1,retention,sara@x,customer_success,\n"));

    const qint64 a1 = scalar(db, "SELECT id FROM accounts WHERE ext_id = 'A1'");
    const qint64 a2 = scalar(db, "SELECT id FROM accounts WHERE ext_id = 'A2'");
    const OwnershipResolver resolver(db.connection());
    CHECK(resolver.currentOwners().of(a1, Stage::Retention).personEmail == "sara@x");
    CHECK(resolver.currentOwners().of(a2, Stage::Retention).personEmail == "ali@x");
    const auto history = [&](qint64 account) {
        QSqlQuery q(db.connection());
        q.prepare("SELECT p.email, h.valid_from, h.placeholder, coalesce(h.supporting, '')"
                  " FROM ownership_history h JOIN people p ON p.id = h.person_id"
                  " WHERE h.account_id = ? AND h.stage = 'retention' ORDER BY h.id");
        q.addBindValue(account);
        REQUIRE(q.exec());
        QStringList rows;
        while (q.next()) {
            rows << QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toString(),
                q.value(2).toInt() ? QStringLiteral("today") : q.value(1).toString(),
                q.value(2).toString(), q.value(3).toString());
        }
        return rows;
    };
    CHECK(history(a1) == QStringList{"ali@x 2025-09-01 0 sales", "sara@x today 1 customer_success"});
    CHECK(history(a2) == QStringList{"ali@x 2025-08-01 0 sales;customer_success"});
    const auto supporting = [&](qint64 account) {
        QSqlQuery q(db.connection());
        q.prepare("SELECT t.team_key FROM ownership_supporting s JOIN ownership o ON o.id = s.ownership_id"
                  " JOIN teams t ON t.id = s.team_id WHERE o.account_id = ? AND o.stage = 'retention'"
                  " ORDER BY s.position");
        q.addBindValue(account);
        REQUIRE(q.exec());
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        return keys;
    };
    CHECK(supporting(a1) == QStringList{"customer_success"});
    CHECK(supporting(a2) == QStringList{"sales", "customer_success"});
}

TEST_CASE("the time in stage and the owner at a past date come from the imported history")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "tester");
    importPeopleAndAccounts(importer, dir, "id,name,stage,owner\nA1,Acme,retention,ali@x\n");
    importer.importFile(CsvKind::Ownership, writeFile(dir, "ownership.csv",
        "account_id,stage,owner,from\nA1,retention,sara@x,2025-03-01\nA1,retention,ali@x,2025-09-01\n"
        "A1,acquisition,bob@x,2024-10-01\n"));
    importer.importFile(CsvKind::Stages, writeFile(dir, "stages.csv",
        "account_id,stage,entered\nA1,acquisition,2024-10-01\nA1,implementation,2025-01-01\n"
        "A1,retention,2025-03-01\n"));

    const qint64 id = scalar(db, "SELECT id FROM accounts WHERE ext_id = 'A1'");
    const OwnershipTimeline timeline = OwnershipResolver(db.connection()).timeline();
    CHECK(timeline.ownerOn(id, "retention", u"2025-05-01").email == "sara@x");
    CHECK(timeline.ownerOn(id, "retention", u"2025-10-01").email == "ali@x");
    CHECK(OwnershipResolver(db.connection()).currentOwners().of(id, Stage::Retention).personEmail == "ali@x");
    // No import-day row is left: the dates say when.
    CHECK(scalar(db, "SELECT count(*) FROM ownership_history WHERE placeholder = 1 AND stage = 'retention'") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM stage_history WHERE ended_at IS NULL") == 1);

    const std::vector<AccountRow> book = AccountBook(db.connection()).loadBook();
    REQUIRE(book.size() == 1);
    CHECK(book.front().stageEntered == QDate(2025, 3, 1));
    CHECK(journey::daysInStage(book.front().stageEntered, QDate(2025, 3, 11)) == 10);

    // The account's latest stage row must be its current stage.
    const QStringList bad = problems(importer, CsvKind::Stages, writeFile(dir, "stages.csv",
        "account_id,stage,entered\nA1,expansion,2025-12-01\nA1,deployment,2025-02-01\n"));
    REQUIRE(bad.size() == 1);
    CHECK(bad.front().contains("stages.csv:2: column 'stage': "));
    CHECK(bad.front().endsWith("(value 'expansion')"));
    CHECK(scalar(db, "SELECT count(*) FROM stage_history") == 3);
}
