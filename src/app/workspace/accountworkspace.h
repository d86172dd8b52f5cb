#pragma once

#include "domain/accountdetail.h"

#include "health/healthservice.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AccountWorkspace;
}

class QLabel;
class QPushButton;

namespace karvan {

class Session;
class JourneyTab;
class ProfileTab;
class RecordTab;
class TasksTab;
class HandoffTab;
class HistoryPanel;
class RevenueChart;

// Everything about one account: a header (name, id, stage, owner, band, MRR, renewal) over
// tabs for the profile and custom fields, goals and outcomes, contacts, the journey strip
// with stage and ownership history, the communication log, tickets, surveys, revenue and
// health. Every edit goes through the session's undo stack.
class AccountWorkspace : public QWidget
{
    Q_OBJECT

public:
    AccountWorkspace(Session &session, QWidget *parent = nullptr);
    ~AccountWorkspace() override;

    void showAccount(qint64 accountId);
    qint64 accountId() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

public:
    // The current account as last loaded, and the tabs (tests drive them).
    const AccountDetail &detail() const { return m_detail; }
    ProfileTab *profileTab() const { return m_profile; }
    JourneyTab *journeyTab() const { return m_journey; }
    RecordTab *communicationTab() const { return m_log; }
    RecordTab *ticketsTab() const { return m_tickets; }
    RecordTab *goalsTab() const { return m_goals; }
    RecordTab *healthTab() const { return m_health; }
    TasksTab *tasksTab() const { return m_tasks; }
    HandoffTab *handoffTab() const { return m_handoff; }
    HistoryPanel *historyTab() const { return m_history; }

private:
    void setupTabs();
    void refresh();
    void fillHeader(const AccountDetail &detail);
    void fillLists(const AccountDetail &detail);
    void fillHealth(const AccountDetail &detail);
    void logInteraction();
    void addGoal();
    void setGoalStatus(const QString &status);
    void addContact();
    void removeContact();
    void openTicket();
    void closeTicket(bool close);
    void escalateTicket();
    std::optional<Ticket> selectedTicket() const;
    void overrideBand();
    void removeBandOverride();

    Session &m_session;
    std::unique_ptr<Ui::AccountWorkspace> m_ui;
    qint64 m_accountId = 0;
    AccountDetail m_detail;
    ProfileTab *m_profile = nullptr;
    JourneyTab *m_journey = nullptr;
    RecordTab *m_goals = nullptr;
    RecordTab *m_contacts = nullptr;
    RecordTab *m_log = nullptr;
    RecordTab *m_tickets = nullptr;
    RecordTab *m_surveys = nullptr;
    RecordTab *m_revenue = nullptr;
    RecordTab *m_health = nullptr;
    TasksTab *m_tasks = nullptr;
    HandoffTab *m_handoff = nullptr;
    HistoryPanel *m_history = nullptr;
    QLabel *m_ticketRule = nullptr;
    QLabel *m_healthSummary = nullptr;
    QPushButton *m_removeOverride = nullptr;
    // As last evaluated for the Health tab.
    Band m_computedBand = Band::Insufficient;
    std::optional<HealthOverride> m_override;
    RevenueChart *m_chart = nullptr;
};

} // namespace karvan
