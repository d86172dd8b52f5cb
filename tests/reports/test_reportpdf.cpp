// The PDF and HTML files: a valid PDF of the chosen page size with its pages numbered.
#include <catch2/catch.hpp>

#include "reportfixture.h"

#include "reports/reportbuilder.h"
#include "reports/reportwriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSizeF>
#include <QTemporaryDir>

using namespace karvan;
using namespace karvan::reports;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The pages of a PDF (its /Type /Page objects) and the first page's size in points.
int pageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

QSizeF mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace

TEST_CASE("the account report is a valid PDF of A4 or Letter pages")
{
    test::ReportBook book;
    QTemporaryDir dir;
    const RenderedReport report =
        render(buildAccountReport(book.f.db(), book.a, QDate(2026, 6, 30), QStringLiteral("sara")));

    const QString a4 = dir.filePath("a.pdf");
    const int pages = writePdf(report, a4, PageFormat::A4);
    const QByteArray pdf = readAll(a4);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pages >= 2);
    CHECK(pageObjects(pdf) == pages);
    const QSizeF size = mediaBox(pdf);
    CHECK(size.width() == Approx(595.3).margin(1));
    CHECK(size.height() == Approx(841.9).margin(1));
    CHECK_FALSE(QFile::exists(a4 + ".part"));

    const QString letter = dir.filePath("l.pdf");
    writePdf(report, letter, PageFormat::Letter);
    const QSizeF l = mediaBox(readAll(letter));
    CHECK(l.width() == Approx(612).margin(1));
    CHECK(l.height() == Approx(792).margin(1));
}

TEST_CASE("the HTML file is the standalone document, UTF-8, with its chart inline")
{
    test::ReportBook book;
    QTemporaryDir dir;
    const RenderedReport report =
        render(buildAccountReport(book.f.db(), book.p, QDate(2026, 6, 30), QString()));
    const QString path = dir.filePath("p.html");
    writeReport(report, path, PageFormat::A4);
    const QString html = QString::fromUtf8(readAll(path));
    CHECK(html == report.browserHtml);
    CHECK(html.contains(QStringLiteral("شرکت پارس نوین")));
    CHECK(html.contains("<svg"));
    CHECK_FALSE(html.contains("<img"));
    CHECK_FALSE(html.contains("<link"));
    CHECK_FALSE(html.contains("<script"));
}

TEST_CASE("page size and output kind come from their keys and the file's extension")
{
    CHECK(pageFormatFromKey("A4") == PageFormat::A4);
    CHECK(pageFormatFromKey("letter") == PageFormat::Letter);
    CHECK_FALSE(pageFormatFromKey("legal"));
    CHECK(defaultPageFormat(QLocale(QLocale::English, QLocale::UnitedStates)) == PageFormat::Letter);
    CHECK(defaultPageFormat(QLocale(QLocale::Persian, QLocale::Iran)) == PageFormat::A4);
    CHECK(outputFormatOf("x.PDF") == OutputFormat::Pdf);
    CHECK(outputFormatOf("x.html") == OutputFormat::Html);
    CHECK_FALSE(outputFormatOf("x.txt"));
}
