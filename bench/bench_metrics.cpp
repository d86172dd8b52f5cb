// bench_metrics: Karvan's `metrics` against the same NRR / GRR / logo churn written as one SQL
// query run by the sqlite3 shell on the raw revenue CSV imported into a bare table.
//
//   bench_metrics [--accounts N] [--months M] [--sqlite3 PATH] [--keep DIR]
//
// Builds a Karvan database of N accounts x M months of revenue (set up here with bound SQL,
// so the benchmark does not depend on the importer), writes revenue.csv in the contract's
// form, imports it with `sqlite3 -cmd '.import --csv'`, then times, in one run:
//   karvan      `karvan-cli metrics --from A --to B --json` (a 12-month period ending at the
//               last month), as a process, and the same load + computation in process;
//   sqlite3     one SQL query over the bare table (no index), as a process.
// Prints both times, the ratio and both results, and checks that they agree to the cent.
#include "storage/database.h"
#include "metrics/metricsloader.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <csv.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <sys/resource.h>
#include <time.h>

using namespace karvan;

namespace {

struct RevenueRow
{
    int account;
    int month; // offset from the first month
    qint64 mrr;
};

// A deterministic, realistic-enough book: a third of the accounts exist from the first month,
// the rest start later; 1.5% churn a month; some churned accounts come back; MRR moves
// now and then (upsell, downsell); a churned account gets one explicit row of 0.
std::vector<RevenueRow> makeRevenue(int accounts, int months)
{
    std::mt19937_64 rng(20251123);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<RevenueRow> rows;
    rows.reserve(size_t(accounts) * size_t(months));
    for (int a = 0; a < accounts; ++a) {
        const int start = unit(rng) < 0.35 ? 0 : int(unit(rng) * months);
        qint64 mrr = 5000 + qint64(unit(rng) * 500000); // 50.00 .. 5,050.00
        bool live = true;
        for (int m = start; m < months; ++m) {
            if (live) {
                const double u = unit(rng);
                if (u < 0.015) {
                    live = false;
                    rows.push_back({a, m, 0});
                    continue;
                }
                if (u < 0.06)
                    mrr = std::max<qint64>(999, mrr + qint64((unit(rng) - 0.4) * 0.5 * double(mrr)));
                rows.push_back({a, m, mrr});
            } else if (unit(rng) < 0.03) {
                live = true; // reactivation
                rows.push_back({a, m, mrr});
            }
        }
    }
    return rows;
}

QString monthKey(const QDate &first, int offset)
{
    return first.addMonths(offset).toString(QStringLiteral("yyyy-MM"));
}

void writeField(FILE *f, const QByteArray &field, bool last)
{
    csv_fwrite(f, field.constData(), size_t(field.size()));
    std::fputc(last ? '\n' : ',', f);
}

void writeCsv(const QString &path, const std::vector<RevenueRow> &rows, const QDate &first)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        qFatal("cannot write %s", qPrintable(path));
    writeField(f, "account_id", false);
    writeField(f, "month", false);
    writeField(f, "mrr", true);
    for (const RevenueRow &r : rows) {
        writeField(f, QByteArray("acc-") + QByteArray::number(r.account), false);
        writeField(f, monthKey(first, r.month).toLatin1(), false);
        writeField(f, QByteArray::number(r.mrr / 100) + '.' +
                          QByteArray::number(r.mrr % 100).rightJustified(2, '0'), true);
    }
    std::fclose(f);
}

void fillDatabase(const QSqlDatabase &db, int accounts, const std::vector<RevenueRow> &rows,
                  const QDate &first)
{
    Transaction tx(db);
    QSqlQuery account = sql::prepare(db, QStringLiteral(
        "INSERT INTO accounts (id, ext_id, name, created_at, updated_at)"
        " VALUES (?, ?, ?, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')"));
    for (int a = 0; a < accounts; ++a) {
        account.addBindValue(a + 1);
        account.addBindValue(QStringLiteral("acc-%1").arg(a));
        account.addBindValue(QStringLiteral("Account %1").arg(a));
        sql::exec(account);
    }
    QSqlQuery revenue = sql::prepare(db, QStringLiteral(
        "INSERT INTO revenue (account_id, month, mrr) VALUES (?, ?, ?)"));
    for (const RevenueRow &r : rows) {
        revenue.addBindValue(r.account + 1);
        revenue.addBindValue(monthKey(first, r.month));
        revenue.addBindValue(r.mrr);
        sql::exec(revenue);
    }
    tx.commit();
    sql::exec(db, QStringLiteral("ANALYZE"));
}

struct ProcessResult
{
    qint64 ms = 0;    // wall clock
    qint64 cpuMs = 0; // user + system CPU time of the process
    QByteArray out;
};

