#include "workspace/revenuechart.h"
#include "domain/displaymoney.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace karvan {

RevenueChart::RevenueChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
}

void RevenueChart::setRevenue(const std::vector<RevenuePoint> &revenue)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    auto *series = new QLineSeries;
    double top = 0;
    for (const RevenuePoint &p : revenue) {
        const QDate month = QDate::fromString(p.month + QStringLiteral("-01"), Qt::ISODate);
        const double major = double(p.mrr) / 100.0;
        series->append(double(month.startOfDay(Qt::UTC).toMSecsSinceEpoch()), major);
        top = std::max(top, major);
    }
    c->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTickCount(std::clamp(int(revenue.size()), 2, 7));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->setTitle(revenue.empty() ? tr("No revenue recorded") : (display::currencyName().isEmpty() ? tr("MRR per month")
                                                                     : tr("MRR per month (%1)").arg(display::currencyName())));
}

} // namespace karvan
