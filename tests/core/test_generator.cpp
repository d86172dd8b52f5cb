#include <catch2/catch.hpp>

#include "io/csvkind.h"
#include "io/csvreader.h"
#include "storage/database.h"
#include "accounts/duplicatefinder.h"
#include "domain/errors.h"
#include "generator/generator.h"
#include "io/importer.h"
#include "domain/money.h"
#include "storage/sql.h"
#include "domain/stage.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <map>

using namespace karvan;

namespace {

QByteArray bytes(const Generator &g, CsvKind kind)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    g.write(kind, &buffer);
    return buffer.data();
}

// One generated file read back through the CSV reader, with cells by column name.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QString cell(const QStringList &row, const QString &column) const
    {
        return row.value(header.indexOf(column));
    }
};

Table read(const QString &path)
{
    CsvReader reader(path);
    Table t;
    t.header = reader.header();
    while (reader.next())
        t.rows << reader.fields();
    return t;
}

bool hasPersian(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF)
            return true;
    }
    return false;
}

// The generated data set of 500 accounts over 24 months up to 2026-11, written once.
struct DataSet
{
    QTemporaryDir dir;
    std::map<CsvKind, Table> tables;
    DataSet()
    {
        GeneratorOptions options;
        options.accounts = 500;
        options.months = 24;
        Generator(options).writeAll(dir.path());
        for (CsvKind kind : allCsvKinds())
            tables[kind] = read(dir.filePath(csvKindName(kind) + ".csv"));
    }
};

const DataSet &dataSet()
{
    static const DataSet set;
    return set;
}

const Table &table(CsvKind kind)
{
    return dataSet().tables.at(kind);
}

} // namespace

TEST_CASE("the same options give the same bytes, another seed other bytes")
{
    GeneratorOptions options;
    options.accounts = 120;
    options.months = 12;
    const Generator a(options);
    const Generator b(options);
    options.seed = 2;
    const Generator c(options);
    for (CsvKind kind : allCsvKinds()) {
        INFO(csvKindName(kind).toStdString());
        const QByteArray first = bytes(a, kind);
        CHECK(first.count('\n') > 1);
        CHECK(first == bytes(b, kind));
        CHECK(first != bytes(c, kind));
    }
}

TEST_CASE("writeAll gives identical files twice and --end moves the months")
{
    GeneratorOptions options;
    options.accounts = 60;
    options.months = 6;
    options.endMonth = "2025-06";
    QTemporaryDir first;
    QTemporaryDir second;
    const QStringList a = Generator(options).writeAll(first.filePath("out/nested"));
    const QStringList b = Generator(options).writeAll(second.path());
    REQUIRE(a.size() == 10);
    REQUIRE(b.size() == 10);
    for (int i = 0; i < 10; ++i) {
        QFile fa(a[i]);
        QFile fb(b[i]);
        REQUIRE(fa.open(QIODevice::ReadOnly));
        REQUIRE(fb.open(QIODevice::ReadOnly));
        CHECK(fa.readAll() == fb.readAll());
    }
    const Table revenue = read(a[int(CsvKind::Revenue)]);
    QSet<QString> months;
    for (const QStringList &r : revenue.rows)
        months.insert(revenue.cell(r, "month"));
    CHECK(months
          == QSet<QString>{"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"});
}

TEST_CASE("writeAll writes one file per kind with the contract's columns")
{
    const DataSet &set = dataSet();
    for (CsvKind kind : allCsvKinds()) {
        INFO(csvKindName(kind).toStdString());
        CHECK(QFile::exists(set.dir.filePath(csvKindName(kind) + ".csv")));
        const QStringList header = set.tables.at(kind).header;
        CHECK(header == Generator::columns(kind));
        for (const QString &required : csvRequiredColumns(kind))
            CHECK(header.contains(required));
        for (const QString &column : header) {
            const bool custom = kind == CsvKind::Accounts
                                && (column == "domain" || column == "tax_id");
            CHECK((custom || csvColumns(kind).contains(column)));
        }
    }
    CHECK(table(CsvKind::Accounts).rows.size() == 500);
}

