#include "dashboard/grouppanel.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/numberstable.h"
#include "models/dashboardtables.h"
#include "models/numerictablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace karvan {

GroupPanel::GroupPanel(Content content, QWidget *parent)
    : QWidget(parent), m_content(content), m_by(new QComboBox(this)),
      m_table(new NumbersTable(QString(), this))
{
    m_by->addItem(tr("Per owner"), int(MetricsGrouping::Owner));
    m_by->addItem(tr("Per team"), int(MetricsGrouping::Team));
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(content == Content::Metrics
                                 ? tr("Each account counts for the owner (team) of its stage at the start of the period.")
                                 : tr("Each stage's key metrics, counted for the owner (team) of that stage at the moment that counts."),
                             this);
    label->setWordWrap(true);
    bar->addWidget(m_by);
    bar->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { refill(); });
}

void GroupPanel::display(const DashboardData &data)
{
    m_data = &data;
    refill();
}

void GroupPanel::setGrouping(MetricsGrouping grouping)
{
    m_by->setCurrentIndex(m_by->findData(int(grouping)));
}

MetricsGrouping GroupPanel::grouping() const
{
    return MetricsGrouping(m_by->currentData().toInt());
}

NumericTableModel *GroupPanel::model() const
{
    return m_table->model();
}

void GroupPanel::refill()
{
    if (!m_data)
        return;
    const bool team = grouping() == MetricsGrouping::Team;
    const QString header = team ? tr("Team") : tr("Owner");
    if (m_content == Content::Metrics) {
        dashboardtables::apply(*m_table->model(), dashboardtables::groupedMetrics(
                                                      team ? m_data->byTeam : m_data->byOwner, header));
    } else {
        dashboardtables::apply(*m_table->model(),
                               dashboardtables::stageKpis(m_data->stages,
                                                          team ? m_data->stagesByTeam : m_data->stagesByOwner,
                                                          header));
    }
    m_table->fitColumns();
}

} // namespace karvan
