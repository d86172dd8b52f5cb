#pragma once

#include "domain/accountdetail.h"

#include <QChartView>

#include <vector>

namespace karvan {

// A small line of an account's MRR per month (major units).
class RevenueChart : public QChartView
{
    Q_OBJECT

public:
    explicit RevenueChart(QWidget *parent = nullptr);

    void setRevenue(const std::vector<RevenuePoint> &revenue);
};

} // namespace karvan
