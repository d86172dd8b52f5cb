// bench_tasks: the six signal rules over a large book, the target being 100,000 accounts in
// under 1 s.
//
//   bench_tasks [--accounts N] [--keep DIR [--reuse]]
//
// Builds a Karvan database of N accounts (default 100,000) with bound SQL: renewal dates spread
// over a year, 0-8 interactions, 0-4 tickets (some escalated and open), 0-2 goals, 3 months of
// usage, an owner on most accounts, a few submitted hand-offs. Then times, in process:
//   each rule alone (SignalRules::evaluate with one rule), all six, and the two raises (the first
//   writes the tasks, the second finds every key already there).
//   The red rule reads the stored health now (health_current) when it is as of D; the
//   bench times it both ways.
// The peer: the `silent` rule written as one query run by the sqlite3 shell on the same file.
#include "health/healthservice.h"
#include "rules/signalrules.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <ctime>
#include <random>

using namespace karvan;

namespace {

const QDate kAsOf(2026, 6, 30);

void populate(Database &database, int accounts)
{
    QSqlDatabase db = database.connection();
    std::mt19937_64 rng(20261130);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto pick = [&](int n) { return int(unit(rng) * n); };
    auto day = [&](int from, int to) { return kAsOf.addDays(from + pick(to - from)).toString(Qt::ISODate); };

    Transaction tx(db);
    for (int p = 1; p <= 40; ++p) {
        sql::exec(db, QStringLiteral("INSERT INTO people (email, name, team_id) SELECT 'csm%1@example.com',"
                                     " 'CSM %1', id FROM teams WHERE team_key = 'customer_success'").arg(p));
    }
    QSqlQuery account = sql::prepare(db, QStringLiteral(
        "INSERT INTO accounts (ext_id, name, stage, status, renewal_date, created_at, updated_at)"
        " VALUES (?, ?, 'retention', ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
    QSqlQuery owner = sql::prepare(db, QStringLiteral(
        "INSERT INTO ownership (account_id, stage, person_id) VALUES (?, 'retention', ?)"));
    QSqlQuery usage = sql::prepare(db, QStringLiteral(
        "INSERT INTO usage (account_id, month, active_users, licensed_users) VALUES (?, ?, ?, ?)"));
    QSqlQuery ticket = sql::prepare(db, QStringLiteral(
        "INSERT INTO tickets (ext_id, account_id, opened, closed, escalated) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery interaction = sql::prepare(db, QStringLiteral(
        "INSERT INTO interactions (account_id, date, kind) VALUES (?, ?, 'call')"));
    QSqlQuery goal = sql::prepare(db, QStringLiteral(
        "INSERT INTO goals (account_id, kind, title, due_date, created_at) VALUES (?, 'goal', ?, ?, 'x')"));
    QSqlQuery handoff = sql::prepare(db, QStringLiteral(
        "INSERT INTO handoffs (account_id, to_person_id, status, created_at, submitted_at)"
        " VALUES (?, ?, 'submitted', 'x', ?)"));
    qint64 tickets = 0;
    for (int a = 0; a < accounts; ++a) {
        account.addBindValue(QStringLiteral("ACC-%1").arg(a + 1, 6, 10, QLatin1Char('0')));
        account.addBindValue(QStringLiteral("Account %1").arg(a + 1));
        account.addBindValue(unit(rng) < 0.05 ? QStringLiteral("churned") : QStringLiteral("active"));
        account.addBindValue(day(-30, 335));
        sql::exec(account);
        const qint64 id = account.lastInsertId().toLongLong();
        if (unit(rng) < 0.9) {
            owner.addBindValue(id);
            owner.addBindValue(1 + pick(40));
            sql::exec(owner);
        }
        const int licensed = 5 + pick(200);
        for (int m = 0; m < 3; ++m) {
            usage.addBindValue(id);
            usage.addBindValue(kAsOf.addMonths(-m).toString(QStringLiteral("yyyy-MM")));
            usage.addBindValue(pick(licensed + 1));
            usage.addBindValue(licensed);
            sql::exec(usage);
        }
        for (int i = 0, n = pick(9); i < n; ++i) {
            interaction.addBindValue(id);
            interaction.addBindValue(day(-200, 0));
            sql::exec(interaction);
        }
        for (int t = 0, n = pick(5); t < n; ++t) {
            ticket.addBindValue(QStringLiteral("T-%1").arg(++tickets));
            ticket.addBindValue(id);
            ticket.addBindValue(day(-120, 0));
            ticket.addBindValue(unit(rng) < 0.3 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(day(-10, 0)));
            ticket.addBindValue(unit(rng) < 0.15 ? 1 : 0);
            sql::exec(ticket);
        }
        for (int g = 0, n = pick(3); g < n; ++g) {
            goal.addBindValue(id);
            goal.addBindValue(QStringLiteral("Goal %1").arg(g + 1));
            goal.addBindValue(day(-30, 90));
            sql::exec(goal);
        }
        if (unit(rng) < 0.01) {
            handoff.addBindValue(id);
            handoff.addBindValue(1 + pick(40));
            handoff.addBindValue(day(-20, 0) + QStringLiteral("T09:00:00Z"));
            sql::exec(handoff);
        }
    }
    tx.commit();
    sql::exec(db, QStringLiteral("ANALYZE"));
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the signal rules over a large book."));
    parser.addHelpOption();
    const QCommandLineOption accountsOption(QStringLiteral("accounts"), QStringLiteral("Accounts (100000)."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the database in DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("With --keep: reuse the database already there."));
    parser.addOptions({accountsOption, keepOption, reuseOption});
    parser.process(app);
    const int accounts = parser.value(accountsOption).toInt();
    if (accounts <= 0) {
        std::fprintf(stderr, "bench_tasks: --accounts must be a positive number\n");
        return 1;
    }

    QTemporaryDir tmp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : tmp.path();
    const QString path = dir + QStringLiteral("/bench-tasks.sqlite");
    QElapsedTimer timer;
    timer.start();
    if (!parser.isSet(reuseOption) || !QFile::exists(path)) {
        QFile::remove(path);
        Database database(path);
        populate(database, accounts);
        std::printf("built %d accounts in %.1f s (%s)\n", accounts, timer.elapsed() / 1000.0, qPrintable(path));
    }
    Database database(path);
    sql::exec(database.connection(), QStringLiteral("DELETE FROM tasks"));
    // Without the stored health now as of D, the red rule scores every account.
    sql::exec(database.connection(), QStringLiteral("DELETE FROM health_current"));
    const SignalRules rules(database.connection());
    timer.restart();
    const size_t scoredRed = rules.evaluate(kAsOf, {QStringLiteral("red")}).size();
    std::printf("red, scored     %7.0f ms  %zu hits (no stored health as of D)\n", ms(timer), scoredRed);
    timer.restart();
    HealthService(database.connection()).refreshCurrent(kAsOf);
    std::printf("health now      %7.0f ms  (refreshCurrent as of D; the app keeps it up to date)\n", ms(timer));

    for (const QString &rule : SignalRules::rules()) {
        timer.restart();
        const double cpu = cpuMs();
        const size_t n = rules.evaluate(kAsOf, {rule}).size();
        std::printf("%-16s %7.0f ms  (cpu %.0f ms) %zu hits\n", qPrintable(rule), ms(timer), cpuMs() - cpu, n);
    }
    QStringList noRed = SignalRules::rules();
    noRed.removeAll(QStringLiteral("red"));
    timer.restart();
    double cpu = cpuMs();
    const size_t five = rules.evaluate(kAsOf, noRed).size();
    const double fiveMs = ms(timer), fiveCpu = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    const std::vector<SignalHit> hits = rules.evaluate(kAsOf);
    const double allMs = ms(timer), allCpu = cpuMs() - cpu;
    timer.restart();
    const int added = rules.raise(hits, QStringLiteral("bench"));
    const double firstMs = ms(timer);
    timer.restart();
    const int again = rules.raise(kAsOf, QStringLiteral("bench"));
    const double secondMs = ms(timer);

    // The peer: `silent` as one query in the sqlite3 shell, on the same file.
    const QString peerSql = QStringLiteral(
        "SELECT count(*) FROM (SELECT a.id, (SELECT max(i.date) FROM interactions i"
        " WHERE i.account_id = a.id AND i.date <= '%1T99') AS last FROM accounts a WHERE a.status = 'active')"
        " WHERE last IS NULL OR substr(last, 1, 10) <= '%2';")
        .arg(kAsOf.toString(Qt::ISODate), kAsOf.addDays(-45).toString(Qt::ISODate));
    QProcess shell;
    timer.restart();
    shell.start(qEnvironmentVariable("SQLITE3", QStringLiteral("sqlite3")), {path, peerSql});
    shell.waitForFinished(120000);
    const double peerMs = ms(timer);
    const QByteArray peerCount = shell.readAllStandardOutput().trimmed();
    timer.restart();
    const size_t silentHits = rules.evaluate(kAsOf, {QStringLiteral("silent")}).size();
    const double silentMs = ms(timer);

    std::printf("five SQL rules   %7.0f ms  (cpu %.0f ms) %zu hits\n", fiveMs, fiveCpu, five);
    std::printf("all six rules    %7.0f ms  (cpu %.0f ms) %zu hits, owners included\n", allMs, allCpu, hits.size());
    std::printf("raise, first     %7.0f ms  (%d tasks written and audited)\n", firstMs, added);
    std::printf("raise, again     %7.0f ms  (evaluate + %d new: no duplicate)\n", secondMs, again);
    std::printf("silent: karvan %.0f ms (%zu) vs sqlite3 shell %.0f ms (%s, process start included)\n",
                silentMs, silentHits, peerMs, peerCount.constData());
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().trimmed() : QByteArray("?");
    std::printf("target    all six rules under 1000 ms: %s (wall %.0f ms, cpu %.0f ms; load average %s)\n",
                allMs < 1000 ? "met" : "MISSED", allMs, allCpu, load.constData());
    return again == 0 && peerCount.toLongLong() == qint64(silentHits) ? 0 : 1;
}
