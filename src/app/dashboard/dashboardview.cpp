#include "dashboard/dashboardview.h"
#include "history/historypanel.h"
#include "domain/displaydate.h"

#include "dashboard/chartspanel.h"
#include "dashboard/grouppanel.h"
#include "dashboard/kpipanel.h"
#include "dashboard/ownershippanel.h"
#include "dashboard/periodselector.h"
#include "dashboard/rulespanel.h"
#include "handoffs/handoffqualitytable.h"
#include "reports/reportdialog.h"
#include "shell/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace karvan {

DashboardView::DashboardView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_period(new PeriodSelector(this)),
      m_busy(new QProgressBar(this)), m_status(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_kpis(new KpiPanel(m_tabs)), m_groups(new GroupPanel(GroupPanel::Content::Metrics, m_tabs)),
      m_stages(new GroupPanel(GroupPanel::Content::StageKpis, m_tabs)),
      m_charts(new ChartsPanel(m_tabs)), m_ownership(new OwnershipPanel(session, m_tabs)),
      m_rules(new RulesPanel(session, m_tabs)), m_data(std::make_unique<DashboardData>())
{
    m_busy->setRange(0, 0); // busy: the work has no known length
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Computing..."));
    m_busy->setTextVisible(true);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Computing the numbers"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);
    auto *report = new QPushButton(tr("Portfolio &report…"), this);
    report->setObjectName(QStringLiteral("portfolioReportButton"));
    report->setToolTip(tr("The portfolio report of the period: metrics, stage KPIs, health, accounts at "
                          "risk, gaps and load; preview, save as PDF or HTML, print"));
    connect(report, &QPushButton::clicked, this,
            [this] { ReportDialog::forPortfolio(m_session, m_period->period(), this)->open(); });
    bar->addWidget(report);

    m_tabs->addTab(m_kpis, tr("Numbers"));
    m_tabs->addTab(m_groups, tr("Per owner and team"));
    m_tabs->addTab(m_stages, tr("Stage KPIs"));
    m_tabs->addTab(m_ownership, tr("Ownership"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_rules, tr("Rules"));
    m_history = new HistoryPanel(session, this);
    m_tabs->addTab(m_history, tr("History"));
    // The hand-off quality, the same table as the Hand-offs inbox, from the same worker run.
    auto *handoffPage = new QWidget(m_tabs);
    auto *handoffLayout = new QVBoxLayout(handoffPage);
    auto *handoffTitle = new QLabel(tr("<b>Hand-off quality</b> per Sales person and per CSM: the hand-offs "
                                       "started in the period; \u201coverdue now\u201d as of today."),
                                    handoffPage);
    handoffTitle->setWordWrap(true);
    handoffLayout->addWidget(handoffTitle);
    m_handoffQuality = new HandoffQualityTable(handoffPage);
    handoffLayout->addWidget(m_handoffQuality, 1);
    m_tabs->addTab(handoffPage, tr("Hand-offs"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_period, &PeriodSelector::periodChanged, this, [this] {
        if (isVisible())
            compute();
        else
            m_stale = true;
    });
    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, &DashboardView::computed);
    connect(m_ownership, &OwnershipPanel::accountActivated, this, &DashboardView::accountActivated);
    connect(m_ownership, &OwnershipPanel::statusMessage, this, &DashboardView::statusMessage);
    auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            compute();
    };
    connect(&m_session, &Session::dataChanged, this, markStale);
    connect(&m_session, &Session::accountChanged, this, markStale);
}

DashboardView::~DashboardView()
{
    m_watcher.waitForFinished();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

int DashboardView::gapCount() const
{
    return m_ownership->gapCount();
}

QSplitter *DashboardView::splitter() const
{
    return m_ownership->splitter();
}

void DashboardView::reload()
{
    // The ownership tab reloads itself when it is shown (and on every data change while shown).
    m_rules->reload();
    compute();
}

void DashboardView::compute()
{
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_again = true; // the running one finishes, then the newest request runs
        return;
    }
    m_busy->setVisible(true);
    m_status->setText(tr("Computing the numbers of %1 to %2...")
                          .arg(m_period->period().from(), m_period->period().to()));
    const QString path = m_session.database().path();
    const MetricsPeriod period = m_period->period();
    m_watcher.setFuture(QtConcurrent::run([path, period] { return loadDashboardData(path, period); }));
}

void DashboardView::computed()
{
    if (m_again) {
        m_again = false;
        m_watcher.setFuture(QFuture<DashboardData>());
        compute();
        return;
    }
    m_busy->setVisible(false);
    *m_data = m_watcher.result();
    if (!m_data->error.isEmpty()) {
        m_status->setText(tr("Could not compute the numbers: %1").arg(m_data->error));
        return;
    }
    m_kpis->display(*m_data);
    m_groups->display(*m_data);
    m_stages->display(*m_data);
    m_charts->display(*m_data);
    m_handoffQuality->display(m_data->handoffs);
    m_status->setText(tr("%1 to %2 (previous: %3 to %4), computed in %5 ms")
                          .arg(display::monthKeyText(m_data->period.from()), display::monthKeyText(m_data->period.to()),
                               display::monthKeyText(m_data->previous.from()),
                               display::monthKeyText(m_data->previous.to()), QLocale().toString(m_data->elapsedMs)));
    Q_EMIT numbersShown();
}

} // namespace karvan
