#pragma once

#include "reports/reportdata.h"

#include <QString>

#include <vector>

namespace karvan::reports {

// A chart of a report: its SVG and, for QTextDocument, the resource url its <img> names.
struct ReportChart
{
    QString url;
    QString svg;
    int width = 0;
    int height = 0;
};

// A report ready to write: the standalone HTML (charts inline as SVG), the HTML for
// QTextDocument (charts as <img> of the resources below), the footer of each PDF page.
struct RenderedReport
{
    QString title;
    QString browserHtml;
    QString documentHtml;
    std::vector<ReportChart> charts;
    QString footer;
};

RenderedReport render(const AccountReport &report);
RenderedReport render(const PortfolioReport &report);

} // namespace karvan::reports
