#include "dashboard/chartspanel.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include "dashboard/dashboarddata.h"
#include "domain/band.h"
#include "domain/money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace karvan {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the reader's digits and separators ("۱۲٬۰۰۰" in Persian), as
    // display::number writes them elsewhere.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}

QBarCategoryAxis *monthAxis(const DashboardData &data)
{
    auto *axis = new QBarCategoryAxis;
    for (const MetricsSeriesPoint &p : data.series)
        axis->append(display::monthKeyText(p.month));
    axis->setLabelsAngle(-90);
    return axis;
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    for (int i = 0; i < kCharts; ++i) {
        m_views[i] = new QChartView(this);
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_views[i]->setMinimumHeight(260);
        auto *save = new QPushButton(tr("Save as PNG..."), this);
        connect(save, &QPushButton::clicked, this, [this, i] { askAndSave(i); });
        auto *box = new QVBoxLayout;
        box->addWidget(m_views[i], 1);
        box->addWidget(save, 0, Qt::AlignRight);
        grid->addLayout(box, i / 2, i % 2);
    }
}

QChartView *ChartsPanel::chartView(int index) const
{
    return m_views[index];
}

void ChartsPanel::display(const DashboardData &data)
{
    // MRR movements by month, in major units.
    QChart *movements = newChart(tr("MRR movements by month"));
    auto *stack = new QStackedBarSeries;
    const struct { QString name; Qt::BrushStyle pattern; QColor colour; int sign; } sets[] = {
        {tr("New"), Qt::SolidPattern, QColor(0x2e, 0x7d, 0x32), 1},
        {tr("Expansion"), Qt::Dense4Pattern, QColor(0x15, 0x65, 0xc0), 1},
        {tr("Contraction (down)"), Qt::BDiagPattern, QColor(0xef, 0x6c, 0x00), -1},
        {tr("Churned (down)"), Qt::DiagCrossPattern, QColor(0xc6, 0x28, 0x28), -1},
    };
    // The month's largest rise and fall, in major units; counted in thousands, or in millions
    // when a month moves more than a hundred million (Toman books).
    double high = 0;
    double low = 0;
    for (const MetricsSeriesPoint &p : data.series) {
        high = std::max(high, money::toMajor(p.monthly.newMrr + p.monthly.expansionMrr));
        low = std::min(low, -money::toMajor(p.monthly.contractionMrr + p.monthly.churnedMrr));
    }
    const bool millions = std::max(high, -low) >= 1e8;
    const double unit = millions ? 1e6 : 1e3;
    for (int s = 0; s < 4; ++s) {
        auto *set = new QBarSet(sets[s].name);
        set->setBrush(QBrush(sets[s].colour, sets[s].pattern));
        set->setPen(QPen(sets[s].colour));
        for (const MetricsSeriesPoint &p : data.series) {
            const RevenueMovement &m = p.monthly;
            const qint64 minor = s == 0 ? m.newMrr : s == 1 ? m.expansionMrr : s == 2 ? m.contractionMrr : m.churnedMrr;
            set->append(sets[s].sign * money::toMajor(minor) / unit);
        }
        stack->append(set);
    }
    auto *moneyAxis = new QValueAxis;
    moneyAxis->setRange(low / unit, std::max(high / unit, low / unit + 1));
    moneyAxis->applyNiceNumbers();
    moneyAxis->setLabelFormat(QStringLiteral("%.0f"));
    const QString currency = display::currencyName();
    if (millions)
        moneyAxis->setTitleText(currency.isEmpty() ? tr("MRR, millions") : tr("Million %1").arg(currency));
    else
        moneyAxis->setTitleText(currency.isEmpty() ? tr("MRR, thousands") : tr("Thousand %1").arg(currency));
    QBarCategoryAxis *movementMonths = monthAxis(data);
    movements->addSeries(stack);
    movements->addAxis(movementMonths, Qt::AlignBottom);
    movements->addAxis(moneyAxis, Qt::AlignLeft);
    stack->attachAxis(movementMonths);
    stack->attachAxis(moneyAxis);

    // Trailing 12-month NRR and GRR, in percent.
    QChart *retention = newChart(tr("Trailing 12-month NRR and GRR"));
    auto *nrr = new QLineSeries;
    nrr->setName(tr("NRR (solid, points)"));
    nrr->setPointsVisible(true);
    auto *grr = new QLineSeries;
    grr->setName(tr("GRR (dashed)"));
    QPen dashed(QColor(0x6a, 0x1b, 0x9a), 2, Qt::DashLine);
    grr->setPen(dashed);
    // NPS by month.
    QChart *npsChart = newChart(tr("NPS by month"));
    auto *nps = new QLineSeries;
    nps->setName(tr("NPS (-100 to 100)"));
    nps->setPointsVisible(true);
    double lowRate = 100;
    double highRate = 100;
    for (int i = 0; i < int(data.series.size()); ++i) {
        const MetricsSeriesPoint &p = data.series[size_t(i)];
        if (const auto v = p.trailingNrr()) {
            nrr->append(i, 100 * *v);
            lowRate = std::min(lowRate, 100 * *v);
            highRate = std::max(highRate, 100 * *v);
        }
        if (const auto v = p.trailingGrr()) {
            grr->append(i, 100 * *v);
            lowRate = std::min(lowRate, 100 * *v);
            highRate = std::max(highRate, 100 * *v);
        }
        if (const auto v = p.nps())
            nps->append(i, *v);
    }
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(std::floor(lowRate / 10) * 10, std::ceil(highRate / 10) * 10 + 1);
    rateAxis->setLabelFormat(QStringLiteral("%.0f") + QLocale().percent());
    QBarCategoryAxis *retentionMonths = monthAxis(data);
    retention->addAxis(retentionMonths, Qt::AlignBottom);
    retention->addAxis(rateAxis, Qt::AlignLeft);
    for (QLineSeries *line : {nrr, grr}) {
        retention->addSeries(line);
        line->attachAxis(retentionMonths);
        line->attachAxis(rateAxis);
    }
    auto *npsAxis = new QValueAxis;
    npsAxis->setRange(-100, 100);
    npsAxis->setLabelFormat(QStringLiteral("%.0f"));
    QBarCategoryAxis *npsMonths = monthAxis(data);
    npsChart->addAxis(npsMonths, Qt::AlignBottom);
    npsChart->addAxis(npsAxis, Qt::AlignLeft);
    npsChart->addSeries(nps);
    nps->attachAxis(npsMonths);
    nps->attachAxis(npsAxis);

    // The health bands over time: accounts per band in each month's snapshot.
    QChart *bandsChart = newChart(tr("Health bands by month (snapshots)"));
    auto *bandStack = new QStackedBarSeries;
    const struct { Band band; Qt::BrushStyle pattern; } bandSets[] = {
        {Band::Green, Qt::SolidPattern}, {Band::Yellow, Qt::Dense3Pattern}, {Band::Red, Qt::DiagCrossPattern},
        {Band::Insufficient, Qt::Dense6Pattern}, {Band::Churned, Qt::HorPattern}};
    int most = 0;
    for (const auto &[band, pattern] : bandSets) {
        auto *set = new QBarSet(bandLabel(band));
        const QColor colour(bandColorName(band));
        set->setBrush(QBrush(colour, pattern));
        set->setPen(QPen(colour.darker(130)));
        for (const MetricsSeriesPoint &p : data.series) {
            const auto month = data.bandsByMonth.find(p.month);
            const int n = month == data.bandsByMonth.end() ? 0 : (month->second.count(band) ? month->second.at(band) : 0);
            set->append(n);
        }
        bandStack->append(set);
    }
    for (const auto &[month, counts] : data.bandsByMonth) {
        int total = 0;
        for (const auto &[band, n] : counts)
            total += n;
        most = std::max(most, total);
    }
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(most, 1));
    countAxis->applyNiceNumbers();
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    countAxis->setTitleText(tr("Accounts"));
    QBarCategoryAxis *bandMonths = monthAxis(data);
    bandsChart->addSeries(bandStack);
    bandsChart->addAxis(bandMonths, Qt::AlignBottom);
    bandsChart->addAxis(countAxis, Qt::AlignLeft);
    bandStack->attachAxis(bandMonths);
    bandStack->attachAxis(countAxis);

    QChart *charts[] = {movements, retention, npsChart, bandsChart};
    for (int i = 0; i < kCharts; ++i) {
        QChart *old = m_views[i]->chart();
        m_views[i]->setChart(charts[i]);
        delete old;
    }
}

bool ChartsPanel::saveChart(int index, const QString &path) const
{
    return m_views[index]->grab().save(path, "PNG");
}

void ChartsPanel::askAndSave(int index)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                      m_views[index]->chart()->title() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveChart(index, path))
        QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

} // namespace karvan
