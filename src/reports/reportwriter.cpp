#include "reports/reportwriter.h"

#include "domain/errors.h"
#include "io/outputfile.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

namespace karvan::reports {

std::optional<OutputFormat> outputFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return OutputFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return OutputFormat::Html;
    return std::nullopt;
}

int printReport(const RenderedReport &report, QPagedPaintDevice &device)
{
    const PagedReport paged(report, device, QSizeF(device.width(), device.height()));
    QPainter painter;
    if (!painter.begin(&device))
        throw WriteError(Report::tr("cannot start painting the report"));
    for (int i = 0; i < paged.pageCount(); ++i) {
        if (i > 0)
            static_cast<void>(device.newPage());
        paged.paintPage(painter, i);
    }
    painter.end();
    return paged.pageCount();
}

void writeHtml(const RenderedReport &report, const QString &path)
{
    try {
        OutputFile file(path);
        file.write(report.browserHtml.toUtf8());
        file.commit();
    } catch (const DataError &e) {
        throw WriteError(e.messages().join(QLatin1Char('\n')));
    }
}

int writePdf(const RenderedReport &report, const QString &path, PageFormat format)
{
    int pages = 0;
    try {
        OutputFile file(path);
        {
            QPdfWriter writer(file.device());
            writer.setResolution(300);
            writer.setTitle(report.title);
            writer.setCreator(QStringLiteral("Karvan"));
            writer.setPageLayout(pageLayout(format));
            pages = printReport(report, writer);
        } // the writer finishes the PDF here
        file.commit();
    } catch (const DataError &e) {
        throw WriteError(e.messages().join(QLatin1Char('\n')));
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
