// The import's bulk path (storage/bulkinserter, io/importerbatch): the same rows as before,
// nothing written after an error, duplicates reported by line, and rows written as they are
// read instead of held until the end of the file.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "io/importer.h"
#include "io/importerkeyset.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/sql.h"
#include "test_files.h"

#include <QDate>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>

using namespace karvan;
using namespace karvan::test;

namespace {

constexpr int kAccounts = 60;
constexpr int kMonths = 36;  // 2,160 revenue rows: two full statements of 1,000 and a partial one

QStringList rows(Database &db, const QString &statement)
{
    QStringList all;
    QSqlQuery q = sql::run(db.connection(), statement);
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        all << cells.join(QLatin1Char('|'));
    }
    return all;
}

QString accountId(int a)
{
    return QStringLiteral("A%1").arg(a, 3, 10, QLatin1Char('0'));
}

QString month(int m)
{
    return QStringLiteral("%1-%2").arg(2023 + m / 12).arg(m % 12 + 1, 2, 10, QLatin1Char('0'));
}

// A book of kAccounts accounts; returns the database's id of each account in file order.
void importAccounts(const QTemporaryDir &dir, Importer &importer)
{
    QByteArray accounts = "id,name\n";
    for (int a = 0; a < kAccounts; ++a)
        accounts += accountId(a).toUtf8() + ",Account " + QByteArray::number(a) + "\n";
    importer.importFile(CsvKind::Accounts, writeFile(dir, "accounts.csv", accounts));
}

// revenue.csv in file order (account, month); the MRR varies with both, some cents, some zero.
QByteArray revenueFile(QStringList *expected)
{
    QByteArray bytes = "account_id,month,mrr\n";
    for (int a = 0; a < kAccounts; ++a) {
        for (int m = 0; m < kMonths; ++m) {
            const qint64 cents = (a * 7 + m * 13) % 5 == 0 ? 0 : qint64(a + 1) * 100000 + m * 101;
            bytes += QStringLiteral("%1,%2,%3.%4\n").arg(accountId(a), month(m)).arg(cents / 100)
                         .arg(cents % 100, 2, 10, QLatin1Char('0')).toUtf8();
            if (expected)
                *expected << QStringLiteral("%1|%2|%3").arg(accountId(a), month(m)).arg(cents);
        }
    }
    return bytes;
}

QByteArray interactionsFile(int count, const QByteArray &idColumn = {})
{
    QByteArray bytes = "account_id,date,kind,summary" + (idColumn.isEmpty() ? "" : "," + idColumn) + "\n";
    for (int i = 0; i < count; ++i) {
        bytes += accountId(i % kAccounts).toUtf8() + ",2025-0" + QByteArray::number(i % 9 + 1)
                 + "-1" + QByteArray::number(i % 10) + ",call,\"Call " + QByteArray::number(i)
                 + ", نتیجه\"" + (idColumn.isEmpty() ? "" : ",") + "\n";
    }
    return bytes;
}

QByteArray costsFile(int count)
{
    QByteArray bytes = "date,category,amount,account_id\n";
    for (int i = 0; i < count; ++i)
        bytes += "2025-01-" + QByteArray::number(i % 18 + 10) + ",support," + QByteArray::number(i) + ".5,"
                 + (i % 3 == 0 ? QByteArray() : accountId(i % kAccounts).toUtf8()) + "\n";
    return bytes;
}

// The problems of an import, one a line (as text, so that Catch shows a failure readably).
std::string problemText(Importer &importer, CsvKind kind, const QString &path)
{
    try {
        importer.importFile(kind, path);
    } catch (const DataError &e) {
        return e.messages().join(QLatin1Char('\n')).toStdString();
    }
    return {};
}

