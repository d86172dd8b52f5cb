#pragma once

#include "reports/reporthtml.h"

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>
#include <stdexcept>

class QPagedPaintDevice;
class QTextDocument;

namespace karvan::reports {

enum class PageFormat { A4, Letter };
// Letter where the locale measures in US units, A4 everywhere else.
PageFormat defaultPageFormat(const QLocale &locale = QLocale::system());
// "a4" or "letter" (any case); nullopt otherwise.
std::optional<PageFormat> pageFormatFromKey(const QString &key);

enum class OutputFormat { Pdf, Html };
// By the file's extension: .pdf or .html/.htm (any case); nullopt otherwise.
std::optional<OutputFormat> outputFormatOf(const QString &path);

// A file that could not be written.
class WriteError : public std::runtime_error
{
public:
    explicit WriteError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The report as a QTextDocument (the preview), its charts added as image resources.
// Needs a QGuiApplication.
std::unique_ptr<QTextDocument> textDocument(const RenderedReport &report);

// Paints the report on the device's pages (a QPdfWriter or a QPrinter, its page layout as
// set), each page with the footer and "Page N of M"; returns the number of pages.
int printReport(const RenderedReport &report, QPagedPaintDevice &device);

// Writes the standalone HTML (UTF-8) or the PDF (A4 or Letter, 15 mm margins); the format
// follows the file's extension. Throws WriteError. The PDF needs a QGuiApplication.
void writeHtml(const RenderedReport &report, const QString &path);
int writePdf(const RenderedReport &report, const QString &path, PageFormat format);
void writeReport(const RenderedReport &report, const QString &path, PageFormat format);

} // namespace karvan::reports
