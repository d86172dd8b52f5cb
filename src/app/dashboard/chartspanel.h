#pragma once

#include <QWidget>

class QChartView;

namespace karvan {

struct DashboardData;

// The period's charts (Qt Charts): MRR movements by month (new and expansion up, contraction
// and churn down, each with its own fill pattern and a legend, never colour alone), the
// trailing 12-month NRR and GRR (one solid with points, one dashed), NPS by month, and the
// health bands over time from the monthly snapshots (a pattern per band). Each can be saved
// as a PNG.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void display(const DashboardData &data);
    int chartCount() const { return kCharts; }
    QChartView *chartView(int index) const;
    // Writes chart `index` as a PNG; false when it could not be written.
    bool saveChart(int index, const QString &path) const;

private:
    void askAndSave(int index);

    static constexpr int kCharts = 4;
    QChartView *m_views[kCharts];
};

} // namespace karvan