qint64 childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + qint64(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 selfCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

ProcessResult runTimed(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    const qint64 cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    const qint64 wall = timer.elapsed();
    return {wall, childrenCpuMs() - cpuBefore, p.readAllStandardOutput()};
}

// The SQL reference: one query over the bare imported table (every column TEXT), money
// converted to cents exactly.
QByteArray referenceQuery(const QString &a, const QString &b)
{
    return QStringLiteral(
        "WITH p AS (SELECT account_id,"
        "  SUM(CASE WHEN month = '%1' THEN CAST(ROUND(CAST(mrr AS REAL) * 100) AS INTEGER) ELSE 0 END) AS ma,"
        "  SUM(CASE WHEN month = '%2' THEN CAST(ROUND(CAST(mrr AS REAL) * 100) AS INTEGER) ELSE 0 END) AS mb"
        "  FROM revenue WHERE month = '%1' OR month = '%2' GROUP BY account_id),"
        " s AS (SELECT SUM(ma > 0) AS n, SUM(ma > 0 AND mb = 0) AS churned,"
        "  SUM(CASE WHEN ma > 0 THEN ma ELSE 0 END) AS start,"
        "  SUM(CASE WHEN ma > 0 AND mb > ma THEN mb - ma ELSE 0 END) AS expansion,"
        "  SUM(CASE WHEN ma > 0 AND mb > 0 AND mb < ma THEN ma - mb ELSE 0 END) AS contraction,"
        "  SUM(CASE WHEN ma > 0 AND mb = 0 THEN ma ELSE 0 END) AS lost FROM p)"
        " SELECT n, churned, start, expansion, contraction, lost,"
        "  CAST(start + expansion - contraction - lost AS REAL) / start,"
        "  CAST(start - contraction - lost AS REAL) / start,"
        "  CAST(churned AS REAL) / n FROM s;\n").arg(a, b).toUtf8();
}

qint64 cents(const QJsonObject &o, const char *key)
{
    return std::llround(o.value(QLatin1String(key)).toDouble() * 100.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption accountsOpt("accounts", "Accounts (50000).", "N", "50000");
    const QCommandLineOption monthsOpt("months", "Months (36).", "M", "36");
    const QCommandLineOption sqliteOpt("sqlite3", "The sqlite3 shell.", "PATH", "sqlite3");
    const QCommandLineOption keepOpt("keep", "Work in DIR and keep the files.", "DIR");
    const QCommandLineOption runsOpt("runs", "Timed runs of each side; the median counts (5).", "N", "5");
    const QCommandLineOption reuseOpt("reuse", "Reuse the data a previous run left in --keep DIR.");
    parser.addOptions({accountsOpt, monthsOpt, sqliteOpt, keepOpt, runsOpt, reuseOpt});
    parser.process(app);
    const int accounts = parser.value(accountsOpt).toInt();
    const int months = parser.value(monthsOpt).toInt();
    if (accounts < 1 || months < 13)
        qFatal("need at least 1 account and 13 months");

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOpt) ? parser.value(keepOpt) : temp.path();
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/karvan.sqlite");
    const QString barePath = dir + QStringLiteral("/bare.sqlite");
    const QString csvPath = dir + QStringLiteral("/revenue.csv");
    const bool reuse = parser.isSet(reuseOpt) && parser.isSet(keepOpt);
    if (!reuse) {
        QFile::remove(dbPath);
        QFile::remove(barePath);
    }

    const QDate first(2023, 1, 1);
    const QString a = monthKey(first, months - 13);
    const QString b = monthKey(first, months - 1);
    const QString sqlite3 = parser.value(sqliteOpt);
    if (!reuse) {
        QElapsedTimer setup;
        setup.start();
        const std::vector<RevenueRow> rows = makeRevenue(accounts, months);
        {
            Database db(dbPath);
            fillDatabase(db.connection(), accounts, rows, first);
        }
        writeCsv(csvPath, rows, first);
        std::printf("data: %d accounts x %d months, %zu revenue rows (set up in %lld ms)\n",
                    accounts, months, rows.size(), setup.elapsed());
        const ProcessResult import =
            runTimed(sqlite3, {barePath, ".import --csv " + csvPath + " revenue"});
        std::printf("sqlite3 .import --csv into a bare table: %lld ms\n", import.ms);
    } else {
        std::printf("data: reusing %s (%d accounts x %d months)\n", qPrintable(dir), accounts, months);
    }
    std::printf("period: --from %s --to %s\n\n", qPrintable(a), qPrintable(b));

    // Alternate the two sides so that both see the same machine load; the median counts.
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    std::vector<qint64> inProcessMs, karvanMs, referenceMs, inProcessCpu, karvanCpu, referenceCpu;
    Metrics inProcess;
    ProcessResult karvan;
    ProcessResult reference;
    for (int run = 0; run < runs; ++run) {
        // Karvan, in process: open read-only, load with set-based SQL, compute.
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = selfCpuMs();
        {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            options.create = false;
            Database db(dbPath, options);
            inProcess = MetricsLoader(db.connection()).metrics(*MetricsPeriod::parse(a, b));
        }
        inProcessMs.push_back(timer.elapsed());
        inProcessCpu.push_back(selfCpuMs() - cpuBefore);
        karvan = runTimed(QStringLiteral(KARVAN_CLI_PATH),
                          {"--db", dbPath, "metrics", "--from", a, "--to", b, "--json"});
        karvanMs.push_back(karvan.ms);
        karvanCpu.push_back(karvan.cpuMs);
        reference = runTimed(sqlite3, {"-csv", barePath}, referenceQuery(a, b));
        referenceMs.push_back(reference.ms);
        referenceCpu.push_back(reference.cpuMs);
    }
    const auto median = [](std::vector<qint64> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const auto list = [](const std::vector<qint64> &v) {
        QStringList parts;
        for (qint64 x : v)
            parts << QString::number(x);
        return parts.join(QStringLiteral(" ")).toStdString();
    };

    const QJsonObject k = QJsonDocument::fromJson(karvan.out).object();
    const QList<QByteArray> s = reference.out.trimmed().split(',');
    if (s.size() != 9)
        qFatal("unexpected sqlite3 output: %s", reference.out.constData());

    std::printf("median of %d runs, wall clock and CPU (user + system) in ms; all runs in brackets\n", runs);
    std::printf("karvan-cli metrics --json : wall %5lld [%s]  cpu %5lld [%s]\n", median(karvanMs),
                list(karvanMs).c_str(), median(karvanCpu), list(karvanCpu).c_str());
    std::printf("  in process (load+compute): wall %5lld [%s]  cpu %5lld [%s]\n", median(inProcessMs),
                list(inProcessMs).c_str(), median(inProcessCpu), list(inProcessCpu).c_str());
    std::printf("sqlite3 one query         : wall %5lld [%s]  cpu %5lld [%s]\n", median(referenceMs),
                list(referenceMs).c_str(), median(referenceCpu), list(referenceCpu).c_str());
    const auto ratio = [](qint64 x, qint64 y) { return double(x) / double(std::max<qint64>(1, y)); };
    std::printf("ratio karvan / sqlite3    : wall %.2fx, cpu %.2fx (target <= 1.0x)\n\n",
                ratio(median(karvanMs), median(referenceMs)),
                ratio(median(karvanCpu), median(referenceCpu)));

    std::printf("%-18s %22s %22s\n", "", "karvan", "sqlite3");
    bool agree = true;
    const auto money = [&](const char *label, qint64 kv, qint64 sv) {
        agree = agree && kv == sv && kv == [&] {
            if (!qstrcmp(label, "mrr_start")) return inProcess.revenue.mrrStart;
            if (!qstrcmp(label, "expansion_mrr")) return inProcess.revenue.expansionMrr;
            if (!qstrcmp(label, "contraction_mrr")) return inProcess.revenue.contractionMrr;
            return inProcess.revenue.churnedMrr;
        }();
        std::printf("%-18s %19lld.%02lld %19lld.%02lld\n", label, kv / 100, kv % 100, sv / 100, sv % 100);
    };
    const auto count = [&](const char *label, qint64 kv, qint64 sv) {
        agree = agree && kv == sv;
        std::printf("%-18s %22lld %22lld\n", label, kv, sv);
    };
    const auto rate = [&](const char *label, double kv, double sv) {
        agree = agree && std::fabs(kv - sv) < 1e-12;
        std::printf("%-18s %22.15f %22.15f\n", label, kv, sv);
    };
    count("accounts_start", k["accounts_start"].toInteger(), s[0].toLongLong());
    count("accounts_churned", k["accounts_churned"].toInteger(), s[1].toLongLong());
    money("mrr_start", cents(k, "mrr_start"), s[2].toLongLong());
    money("expansion_mrr", cents(k, "expansion_mrr"), s[3].toLongLong());
    money("contraction_mrr", cents(k, "contraction_mrr"), s[4].toLongLong());
    money("churned_mrr", cents(k, "churned_mrr"), s[5].toLongLong());
    rate("nrr", k["nrr"].toDouble(), s[6].toDouble());
    rate("grr", k["grr"].toDouble(), s[7].toDouble());
    rate("logo_churn_rate", k["logo_churn_rate"].toDouble(), s[8].toDouble());
    std::printf("\nresults %s\n", agree ? "agree to the cent" : "DIFFER");
    return agree ? 0 : 1;
}
