#pragma once

#include "metrics/metricsattribution.h"

#include <QWidget>

class QComboBox;

namespace karvan {

class NumbersTable;
class NumericTableModel;
struct DashboardData;

// A table per owner or per team, chosen in a combo box: either the portfolio metrics
// (`karvan-cli metrics --by owner|team`) or the stage KPIs (`kpis --by owner|team`, the
// portfolio's row first). Sortable as numbers.
class GroupPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Content { Metrics, StageKpis };

    GroupPanel(Content content, QWidget *parent = nullptr);

    void display(const DashboardData &data);
    void setGrouping(MetricsGrouping grouping);
    MetricsGrouping grouping() const;
    NumericTableModel *model() const;

private:
    void refill();

    Content m_content;
    QComboBox *m_by;
    NumbersTable *m_table;
    const DashboardData *m_data = nullptr;
};

} // namespace karvan