TEST_CASE("bad options are refused")
{
    GeneratorOptions options;
    options.accounts = 0;
    CHECK_THROWS_AS(Generator(options), DataError);
    options.accounts = 10;
    options.months = 0;
    CHECK_THROWS_AS(Generator(options), DataError);
    options.months = 12;
    options.endMonth = "2026-13";
    CHECK_THROWS_AS(Generator(options), DataError);
    options.endMonth = "26-11";
    CHECK_THROWS_AS(Generator(options), DataError);
}

TEST_CASE("people and owners are consistent")
{
    const Table &people = table(CsvKind::People);
    QSet<QString> emails;
    QHash<QString, int> perTeam;
    int inactive = 0;
    int persian = 0;
    for (const QStringList &p : people.rows) {
        CHECK_FALSE(emails.contains(people.cell(p, "email")));
        emails.insert(people.cell(p, "email"));
        ++perTeam[people.cell(p, "team")];
        inactive += people.cell(p, "active") == "false";
        persian += hasPersian(people.cell(p, "name"));
    }
    CHECK(inactive >= 1);
    CHECK(persian >= 1);
    // A CSM book of about 80 accounts each.
    CHECK(perTeam.value("customer_success") >= 500 / 80);
    for (const char *team : {"sales", "account_management", "support", "marketing", "product"})
        CHECK(perTeam.value(team) >= 1);

    const Table &accounts = table(CsvKind::Accounts);
    const Table &ownership = table(CsvKind::Ownership);
    QHash<QString, QString> owners; // "ACC|stage" -> owner
    for (const QStringList &o : ownership.rows) {
        CHECK(emails.contains(ownership.cell(o, "owner")));
        CHECK(stageFromKey(ownership.cell(o, "stage")).has_value());
        owners.insert(ownership.cell(o, "account_id") + '|' + ownership.cell(o, "stage"),
                      ownership.cell(o, "owner"));
    }
    QSet<QString> stages;
    for (const QStringList &a : accounts.rows) {
        const QString owner = accounts.cell(a, "owner");
        CHECK(emails.contains(owner));
        CHECK(owners.value(accounts.cell(a, "id") + '|' + accounts.cell(a, "stage")) == owner);
        stages.insert(accounts.cell(a, "stage"));
    }
    CHECK(stages.size() == 6);

    const Table &interactions = table(CsvKind::Interactions);
    QSet<QString> kinds;
    for (const QStringList &i : interactions.rows) {
        const QString author = interactions.cell(i, "author");
        CHECK((author.isEmpty() || emails.contains(author)));
        kinds.insert(interactions.cell(i, "kind"));
    }
    CHECK(kinds.size() == 7);
    CHECK(kinds.contains("referral"));
}

TEST_CASE("revenue stays within the months and drives churn and status")
{
    const Table &accounts = table(CsvKind::Accounts);
    const Table &revenue = table(CsvKind::Revenue);
    QStringList months;
    for (int m = 0; m < 24; ++m)
        months << QDate(2024, 12, 1).addMonths(m).toString("yyyy-MM");
    QHash<QString, QHash<QString, qint64>> mrr;
    int withCents = 0;
    for (const QStringList &r : revenue.rows) {
        const QString month = revenue.cell(r, "month");
        CHECK(months.contains(month));
        const auto amount = money::parse(revenue.cell(r, "mrr"));
        REQUIRE(amount.has_value());
        withCents += *amount % 100 != 0;
        CHECK_FALSE(mrr[revenue.cell(r, "account_id")].contains(month));
        mrr[revenue.cell(r, "account_id")].insert(month, *amount);
    }
    CHECK(withCents > 0);

    int churnEvents = 0;
    int payingMonths = 0;
    int reactivations = 0;
    int lateStarts = 0;
    for (const QStringList &a : accounts.rows) {
        const auto &history = mrr.value(accounts.cell(a, "id"));
        const bool billed = !history.isEmpty();
        CHECK(billed == (accounts.cell(a, "stage") != "acquisition"));
        if (!billed)
            continue;
        lateStarts += history.value(months.first()) == 0;
        CHECK((history.value(months.last()) == 0) == (accounts.cell(a, "status") == "churned"));
        bool churnedBefore = false;
        for (int m = 1; m < months.size(); ++m) {
            const qint64 before = history.value(months[m - 1]);
            const qint64 now = history.value(months[m]);
            payingMonths += before > 0;
            churnEvents += before > 0 && now == 0;
            reactivations += churnedBefore && before == 0 && now > 0;
            churnedBefore = churnedBefore || (before > 0 && now == 0);
        }
    }
    const double monthlyChurn = double(churnEvents) / payingMonths;
    INFO("monthly churn " << monthlyChurn);
    CHECK(monthlyChurn > 0.005);
    CHECK(monthlyChurn < 0.03);
    CHECK(reactivations > 0);
    CHECK(lateStarts > 50); // new logos arrive over time
}

