// The PDF's layout: a Persian title runs right to left, no section heading ends a page, the
// preview's pages, and files that only their owner can read.
#include <catch2/catch.hpp>

#include "reportfixture.h"

#include "reports/reportbuilder.h"
#include "reports/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

using namespace karvan;
using namespace karvan::reports;

namespace {

constexpr qreal kWidth = 680; // an A4 page's text width in layout units

QTextBlock blockWithText(const QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b;
    }
    return {};
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight + 1e-9));
}

// The section headings that end their page: the first line after them is on a later page.
QStringList orphanHeadings(QTextDocument &doc, qreal pageHeight)
{
    QStringList orphans;
    QAbstractTextDocumentLayout &layout = *doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        const QRectF head = layout.blockBoundingRect(b);
        for (QTextBlock n = b.next(); n.isValid(); n = n.next()) {
            const QRectF r = layout.blockBoundingRect(n);
            if (r.height() <= 0)
                continue;
            const QTextLine first = n.layout()->lineAt(0);
            const qreal bottom
                = r.top() + (first.isValid() ? first.y() + first.height() : r.height());
            if (pageOf(bottom - 0.5, pageHeight) != pageOf(head.top(), pageHeight))
                orphans << b.text();
            break;
        }
    }
    return orphans;
}

bool onlyOwner(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (p & QFile::ReadOwner) && (p & QFile::WriteOwner) && !(p & others);
}

} // namespace

TEST_CASE("a Persian account's title runs right to left and ends at the right margin")
{
    test::ReportBook book;
    const QString persian = QStringLiteral("شرکت پارس نوین");
    const std::unique_ptr<QTextDocument> doc = textDocument(
        render(buildAccountReport(book.f.db(), book.p, QDate(2026, 6, 30), QString())));
    paginate(*doc, QSizeF(kWidth, 900));
    const QTextBlock title = blockWithText(*doc, persian);
    REQUIRE(title.isValid());
    CHECK(title.blockFormat().headingLevel() == 1);
    CHECK(title.textDirection() == Qt::RightToLeft);
    // Where the text begins (its first letter): at the right margin.
    const QTextLine line = title.layout()->lineAt(0);
    const qreal start = doc->documentLayout()->blockBoundingRect(title).left() + line.cursorToX(0);
    CHECK(start == Approx(kWidth).margin(3));
    CHECK(line.naturalTextWidth() < kWidth / 2); // so the text is not at the left

    // An English title stays at the left.
    const std::unique_ptr<QTextDocument> en = textDocument(
        render(buildAccountReport(book.f.db(), book.a, QDate(2026, 6, 30), QString())));
    paginate(*en, QSizeF(kWidth, 900));
    const QTextBlock english = blockWithText(*en, QStringLiteral("Alborz Trading"));
    REQUIRE(english.isValid());
    CHECK(english.textDirection() == Qt::LeftToRight);
    CHECK(en->documentLayout()->blockBoundingRect(english).left()
            + english.layout()->lineAt(0).cursorToX(0)
        == Approx(0).margin(1));
}

TEST_CASE("no section heading is left alone at the bottom of a page")
{
    test::ReportBook book;
    const RenderedReport account
        = render(buildAccountReport(book.f.db(), book.a, QDate(2026, 6, 30), QString()));
    const RenderedReport portfolio = render(buildPortfolioReport(book.f.db(),
        { *MetricsPeriod::parse("2026-01", "2026-06"), QString(), QString() }, QString(),
        QDate(2026, 11, 30)));
    int orphansWithoutKeeping = 0;
    for (const RenderedReport *report : { &account, &portfolio }) {
        // Many page heights, so that headings fall at every place of a page.
        for (qreal height = 260; height <= 1000; height += 23) {
            const std::unique_ptr<QTextDocument> plain = textDocument(*report);
            plain->setPageSize(QSizeF(kWidth, height));
            orphansWithoutKeeping += int(orphanHeadings(*plain, height).size());

            const std::unique_ptr<QTextDocument> doc = textDocument(*report);
            const int pages = paginate(*doc, QSizeF(kWidth, height));
            INFO("page height " << height);
            CHECK(orphanHeadings(*doc, height).isEmpty());
            CHECK(pages == doc->pageCount());
        }
    }
    // The sweep does meet headings that plain pagination leaves alone: the check above bites.
    CHECK(orphansWithoutKeeping > 0);
}

TEST_CASE("the preview's pages are the PDF's pages, each a whole sheet")
{
    test::ReportBook book;
    QTemporaryDir dir;
    const RenderedReport report
        = render(buildAccountReport(book.f.db(), book.a, QDate(2026, 6, 30), QString()));
    const int pdfPages = writePdf(report, dir.filePath("a.pdf"), PageFormat::A4);
    const std::vector<QImage> a4 = pageImages(report, PageFormat::A4, 72);
    CHECK(int(a4.size()) == pdfPages);
    REQUIRE_FALSE(a4.empty());
    CHECK(a4.front().width() == Approx(595).margin(1)); // 210 mm at 72 dots an inch
    CHECK(a4.front().height() == Approx(842).margin(1)); // 297 mm
    const std::vector<QImage> letter = pageImages(report, PageFormat::Letter, 72);
    REQUIRE_FALSE(letter.empty());
    CHECK(letter.front().size() == QSize(612, 792));
    // Something is drawn on the page: not a blank sheet.
    CHECK(a4.front().convertToFormat(QImage::Format_Grayscale8)
        != QImage(a4.front().size(), QImage::Format_Grayscale8));
}

TEST_CASE("a report file is readable by its owner only, and replaced whole")
{
    test::ReportBook book;
    QTemporaryDir dir;
    const RenderedReport report
        = render(buildAccountReport(book.f.db(), book.a, QDate(2026, 6, 30), QString()));
    const QString pdf = dir.filePath("a.pdf");
    const QString html = dir.filePath("a.html");
    writeReport(report, pdf, PageFormat::A4);
    writeReport(report, html, PageFormat::A4);
    CHECK(onlyOwner(pdf));
    CHECK(onlyOwner(html));

    // Written again over an old file: the new report, nothing left of the old one.
    QFile old(html);
    REQUIRE(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
    old.write(QByteArray(200000, 'x'));
    old.close();
    writeReport(report, html, PageFormat::A4);
    QFile again(html);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == report.browserHtml.toUtf8());
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2); // no partial file left

    CHECK_THROWS_AS(writeReport(report, dir.filePath("missing/a.pdf"), PageFormat::A4), WriteError);
}

TEST_CASE("a heading holds text, never markup")
{
    test::ReportBook book;
    const RenderedReport r = render(buildPortfolioReport(book.f.db(),
        { *MetricsPeriod::parse("2026-01", "2026-06"), QString(), QString() }, QString(),
        QDate(2026, 11, 30)));
    CHECK_FALSE(r.browserHtml.contains(QStringLiteral("&lt;span")));
    CHECK(r.browserHtml.contains(QStringLiteral("<h2>Health distribution (2026-06-30)</h2>")));
}
