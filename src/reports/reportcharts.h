#pragma once

#include "domain/band.h"
#include "domain/accountdetail.h"

#include <QImage>
#include <QString>

#include <utility>
#include <vector>

namespace karvan::reports {

// The report charts as standalone SVG (viewBox in px; fonts from the report's family list),
// and the same SVG rasterised for QTextDocument, which shows no SVG.
namespace charts {

// Monthly MRR as bars, the month under each bar, the peak on the axis.
QString revenueSvg(const std::vector<RevenuePoint> &months, int width = 640, int height = 220);
// One horizontal bar per band with its count.
QString bandsSvg(const std::vector<std::pair<Band, int>> &bands, int width = 640, int height = 180);
// The colour of a band in every report (hex).
QString bandColor(Band band);
// Renders an SVG document to an image of the given pixel size (white background).
QImage rasterise(const QString &svg, QSize pixels);

} // namespace charts

} // namespace karvan::reports
