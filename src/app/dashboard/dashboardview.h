#pragma once

#include "dashboard/dashboarddata.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;

namespace karvan {

class ChartsPanel;
class GroupPanel;
class HandoffQualityTable;
class KpiPanel;
class OwnershipPanel;
class HistoryPanel;
class PeriodSelector;
class RulesPanel;
class Session;

// The managers' dashboard: a period selector over tabs of numbers (the portfolio beside the
// previous period, per owner and per team, the stage KPIs) and the ownership matrix with its
// gaps and load. The numbers are computed off the GUI thread on a connection of their own,
// with a busy indicator; a newer request replaces an older one still running.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Session &session, QWidget *parent = nullptr);
    ~DashboardView() override;

    void reload();
    int gapCount() const;
    QSplitter *splitter() const;
    PeriodSelector *periodSelector() const { return m_period; }
    KpiPanel *kpiPanel() const { return m_kpis; }
    GroupPanel *groupPanel() const { return m_groups; }
    GroupPanel *stagePanel() const { return m_stages; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    RulesPanel *rulesPanel() const { return m_rules; }
    QTabWidget *tabs() const { return m_tabs; }
    HistoryPanel *historyPanel() const { return m_history; }
    OwnershipPanel *ownershipPanel() const { return m_ownership; }
    HandoffQualityTable *handoffQuality() const { return m_handoffQuality; }
    // Whether numbers are being computed.
    bool isComputing() const { return m_watcher.isRunning(); }
    const DashboardData &data() const { return *m_data; }

Q_SIGNALS:
    void accountActivated(qint64 accountId);
    void statusMessage(const QString &text);
    // The numbers of the current period are on screen.
    void numbersShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void compute();
    void computed();

    Session &m_session;
    PeriodSelector *m_period;
    QProgressBar *m_busy;
    QLabel *m_status;
    QTabWidget *m_tabs;
    KpiPanel *m_kpis;
    GroupPanel *m_groups;
    GroupPanel *m_stages;
    ChartsPanel *m_charts;
    OwnershipPanel *m_ownership;
    HistoryPanel *m_history = nullptr;
    HandoffQualityTable *m_handoffQuality = nullptr;
    RulesPanel *m_rules;
    QFutureWatcher<DashboardData> m_watcher;
    std::unique_ptr<DashboardData> m_data;
    bool m_stale = true;
    bool m_again = false;
};

} // namespace karvan
