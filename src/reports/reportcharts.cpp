#include "reports/reportcharts.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include "domain/dates.h"
#include "metrics/metricsformat.h"
#include "reports/reporthtmlparts.h"

#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>

namespace karvan::reports::charts {

namespace {

QString header(int width, int height)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\" font-family=\"%3\" font-size=\"11\">")
        .arg(width).arg(height).arg(html::escape(html::kFontFamilies));
}

QString num(double v) { return QString::number(v, 'f', 1); }

// Whole major units, grouped: 12,400 (the axis needs no cents).
QString shortMoney(qint64 minor)
{
    return display::digits(QLocale(QLocale::English).toString(qRound64(double(minor) / 100.0)));
}

} // namespace

QString bandColor(Band band)
{
    return bandColorName(band);
}

QString revenueSvg(const std::vector<RevenuePoint> &months, int width, int height)
{
    QString s = header(width, height);
    qint64 peak = 0;
    for (const RevenuePoint &p : months)
        peak = std::max(peak, p.mrr);
    // Room at the left for the peak's label, however many digits it has (about 6.6 px a
    // character at 11 px): "285,040,000" is never cut.
    const double left = std::max(40.0, 14.0 + 6.6 * double(shortMoney(peak).size()));
    const double right = 8, top = 14, bottom = 26;
    const double plotW = width - left - right, plotH = height - top - bottom;
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#c8ced5\"/>")
             .arg(num(left), num(top + plotH), num(left + plotW));
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#eef0f3\"/>")
             .arg(num(left), num(top), num(left + plotW));
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#5d6670\">%3</text>")
             .arg(num(left - 6), num(top + 4), shortMoney(peak));
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#5d6670\">0</text>")
             .arg(num(left - 6), num(top + plotH + 4));
    const double slot = months.empty() ? plotW : plotW / double(months.size());
    for (size_t i = 0; i < months.size(); ++i) {
        const double h = peak > 0 ? plotH * double(months[i].mrr) / double(peak) : 0;
        const double x = left + slot * double(i) + slot * 0.18;
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#3a6ea5\">"
                            "<title>%5: %6</title></rect>")
                 .arg(num(x), num(top + plotH - h), num(slot * 0.64), num(h), months[i].month,
                      display::money(months[i].mrr));
        const QDate m = dates::parseMonth(months[i].month);
        // A Persian reader gets the month in Persian words and digits, as on screen.
        const QString label = !m.isValid() ? months[i].month
                              : display::usesJalali() ? display::monthKeyText(months[i].month)
                                                      : QLocale::c().toString(m, QStringLiteral("MMM yy"));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#5d6670\" "
                            "font-size=\"10\">%3</text>")
                 .arg(num(left + slot * (double(i) + 0.5)), num(height - 8), label);
    }
    return s + QStringLiteral("</svg>");
}

QString bandsSvg(const std::vector<std::pair<Band, int>> &bands, int width, int height)
{
    QString s = header(width, height);
    int total = 0, most = 0;
    for (const auto &b : bands) {
        total += b.second;
        most = std::max(most, b.second);
    }
    const double left = 110, right = 90;
    const double row = bands.empty() ? height : double(height) / double(bands.size());
    for (size_t i = 0; i < bands.size(); ++i) {
        const double y = row * double(i);
        const double w = most > 0 ? (width - left - right) * double(bands[i].second) / double(most) : 0;
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#2b3138\">%3</text>")
                 .arg(num(left - 8), num(y + row * 0.62), html::escape(bandLabel(bands[i].first)));
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"2\" fill=\"%5\"/>")
                 .arg(num(left), num(y + row * 0.2), num(std::max(w, 1.0)), num(row * 0.6),
                      bandColor(bands[i].first));
        const QString share = total > 0 ? QStringLiteral(" (%1%)").arg(qRound(100.0 * bands[i].second / total))
                                        : QString();
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#2b3138\">%3%4</text>")
                 .arg(num(left + w + 6), num(y + row * 0.62)).arg(bands[i].second).arg(share);
    }
    return s + QStringLiteral("</svg>");
}

QImage rasterise(const QString &svg, QSize pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QSvgRenderer renderer(svg.toUtf8());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter);
    return image;
}

} // namespace karvan::reports::charts