std::string lines(const QStringList &all)
{
    return all.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("the bulk path stores exactly the rows of the file, across statements")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);
    QStringList expected;
    const QString path = writeFile(dir, "revenue.csv", revenueFile(&expected));
    const ImportResult r = importer.importFile(CsvKind::Revenue, path);
    CHECK(r.rows == kAccounts * kMonths);
    CHECK(r.inserted == kAccounts * kMonths);
    CHECK(lines(rows(db, "SELECT a.ext_id, r.month, r.mrr FROM revenue r JOIN accounts a ON a.id = r.account_id"
                         " ORDER BY a.ext_id, r.month")) == lines(expected));
    // Text goes in as UTF-8, byte for byte, as Qt Sql stored it.
    importer.importFile(CsvKind::Interactions, writeFile(dir, "i.csv", interactionsFile(1500)));
    CHECK(scalar(db, "SELECT count(*) FROM interactions") == 1500);
    CHECK(lines(rows(db, "SELECT id, summary, hex(summary) FROM interactions WHERE id IN (1, 1500) ORDER BY id")) == lines(QStringList{
        QStringLiteral("1|Call 0, نتیجه|") + QString::fromLatin1(QByteArray("Call 0, نتیجه").toHex().toUpper()),
        QStringLiteral("1500|Call 1499, نتیجه|") + QString::fromLatin1(QByteArray("Call 1499, نتیجه").toHex().toUpper())}));

    // Again: every row an update, nothing added, the same content.
    const ImportResult again = importer.importFile(CsvKind::Revenue, path);
    CHECK(again.inserted == 0);
    CHECK(again.updated == kAccounts * kMonths);
    CHECK(scalar(db, "SELECT count(*) FROM revenue") == kAccounts * kMonths);
}

TEST_CASE("a bad row after thousands of written rows leaves nothing written")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);

    QByteArray revenue = revenueFile(nullptr);
    QList<QByteArray> rows = revenue.split('\n');
    // Line 2101, after two full statements: its key kept, its amount with three decimals.
    rows[2100] = rows[2100].left(rows[2100].lastIndexOf(',')) + ",12.345";
    const QString path = writeFile(dir, "bad.csv", rows.join('\n'));
    CHECK(problemText(importer, CsvKind::Revenue, path)
        == lines(QStringList { path
            + ":2101: column 'mrr': not a valid amount: more than two decimals (value "
              "'12.345')" }));
    CHECK(scalar(db, "SELECT count(*) FROM revenue") == 0);

    QList<QByteArray> inter = interactionsFile(2500).split('\n');
    inter[2400] = accountId(1).toUtf8() + ",2025-01-01,lunch,x";
    const QString bad = writeFile(dir, "bad_i.csv", inter.join('\n'));
    CHECK(QString::fromStdString(problemText(importer, CsvKind::Interactions, bad))
              .startsWith(bad + ":2401: column 'kind': unknown value"));
    CHECK(scalar(db, "SELECT count(*) FROM interactions") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM audit_log WHERE entity = 'import' AND entity_id <> 'accounts'") == 0);
}

TEST_CASE("duplicate keys far apart in one file are reported with both lines")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);

    QList<QByteArray> file = revenueFile(nullptr).split('\n');
    file[1900] = file[4];  // line 1901 repeats line 5's (account_id, month)
    const QString path = writeFile(dir, "dup.csv", file.join('\n'));
    CHECK(problemText(importer, CsvKind::Revenue, path)
        == lines(QStringList {
            path + ":1901: column 'month': duplicate key (account_id, month), first on line 5" }));
    CHECK(scalar(db, "SELECT count(*) FROM revenue") == 0);

    QByteArray costs = "id,date,category,amount\n";
    for (int i = 1; i <= 1500; ++i)
        costs += QByteArray::number(i == 1400 ? 3 : i) + ",2025-01-01,other,1\n";
    const QString dupIds = writeFile(dir, "dup_ids.csv", costs);
    CHECK(problemText(importer, CsvKind::Costs, dupIds)
        == lines(QStringList {
            dupIds + ":1401: column 'id': duplicate key id, first on line 4 (value '3')" }));
    CHECK(scalar(db, "SELECT count(*) FROM costs") == 0);
}