TEST_CASE("usage, tickets, surveys and costs are plausible and dated within the months")
{
    const QString first = "2024-12-01";
    const QString last = "2026-11-30";
    auto inRange = [&](const QString &date) { return date >= first && date <= last; };

    const Table &usage = table(CsvKind::Usage);
    CHECK(usage.rows.size() > 1000);
    for (const QStringList &u : usage.rows) {
        const int active = usage.cell(u, "active_users").toInt();
        const int licensed = usage.cell(u, "licensed_users").toInt();
        CHECK(licensed >= 1);
        CHECK(active >= 0);
        CHECK(active <= licensed);
    }

    const Table &tickets = table(CsvKind::Tickets);
    QHash<QString, QString> ticketAccount;
    int open = 0;
    int escalated = 0;
    for (const QStringList &t : tickets.rows) {
        CHECK(inRange(tickets.cell(t, "opened")));
        const QString closed = tickets.cell(t, "closed");
        if (closed.isEmpty())
            ++open;
        else
            CHECK((inRange(closed) && closed >= tickets.cell(t, "opened")));
        escalated += tickets.cell(t, "escalated") == "true";
        CHECK_FALSE(ticketAccount.contains(tickets.cell(t, "id")));
        ticketAccount.insert(tickets.cell(t, "id"), tickets.cell(t, "account_id"));
    }
    CHECK(open > 0);
    CHECK(escalated > 0);

    const Table &surveys = table(CsvKind::Surveys);
    QHash<QString, int> kinds;
    int linked = 0;
    int persianComments = 0;
    for (const QStringList &s : surveys.rows) {
        CHECK(inRange(surveys.cell(s, "date")));
        const QString kind = surveys.cell(s, "kind");
        const int score = surveys.cell(s, "score").toInt();
        const int lo = kind == "nps" ? 0 : 1;
        const int hi = kind == "nps" ? 10 : kind == "csat" ? 5 : 7;
        CHECK((score >= lo && score <= hi));
        ++kinds[kind];
        const QString ticket = surveys.cell(s, "ticket_id");
        if (!ticket.isEmpty()) {
            ++linked;
            CHECK(ticketAccount.value(ticket) == surveys.cell(s, "account_id"));
        }
        persianComments += hasPersian(surveys.cell(s, "comment"));
    }
    CHECK(kinds.size() == 3);
    CHECK(linked > 0);
    CHECK(persianComments > 0);

    const Table &costs = table(CsvKind::Costs);
    QSet<QString> categories;
    int shared = 0;
    for (const QStringList &c : costs.rows) {
        CHECK(inRange(costs.cell(c, "date")));
        CHECK(money::parse(costs.cell(c, "amount")).value_or(0) > 0);
        categories.insert(costs.cell(c, "category"));
        shared += costs.cell(c, "account_id").isEmpty();
    }
    CHECK(categories.size() == 7);
    CHECK(shared > 0);
    CHECK(shared < costs.rows.size());

    const Table &interactions = table(CsvKind::Interactions);
    for (const QStringList &i : interactions.rows)
        CHECK(inRange(interactions.cell(i, "date")));
}

