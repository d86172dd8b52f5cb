#pragma once

#include "reports/reporthtml.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QSizeF>

#include <memory>
#include <optional>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace karvan::reports {

enum class PageFormat { A4, Letter };
// Letter where the locale measures in US units, A4 everywhere else.
PageFormat defaultPageFormat(const QLocale &locale = QLocale::system());
// "a4" or "letter" (any case); nullopt otherwise.
std::optional<PageFormat> pageFormatFromKey(const QString &key);
// The sheet of every report: A4 or Letter, portrait, 15 mm margins (12 mm at the foot).
QPageLayout pageLayout(PageFormat format);

// The report as a QTextDocument (the PDF's text), its charts added as image resources and
// laid out at 96 units an inch whatever the screen. Needs a QGuiApplication; any thread.
std::unique_ptr<QTextDocument> textDocument(const RenderedReport &report);

// Lays the document out on pages of `page` (layout units) so that no section heading ends a
// page apart from its section: a heading whose first two rows (a table's header and first
// row, or the first lines that follow) fall on the next page starts that page instead.
// Returns the number of pages.
int paginate(QTextDocument &document, const QSizeF &page);

// The report laid out on the printable area of a device (a PDF, a printer, a preview image):
// each page is the document's page and a footer with "Page N of M".
class PagedReport
{
public:
    // `device` gives the footer's metrics; `area` is its printable area in device pixels.
    PagedReport(const RenderedReport &report, QPaintDevice &device, const QSizeF &area);
    ~PagedReport();

    int pageCount() const { return m_pages; }
    QTextDocument &document() const { return *m_document; }
    // Paints page `index` (from 0); the painter's origin is the printable area's top left, in
    // device pixels.
    void paintPage(QPainter &painter, int index) const;

private:
    std::unique_ptr<QTextDocument> m_document;
    QString m_footer;
    QSizeF m_area;
    qreal m_scale = 1;
    qreal m_footerHeight = 0;
    QSizeF m_page;
    int m_pages = 0;
};

// The sheets of the report at `dpi` (the preview): each page whole, margins included, white.
std::vector<QImage> pageImages(const RenderedReport &report, PageFormat format, qreal dpi);

} // namespace karvan::reports
