// karvan-cli report as a user runs it: files written, exit codes, no display needed.
#include <catch2/catch.hpp>

#include "clirun.h"

#include "../reports/reportfixture.h"

#include <QFile>
#include <QTemporaryDir>

using namespace karvan;
using namespace karvan::clitest;

namespace {

// No display at all: the command must bring its own offscreen platform.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

// A file nobody but its owner may read or write (0600).
bool ownerOnly(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    return (p & QFile::ReadOwner) && (p & QFile::WriteOwner)
           && !(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
}

QByteArray head(const QString &path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

} // namespace

TEST_CASE("report writes an account's PDF and HTML with no display")
{
    test::ReportBook book;
    QTemporaryDir dir;
    const QString pdf = dir.filePath("a.pdf");
    Run run = cli({"--db", book.f.path(), "--as", "sara@example.com", "report", "A-1", "--out", pdf,
                   "--as-of", "2026-06-30", "--page", "letter"}, headless());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(head(pdf, 5) == "%PDF-");
    CHECK(ownerOnly(pdf));

    const QString html = dir.filePath("p.html");
    run = cli({"--db", book.f.path(), "report", "P-2", "--out", html, "--as-of", "2026-06-30"}, headless());
    REQUIRE(run.exitCode == 0);
    QFile f(html);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("شرکت پارس نوین")));
    CHECK(text.contains("As of 2026-06-30"));
    CHECK(ownerOnly(html));
}

TEST_CASE("report --portfolio writes the period's report, for a team too")
{
    test::ReportBook book;
    QTemporaryDir dir;
    const QString pdf = dir.filePath("portfolio.pdf");
    Run run = cli({"--db", book.f.path(), "report", "--portfolio", "--from", "2026-01", "--to", "2026-06",
                   "--out", pdf}, headless());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(head(pdf, 5) == "%PDF-");
    const QString html = dir.filePath("team.html");
    run = cli({"--db", book.f.path(), "report", "--portfolio", "--from", "2026-01", "--to", "2026-06",
               "--team", "account_management", "--out", html}, headless());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(html));
}

TEST_CASE("report refuses bad input with the contract's exit codes")
{
    test::ReportBook book;
    QTemporaryDir dir;
    const QString db = book.f.path();
    // Unknown account or team: bad input data, exit 2, nothing written.
    Run run = cli({"--db", db, "report", "NOPE", "--out", dir.filePath("x.pdf")}, headless());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("unknown account 'NOPE'"));
    CHECK_FALSE(QFile::exists(dir.filePath("x.pdf")));
    run = cli({"--db", db, "report", "--portfolio", "--from", "2026-01", "--to", "2026-06", "--team", "nope",
               "--out", dir.filePath("t.pdf")}, headless());
    CHECK(run.exitCode == 2);
    // Usage errors: exit 1.
    CHECK(cli({"--db", db, "report", "A-1", "--out", dir.filePath("x.txt")}, headless()).exitCode == 1);
    CHECK(cli({"--db", db, "report", "A-1"}, headless()).exitCode == 1);
    CHECK(cli({"--db", db, "report", "A-1", "--out", dir.filePath("x.pdf"), "--page", "legal"}, headless()).exitCode == 1);
    CHECK(cli({"--db", db, "report", "A-1", "--out", dir.filePath("x.pdf"), "--as-of", "2026-13-01"}, headless()).exitCode == 1);
    CHECK(cli({"--db", db, "report", "--portfolio", "--out", dir.filePath("x.pdf")}, headless()).exitCode == 1);
    CHECK(cli({"--db", db, "report", "--portfolio", "--from", "2026-06", "--to", "2026-01", "--out",
               dir.filePath("x.pdf")}, headless()).exitCode == 1);
    // A missing database: exit 3.
    CHECK(cli({"--db", dir.filePath("none.sqlite"), "report", "A-1", "--out", dir.filePath("x.pdf")}, headless()).exitCode == 3);
}