TEST_CASE("about one company in ten is Persian and a few accounts look like duplicates")
{
    const Table &accounts = table(CsvKind::Accounts);
    int persian = 0;
    QHash<QString, int> domains;
    QSet<QString> ids;
    for (const QStringList &a : accounts.rows) {
        persian += hasPersian(accounts.cell(a, "name"));
        ++domains[accounts.cell(a, "domain")];
        CHECK(accounts.cell(a, "id").startsWith("ACC-"));
        ids.insert(accounts.cell(a, "id"));
    }
    CHECK(ids.size() == accounts.rows.size());
    const double share = double(persian) / accounts.rows.size();
    INFO("Persian share " << share);
    CHECK(share > 0.05);
    CHECK(share < 0.16);
    int sharedDomains = 0;
    for (int n : domains)
        sharedDomains += n > 1;
    CHECK(sharedDomains >= 1);
    CHECK(sharedDomains <= 20);
}

TEST_CASE("the generated files import without a single error, in the contract's order")
{
    const DataSet &set = dataSet();
    QTemporaryDir dbDir;
    Database db(dbDir.filePath("generated.sqlite"));
    Importer importer(db, "test");
    for (CsvKind kind : allCsvKinds()) {
        INFO(csvKindName(kind).toStdString());
        ImportResult result;
        try {
            result = importer.importFile(kind, set.dir.filePath(csvKindName(kind) + ".csv"));
        } catch (const DataError &e) {
            FAIL(e.messages().join('\n').toStdString());
        }
        CHECK(result.rows == set.tables.at(kind).rows.size());
        CHECK(result.inserted + result.updated == result.rows);
        if (kind != CsvKind::Ownership) // accounts' owners already made their current-stage rows
            CHECK(result.inserted == result.rows);
    }
    auto count = [&](const QString &statement) {
        QSqlQuery q = sql::run(db.connection(), statement);
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    CHECK(count("SELECT count(*) FROM accounts") == 500);
    CHECK(count("SELECT count(*) FROM revenue") == table(CsvKind::Revenue).rows.size());
    CHECK(count("SELECT count(*) FROM surveys WHERE ticket_id IS NOT NULL") > 0);
    CHECK(count("SELECT count(*) FROM costs WHERE account_id IS NULL") > 0);
    CHECK(count("SELECT count(*) FROM custom_fields WHERE name IN ('domain', 'tax_id')") == 2);
    CHECK(count("SELECT count(DISTINCT stage) FROM accounts") == 6);
    CHECK(count("SELECT count(*) FROM accounts WHERE status = 'churned'") > 0);

    // The planted likely duplicates (same domain, similar name) are found.
    const QList<DuplicatePair> pairs = DuplicateFinder(db.connection()).find();
    int sameDomain = 0;
    for (const DuplicatePair &p : pairs)
        sameDomain += p.sameFields.contains("domain");
    CHECK(sameDomain >= 1);
}

TEST_CASE("the size estimate of a data set is never short and not far over")
{
    for (const auto &[accounts, months] : {std::pair{300, 6}, std::pair{1000, 24}, std::pair{2000, 60}}) {
        GeneratorOptions options;
        options.accounts = accounts;
        options.months = months;
        QTemporaryDir dir;
        qint64 written = 0;
        for (const QString &path : Generator(options).writeAll(dir.path()))
            written += QFileInfo(path).size();
        INFO(accounts << " accounts, " << months << " months: " << written << " bytes written");
        const qint64 estimate = Generator::estimatedBytes(options);
        CHECK(estimate >= written);
        CHECK(estimate <= written * 3 / 2 + 1024 * 1024);
    }
}

TEST_CASE("importing the same generated data set twice adds no interaction, survey or cost again")
{
    GeneratorOptions options;
    options.accounts = 60;
    options.months = 12;
    QTemporaryDir dir;
    Generator(options).writeAll(dir.path());
    Database db(dir.filePath("twice.sqlite"));
    Importer importer(db, "test");
    auto count = [&](const QString &table) {
        QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return sql::next(q) ? q.value(0).toLongLong() : -1;
    };
    std::map<QString, qint64> first;
    for (int pass = 0; pass < 2; ++pass) {
        for (CsvKind kind : allCsvKinds())
            importer.importFile(kind, dir.filePath(csvKindName(kind) + ".csv"));
        for (const QString table : {"interactions", "surveys", "costs", "tickets", "revenue"}) {
            INFO(table.toStdString() << ", pass " << pass);
            if (pass == 0) {
                first[table] = count(table);
                CHECK(first[table] > 0);
            } else {
                CHECK(count(table) == first[table]);
            }
        }
    }
}
