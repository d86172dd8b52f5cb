#pragma once

#include <QWidget>

class QChartView;

namespace karvan {

struct DashboardData;

// The period's charts (Qt Charts): MRR movements by month (new and expansion up, contraction
// and churn down, each with its own fill pattern and a legend, never colour alone), the
// trailing 12-month NRR and GRR (one solid with points, one dashed), and NPS by month. Each
// can be saved as a PNG.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void display(const DashboardData &data);
    int chartCount() const { return 3; }
    QChartView *chartView(int index) const;
    // Writes chart `index` as a PNG; false when it could not be written.
    bool saveChart(int index, const QString &path) const;

private:
    void askAndSave(int index);

    QChartView *m_views[3];
};

} // namespace karvan
