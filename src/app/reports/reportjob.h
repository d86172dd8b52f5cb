#pragma once

#include "reports/reportdata.h"
#include "reports/reporthtml.h"
#include "reports/reportlayout.h"

#include <QDate>
#include <QImage>
#include <QString>

#include <vector>

namespace karvan {

// What the report dialog asks for: one account's client status report as of a day, or the
// portfolio report of a scope; laid out on A4 or Letter.
struct ReportRequest
{
    qint64 accountId = 0; // 0: the portfolio
    QDate asOf; // the account's report
    reports::PortfolioScope scope; // the portfolio's
    QString actor; // who prepares it (an email, or the audit log's name)
    reports::PageFormat page = reports::PageFormat::A4;
    qreal previewDpi = 96; // the preview's pages, in device pixels an inch
};

// The report made: ready to save or print, with its pages for the preview; or an error for
// the user.
struct ReportResult
{
    reports::RenderedReport report;
    std::vector<QImage> pages;
    QString error;
};

// Gathers and lays out the report on a read-only connection of its own to the database at
// `dbPath`: runs off the GUI thread (QtConcurrent). Never throws.
ReportResult makeReport(const QString &dbPath, const ReportRequest &request);

// Writes the report to `path` (PDF or HTML by its extension, 0600 when new); an error for the
// user, or empty. Any thread; never throws.
QString saveReport(
    const reports::RenderedReport &report, const QString &path, reports::PageFormat page);

} // namespace karvan
