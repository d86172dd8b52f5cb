#include "reports/reportlayout.h"
#include "domain/displaymoney.h"

#include "reports/reportcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <cmath>

namespace karvan::reports {

namespace {

// The document is laid out at 96 units an inch (as on screen) and scaled to the device.
constexpr qreal kLayoutDpi = 96.0;
// The charts are rasterised at this many pixels a layout unit (sharp when printed).
constexpr int kChartSupersample = 3;
// A section heading stays with this many rows of its section.
constexpr int kRowsKeptWithHeading = 2;

QFont reportFont(qreal points)
{
    QFont font;
    font.setFamilies({ QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic") });
    font.setPointSizeF(points);
    return font;
}

// The device the text is measured on: 96 dots an inch on every screen, so that the CLI, the
// app and the tests lay a report out alike.
QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight + 1e-9));
}

// The bottom of a block's first line, in document coordinates.
qreal firstLineBottom(const QTextBlock &block, const QRectF &rect)
{
    const QTextLayout *layout = block.layout();
    if (layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineAt(0);
        return rect.top() + line.y() + line.height();
    }
    return rect.bottom();
}

// Whether the first rows after `heading` (up to the next heading) begin on a later page.
bool headingEndsItsPage(
    const QTextBlock &heading, QAbstractTextDocumentLayout &layout, qreal pageHeight)
{
    const QRectF head = layout.blockBoundingRect(heading);
    const int page = pageOf(head.top(), pageHeight);
    int rows = 0;
    qreal rowTop = head.top();
    for (QTextBlock b = heading.next(); b.isValid() && rows < kRowsKeptWithHeading; b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            break;
        const QRectF r = layout.blockBoundingRect(b);
        if (r.height() <= 0 || std::abs(r.top() - rowTop) < 0.5)
            continue; // another cell of the same table row
        rowTop = r.top();
        ++rows;
        if (pageOf(firstLineBottom(b, r) - 0.5, pageHeight) != page)
            return true;
    }
    return false;
}

} // namespace

PageFormat defaultPageFormat(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? PageFormat::Letter
                                                                   : PageFormat::A4;
}

std::optional<PageFormat> pageFormatFromKey(const QString &key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PageFormat::A4;
    if (key.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PageFormat::Letter;
    return std::nullopt;
}

QPageLayout pageLayout(PageFormat format)
{
    return QPageLayout(QPageSize(format == PageFormat::Letter ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> textDocument(const RenderedReport &report)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(layoutDevice());
    doc->setUseDesignMetrics(true);
    doc->setDefaultFont(reportFont(10));
    doc->setDocumentMargin(0);
    for (const ReportChart &c : report.charts) {
        QImage image = charts::rasterise(
            c.svg, QSize(c.width * kChartSupersample, c.height * kChartSupersample));
        image.setDevicePixelRatio(kChartSupersample);
        doc->addResource(QTextDocument::ImageResource, QUrl(c.url), image);
    }
    doc->setHtml(report.documentHtml);
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    return doc;
}

int paginate(QTextDocument &document, const QSizeF &page)
{
    document.setPageSize(page);
    QAbstractTextDocumentLayout &layout = *document.documentLayout();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() < 2)
            continue;
        const qreal top = layout.blockBoundingRect(b).top();
        const bool atPageTop = top - pageOf(top, page.height()) * page.height() < 1.0;
        if (atPageTop || !headingEndsItsPage(b, layout, page.height()))
            continue;
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(b).mergeBlockFormat(breakBefore); // the layout below follows on the next call
    }
    return document.pageCount();
}

PagedReport::PagedReport(const RenderedReport &report, QPaintDevice &device, const QSizeF &area)
    : m_document(textDocument(report))
    , m_footer(report.footer)
    , m_area(area)
{
    m_scale = qreal(device.logicalDpiY()) / kLayoutDpi;
    m_footerHeight = QFontMetricsF(reportFont(7.5), &device).height() * 2.2;
    m_page = QSizeF(area.width() / m_scale, (area.height() - m_footerHeight) / m_scale);
    m_pages = paginate(*m_document, m_page);
}

PagedReport::~PagedReport() = default;

void PagedReport::paintPage(QPainter &painter, int index) const
{
    painter.save();
    painter.scale(m_scale, m_scale);
    painter.translate(0, -m_page.height() * index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, m_page.height() * index, m_page.width(), m_page.height());
    painter.setClipRect(context.clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    painter.save();
    painter.setFont(reportFont(7.5));
    painter.setPen(QColor(0x5d, 0x66, 0x70));
    const QRectF foot(0, m_area.height() - m_footerHeight, m_area.width(), m_footerHeight);
    painter.drawLine(QPointF(foot.left(), foot.top() + m_footerHeight * 0.25),
        QPointF(foot.right(), foot.top() + m_footerHeight * 0.25));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, m_footer);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
        Report::tr("Page %1 of %2").arg(display::digits(QString::number(index + 1)), display::digits(QString::number(m_pages))));
    painter.restore();
}

std::vector<QImage> pageImages(const RenderedReport &report, PageFormat format, qreal dpi)
{
    const QPageLayout sheet = pageLayout(format);
    const QRectF full = sheet.fullRectPoints();
    const QRectF area = sheet.paintRectPoints();
    const qreal perPoint = dpi / 72.0;
    const QSize pixels(qRound(full.width() * perPoint), qRound(full.height() * perPoint));
    const int dotsPerMeter = qRound(dpi / 0.0254);
    const auto sheetImage = [&] {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        return image;
    };
    QImage metrics = sheetImage();
    const PagedReport paged(report, metrics, area.size() * perPoint);
    std::vector<QImage> pages;
    for (int i = 0; i < paged.pageCount(); ++i) {
        QImage image = sheetImage();
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(area.topLeft() * perPoint);
        paged.paintPage(painter, i);
        painter.end();
        pages.push_back(std::move(image));
    }
    return pages;
}

} // namespace karvan::reports