TEST_CASE("rows without an id in a file that names ids get new ids after every named one")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);
    importer.importFile(CsvKind::Interactions, writeFile(dir, "i.csv", interactionsFile(3)));
    REQUIRE(rows(db, "SELECT id FROM interactions ORDER BY id") == QStringList{"1", "2", "3"});

    // A new row first, then an unknown id far above, another new row, an update of id 2. The
    // new rows are numbered after id 50 in file order, as when they were held to the end.
    const QString path = writeFile(dir, "mixed.csv",
        "id,account_id,date,kind,summary\n"
        ",A001,2025-02-01,note,first new\n"
        "50,A002,2025-02-02,note,named fifty\n"
        ",A003,2025-02-03,note,second new\n"
        "2,A001,2025-02-04,qbr,updated two\n");
    const ImportResult r = importer.importFile(CsvKind::Interactions, path);
    CHECK(r.inserted == 3);
    CHECK(r.updated == 1);
    CHECK(lines(rows(db, "SELECT id, summary FROM interactions ORDER BY id")) == lines(QStringList{
        "1|Call 0, نتیجه", "2|updated two", "3|Call 2, نتیجه", "50|named fifty",
        "51|first new", "52|second new"}));

    // A bad row found while the new rows wait for the second pass: nothing of the file stays.
    const QString bad = writeFile(dir, "mixed_bad.csv",
        "id,account_id,date,kind\n,A001,2025-03-01,note\n60,A002,2025-03-02,note\n,A404,2025-03-03,note\n");
    CHECK(problemText(importer, CsvKind::Interactions, bad)
        == lines(QStringList { bad + ":4: column 'account_id': unknown account (value 'A404')" }));
    CHECK(scalar(db, "SELECT count(*) FROM interactions") == 6);
}

TEST_CASE("an import writes its rows while it reads the file instead of holding them")
{
    // The progress callback runs inside the import's transaction on the same connection, so
    // it sees the rows written so far. Rows held until the end of the file would show 0 here.
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);

    struct Case
    {
        CsvKind kind;
        const char *table;
        QByteArray bytes;
    };
    const QList<Case> cases = {
        {CsvKind::Interactions, "interactions", interactionsFile(12000)},
        {CsvKind::Costs, "costs", costsFile(12000)},
    };
    for (const Case &c : cases) {
        INFO(c.table);
        const QString path = writeFile(dir, QString::fromLatin1(c.table) + ".csv", c.bytes);
        qint64 worstLag = -1;
        int calls = 0;
        importer.importFile(c.kind, path, false, [&](qint64 done, qint64 total) {
            if (done >= total)
                return true;
            ++calls;
            // Records that start in the bytes read so far; the reader parses 64 KiB at a time.
            const qint64 read = c.bytes.left(done).count('\n') - 1;
            const qint64 written = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(c.table));
            worstLag = std::max(worstLag, read - written);
            return true;
        });
        REQUIRE(calls >= 3);
        // At most one statement (1,000 rows) and one 64 KiB chunk of records behind.
        const qint64 chunkRecords = 64 * 1024 / (c.bytes.size() / c.bytes.count('\n')) + 1;
        CHECK(worstLag >= 0);
        CHECK(worstLag <= 1000 + chunkRecords);
    }
}

TEST_CASE("the key set of an import finds every repeated key exactly, with its first line")
{
    ImporterKeySet seen;
    constexpr int kKeys = 50000;  // several growths of the table
    for (int i = 0; i < kKeys; ++i)
        CHECK(seen.insert(QStringLiteral("TCK-%1").arg(i), i + 2) == 0);
    CHECK(seen.size() == kKeys);
    CHECK(seen.insert(QStringLiteral("TCK-0"), 99999) == 2);
    CHECK(seen.insert(QStringLiteral("TCK-%1").arg(kKeys - 1), 99999) == kKeys + 1);
    // Keys that differ in one byte, a prefix, the empty key, Persian text.
    CHECK(seen.insert(QStringLiteral("TCK-"), 7) == 0);
    CHECK(seen.insert(QStringLiteral(""), 8) == 0);
    CHECK(seen.insert(QStringLiteral(""), 9) == 8);
    CHECK(seen.insert(QStringLiteral("مشتری-۱"), 10) == 0);
    CHECK(seen.insert(QStringLiteral("مشتری-۲"), 11) == 0);
    CHECK(seen.insert(QStringLiteral("مشتری-۱"), 12) == 10);
    CHECK(seen.insert(QStringLiteral("tck-0"), 13) == 0);  // keys are compared as written
    CHECK(seen.size() == kKeys + 5);
}

