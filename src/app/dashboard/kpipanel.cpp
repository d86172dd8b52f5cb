#include "dashboard/kpipanel.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/numberstable.h"
#include "metrics/metricsformat.h"
#include "models/dashboardtables.h"
#include "models/numerictablemodel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace karvan {

KpiPanel::KpiPanel(QWidget *parent)
    : QWidget(parent), m_table(new NumbersTable(tr("<b>The portfolio</b>, this period beside the previous one"), this)),
      m_costs(new QLabel(this)), m_health(new QLabel(this))
{
    m_costs->setWordWrap(true);
    m_health->setWordWrap(true);
    m_health->setObjectName(QStringLiteral("healthDistribution"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_costs);
    layout->addWidget(m_health);
}

NumericTableModel *KpiPanel::model() const
{
    return m_table->model();
}

QString KpiPanel::healthText() const
{
    return m_health->text();
}

void KpiPanel::display(const DashboardData &data)
{
    dashboardtables::apply(*m_table->model(),
                           dashboardtables::metricsComparison(data.current, data.prior));
    m_table->setTitle(tr("<b>The portfolio</b>, %1 to %2 beside %3 to %4")
                          .arg(display::monthKeyText(data.period.from()), display::monthKeyText(data.period.to()),
                               display::monthKeyText(data.previous.from()), display::monthKeyText(data.previous.to())));
    m_table->fitColumns();
    const Metrics &m = data.current;
    m_costs->setText(tr("Keeping a customer cost %1 this period; winning a new one cost %2 "
                        "(acquiring usually costs 5 to 25 times as much as keeping).")
                         .arg(display::moneyValue(m.retentionCostPerCustomer()),
                              display::moneyValue(m.acquisitionCostPerNewCustomer())));
    QStringList parts;
    const QLocale locale;
    int total = 0;
    for (const auto &[band, count] : data.bands)
        total += count;
    for (Band band : allBands()) {
        const auto it = data.bands.find(band);
        const int count = it == data.bands.end() ? 0 : it->second;
        parts << tr("%1: %2 (%3)").arg(bandLabel(band), locale.toString(count),
                                       total ? locale.toString(100.0 * count / total, 'f', 1) + QLatin1Char('%')
                                             : tr("n/a"));
    }
    m_health->setText(tr("<b>Health now</b> (accounts per band): %1").arg(parts.join(QStringLiteral(" · "))));
}

} // namespace karvan
