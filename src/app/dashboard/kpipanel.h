#pragma once

#include <QWidget>

class QLabel;

namespace karvan {

class NumbersTable;
class NumericTableModel;
struct DashboardData;

// The portfolio's numbers for the period with the previous period beside each (MRR, new,
// expansion, contraction, churn, NRR, GRR, logo churn, active customers, retention cost per
// customer beside acquisition cost per new customer, NPS, CSAT, CES) and the health now.
class KpiPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KpiPanel(QWidget *parent = nullptr);

    void display(const DashboardData &data);
    NumericTableModel *model() const;
    QString healthText() const;

private:
    NumbersTable *m_table;
    QLabel *m_costs;
    QLabel *m_health;
};

} // namespace karvan