namespace {

// A surveys file of `rows` answers over the book's accounts, in file order by account, the
// kinds and dates mixed (the order in which the (kind, date) index takes them is random).
QByteArray surveysFile(int rows)
{
    QByteArray bytes = "account_id,date,kind,score,comment\n";
    const char *const kinds[] = {"nps", "csat", "ces"};
    for (int i = 0; i < rows; ++i) {
        const int a = i * kAccounts / rows;
        const QDate day = QDate(2022, 1, 1).addDays((i * 7919) % 1400);
        bytes += accountId(a).toUtf8() + ',' + day.toString(Qt::ISODate).toUtf8() + ',' + kinds[i % 3]
                 + ',' + QByteArray::number(i % 3 == 0 ? i % 11 : 1 + i % 5) + ",Answer " + QByteArray::number(i)
                 + "\n";
    }
    return bytes;
}

// Each secondary index of the table: name, statement and the page its tree starts at (a tree
// built again starts elsewhere).
QStringList secondaryIndexes(Database &db, const QString &table)
{
    return rows(db, QStringLiteral("SELECT name, sql, rootpage FROM sqlite_master WHERE type = 'index'"
                                   " AND tbl_name = '%1' AND sql IS NOT NULL ORDER BY name").arg(table));
}

QStringList withoutPages(QStringList indexes)
{
    for (QString &index : indexes)
        index = index.section(QLatin1Char('|'), 0, 1);
    return indexes;
}

} // namespace

TEST_CASE("a large surveys file builds the table's indexes once at the end, as they were made")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);
    const QStringList before = secondaryIndexes(db, "surveys");
    REQUIRE(before.size() == 2);

    // More than 1 MiB: large enough for the import to decide.
    const QByteArray bytes = surveysFile(40000);
    REQUIRE(bytes.size() > 1024 * 1024);
    const ImportResult r = importer.importFile(CsvKind::Surveys, writeFile(dir, "surveys.csv", bytes));
    CHECK(r.inserted == 40000);
    const QStringList after = secondaryIndexes(db, "surveys");
    CHECK(lines(withoutPages(after)) == lines(withoutPages(before)));
    CHECK(after != before);  // built again: each tree on new pages
    CHECK(rows(db, "PRAGMA integrity_check") == QStringList{"ok"});
    // The indexes answer as the table does.
    CHECK(scalar(db, "SELECT count(*) FROM surveys INDEXED BY surveys_kind_date WHERE kind = 'nps'"
                     " AND date >= '2023-01-01'")
          == scalar(db, "SELECT count(*) FROM surveys NOT INDEXED WHERE kind = 'nps' AND date >= '2023-01-01'"));
    CHECK(scalar(db, "SELECT count(*) FROM surveys INDEXED BY surveys_account WHERE account_id = 2")
          == scalar(db, "SELECT count(*) FROM surveys NOT INDEXED WHERE account_id = 2"));

    // A smaller file into the now larger table keeps the indexes (upkeep row by row).
    importer.importFile(CsvKind::Surveys, writeFile(dir, "more.csv", surveysFile(30000)));
    CHECK(secondaryIndexes(db, "surveys") == after);
    CHECK(scalar(db, "SELECT count(*) FROM surveys") == 70000);
    CHECK(rows(db, "PRAGMA integrity_check") == QStringList{"ok"});
}

TEST_CASE("a bad row at the end of a large surveys file leaves the indexes and the table as they were")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);
    const QStringList before = secondaryIndexes(db, "surveys");

    QByteArray bytes = surveysFile(40000);
    bytes += accountId(1).toUtf8() + ",2024-05-05,nps,11,too high\n";
    const QString path = writeFile(dir, "bad.csv", bytes);
    CHECK(problemText(importer, CsvKind::Surveys, path)
        == lines(
            QStringList { path + ":40002: column 'score': out of range 0 to 10 (value '11')" }));
    CHECK(secondaryIndexes(db, "surveys") == before);
    CHECK(scalar(db, "SELECT count(*) FROM surveys") == 0);
    CHECK(rows(db, "PRAGMA integrity_check") == QStringList{"ok"});
}

