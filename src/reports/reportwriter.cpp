#include "reports/reportwriter.h"

#include "reports/reportcharts.h"
#include "reports/reporthtmlparts.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace karvan::reports {

namespace {

// The document is laid out at 96 units per inch (as on screen) and scaled to the device.
constexpr qreal kLayoutDpi = 96.0;
// The charts are rasterised at this many pixels per layout unit (sharp when printed).
constexpr int kChartSupersample = 3;

QFont reportFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic")});
    font.setPointSizeF(points);
    return font;
}

} // namespace

PageFormat defaultPageFormat(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? PageFormat::Letter : PageFormat::A4;
}

std::optional<PageFormat> pageFormatFromKey(const QString &key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PageFormat::A4;
    if (key.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PageFormat::Letter;
    return std::nullopt;
}

std::optional<OutputFormat> outputFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return OutputFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return OutputFormat::Html;
    return std::nullopt;
}

std::unique_ptr<QTextDocument> textDocument(const RenderedReport &report)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUseDesignMetrics(true);
    doc->setDefaultFont(reportFont(10));
    doc->setDocumentMargin(0);
    for (const ReportChart &c : report.charts) {
        const QImage image = charts::rasterise(
            c.svg, QSize(c.width * kChartSupersample, c.height * kChartSupersample));
        QImage scaled = image;
        scaled.setDevicePixelRatio(kChartSupersample);
        doc->addResource(QTextDocument::ImageResource, QUrl(c.url), scaled);
    }
    doc->setHtml(report.documentHtml);
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    return doc;
}

int printReport(const RenderedReport &report, QPagedPaintDevice &device)
{
    const std::unique_ptr<QTextDocument> doc = textDocument(report);
    QPainter painter;
    if (!painter.begin(&device))
        throw WriteError(Report::tr("cannot start painting the report"));
    const qreal scale = qreal(device.logicalDpiY()) / kLayoutDpi;
    const QFont footerFont = reportFont(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2.2;
    const QSizeF page(device.width() / scale, (device.height() - footerHeight) / scale);
    doc->setPageSize(page);
    const int pages = doc->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            static_cast<void>(device.newPage());
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -page.height() * i);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page.height() * i, page.width(), page.height());
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x5d, 0x66, 0x70));
        const QRectF foot(0, device.height() - footerHeight, device.width(), footerHeight);
        painter.drawLine(QPointF(foot.left(), foot.top() + footerHeight * 0.25),
                         QPointF(foot.right(), foot.top() + footerHeight * 0.25));
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, report.footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         Report::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return pages;
}

void writeHtml(const RenderedReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw WriteError(Report::tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(report.browserHtml.toUtf8());
    if (!file.commit())
        throw WriteError(Report::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

int writePdf(const RenderedReport &report, const QString &path, PageFormat format)
{
    // Write next to the target and move it into place only when complete.
    const QString partial = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(partial);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Karvan"));
        writer.setPageLayout(QPageLayout(QPageSize(format == PageFormat::Letter ? QPageSize::Letter
                                                                                : QPageSize::A4),
                                         QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                         QPageLayout::Millimeter));
        pages = printReport(report, writer);
    }
    QFile::remove(path);
    if (!QFileInfo::exists(partial) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw WriteError(Report::tr("%1: cannot write the PDF").arg(path));
    }
    return pages;
}

void writeReport(const RenderedReport &report, const QString &path, PageFormat format)
{
    const std::optional<OutputFormat> kind = outputFormatOf(path);
    if (kind == OutputFormat::Html)
        writeHtml(report, path);
    else
        writePdf(report, path, format);
}

} // namespace karvan::reports
