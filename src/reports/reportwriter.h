#pragma once

#include "reports/reporthtml.h"
#include "reports/reportlayout.h"

#include <QString>

#include <optional>
#include <stdexcept>

class QPagedPaintDevice;

namespace karvan::reports {

enum class OutputFormat { Pdf, Html };
// By the file's extension: .pdf or .html/.htm (any case); nullopt otherwise.
std::optional<OutputFormat> outputFormatOf(const QString &path);

// A file that could not be written.
class WriteError : public std::runtime_error
{
public:
    explicit WriteError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Paints the report on the device's pages (a QPdfWriter or a QPrinter, its page layout as
// set), each page with the footer and "Page N of M"; returns the number of pages.
int printReport(const RenderedReport &report, QPagedPaintDevice &device);

// Writes the standalone HTML (UTF-8) or the PDF (pageLayout(format)); the format follows the
// file's extension. A new file is the user's alone (0600, as every file Karvan writes), an
// existing one is replaced whole or not at all. Throws WriteError. The PDF needs a
// QGuiApplication; any thread.
void writeHtml(const RenderedReport &report, const QString &path);
int writePdf(const RenderedReport &report, const QString &path, PageFormat format);
void writeReport(const RenderedReport &report, const QString &path, PageFormat format);

} // namespace karvan::reports