TEST_CASE("building a table's indexes again pays only for rows at least half as many as it holds")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importAccounts(dir, importer);
    QSqlDatabase c = db.connection();
    CHECK(DeferredIndexes::pays(c, "surveys", 1));  // an empty table
    importer.importFile(CsvKind::Surveys, writeFile(dir, "s.csv", surveysFile(1000)));
    CHECK(DeferredIndexes::pays(c, "surveys", 500));
    CHECK_FALSE(DeferredIndexes::pays(c, "surveys", 499));
    CHECK_FALSE(DeferredIndexes::pays(c, "usage", 1000000));  // its key is its only index
}

TEST_CASE("a large accounts file builds the indexes of accounts, their fields and owners once, and leaves the connection as it was")
{
    QTemporaryDir dir;
    Database db(dir.filePath("k.sqlite"));
    Importer importer(db, "test");
    importer.importFile(CsvKind::People, writeFile(dir, "people.csv",
        "email,name,team\nsara@x.example,Sara,customer_success\nomid@x.example,Omid,customer_success\n"));
    const QStringList tables = {"accounts", "account_fields", "ownership", "stage_history"};
    QMap<QString, QStringList> before;
    for (const QString &t : tables)
        before.insert(t, secondaryIndexes(db, t));

    QByteArray bytes = "id,name,stage,owner,domain\n";
    for (int a = 0; a < 14000; ++a) {
        bytes += "ACC-" + QByteArray::number(a) + ",Account number " + QByteArray::number((a * 7919) % 14000)
                 + " of the test book,retention," + (a % 2 ? "sara" : "omid") + "@x.example,acc"
                 + QByteArray::number(a) + ".example\n";
    }
    REQUIRE(bytes.size() > 1024 * 1024);
    CHECK(importer.importFile(CsvKind::Accounts, writeFile(dir, "accounts.csv", bytes)).inserted == 14000);
    for (const QString &t : QStringList{"accounts", "account_fields", "ownership"}) {
        INFO(t.toStdString());
        const QStringList after = secondaryIndexes(db, t);
        CHECK(lines(withoutPages(after)) == lines(withoutPages(before.value(t))));
        CHECK(after != before.value(t));
    }
    // Read while writing (closing an account's open stage): kept.
    CHECK(secondaryIndexes(db, "stage_history") == before.value("stage_history"));
    CHECK(rows(db, "PRAGMA integrity_check") == QStringList{"ok"});
    CHECK(scalar(db, "SELECT count(*) FROM accounts INDEXED BY accounts_name WHERE name = 'Account number 5 of the test book'") == 1);
    CHECK(scalar(db, "SELECT count(*) FROM ownership AS o INDEXED BY ownership_person JOIN people p ON p.id = o.person_id"
                     " WHERE p.email = 'sara@x.example'") == 7000);
    CHECK(scalar(db, "PRAGMA temp_store") == 2);       // memory, as the connection was made
    CHECK(scalar(db, "PRAGMA cache_size") == -65536);  // 64 MiB again

    // The same file again with another stage: every account's open stage closed through the
    // kept index, a new one opened; the file is not larger than the table, so no index moves.
    const QStringList afterFirst = secondaryIndexes(db, "accounts");
    bytes.replace(",retention,", ",expansion,");
    CHECK(importer.importFile(CsvKind::Accounts, writeFile(dir, "again.csv", bytes)).updated == 14000);
    CHECK(secondaryIndexes(db, "accounts") != afterFirst);  // 14,000 rows are not fewer than half of 14,000
    CHECK(scalar(db, "SELECT count(*) FROM stage_history WHERE ended_at IS NULL AND stage = 'expansion'") == 14000);
    CHECK(scalar(db, "SELECT count(*) FROM stage_history WHERE ended_at IS NOT NULL AND stage = 'retention'") == 14000);
    CHECK(rows(db, "PRAGMA integrity_check") == QStringList{"ok"});
}
