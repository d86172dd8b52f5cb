#pragma once

#include "domain/accountdetail.h"
#include "domain/band.h"
#include "domain/stage.h"
#include "health/healthservice.h"
#include "metrics/metrics.h"
#include "metrics/metricsperiod.h"
#include "metrics/stagekpis.h"
#include "ownership/ownershipmatrix.h"
#include "rules/signalrules.h"
#include "tasks/taskstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace karvan::reports {

// The translation context of every report text (lupdate sees Report::tr).
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Who made a report and when; printed on every report.
struct ReportStamp
{
    QDate asOf;                 // the day the figures hold on
    QDateTime generatedAt;      // UTC
    QString preparedBy;         // "Name <email>", or the actor's name when not a person
};

// One stage of the journey as the report shows it.
struct JourneyStage
{
    Stage stage = Stage::Acquisition;
    bool current = false;
    bool reached = false;       // the account entered it (stage history), or is past it
    QString owner;              // the owner's label (person, else team)
    QString ownerEmail;
    QString team;               // the owning team's name
    QStringList supporting;     // supporting teams' names
    bool fromTemplate = true;
    QDate entered;              // the latest day it entered this stage; null when never
};

// The client status report of one account, as of a date: plain data gathered from the core.
struct AccountReport
{
    ReportStamp stamp;
    qint64 accountId = 0;
    QString extId;
    QString name;
    QString industry;
    QString segment;
    QString model;
    QString status;
    Stage stage = Stage::Acquisition;
    QDate contractStart;
    QDate renewalDate;
    std::vector<std::pair<QString, QString>> customFields;  // name, value (set ones only)
    std::vector<Contact> contacts;
    std::vector<Goal> goals;                                 // goals and outcomes
    std::vector<JourneyStage> journey;                       // six stages, journey order
    int daysInStage = -1;                                    // -1: unknown
    AccountHealth health;                                    // as of stamp.asOf
    std::vector<RevenuePoint> revenue;                       // 12 months to asOf, oldest first
    std::vector<Interaction> communication;                  // newest first, up to 10
    std::vector<Ticket> openTickets;                         // open on asOf
    std::vector<Task> openTasks;                             // sorted by due date

    static constexpr int kRevenueMonths = 12;
    static constexpr int kCommunicationShown = 10;
};

// One account at risk in the portfolio: the signal rules red, renewal or silent fire on it.
struct RiskAccount
{
    qint64 accountId = 0;
    QString extId;
    QString name;
    QString owner;
    Band band = Band::Insufficient;
    std::optional<double> score;
    qint64 mrr = 0;             // minor units, latest month of the data
    QDate renewalDate;
    std::optional<int> silentDays; // days since the latest contact; nullopt: never contacted
    bool red = false;
    bool renewingSoon = false;
    bool silent = false;
};

// What the portfolio report covers.
struct PortfolioScope
{
    MetricsPeriod period;
    QString teamKey;            // empty: every team
    QString ownerEmail;         // empty: every owner
};

// The portfolio report of a period: plain data gathered from the core.
struct PortfolioReport
{
    ReportStamp stamp;          // asOf: the last day of the period (today when earlier)
    PortfolioScope scope;
    QString scopeLabel;         // "All accounts", "Team: Customer Success", "Owner: Sara"
    int accounts = 0;           // accounts in scope
    int activeAccounts = 0;
    Metrics metrics;            // the period's metrics (the team's or owner's share when set)
    StageKpis kpis;             // the period's stage KPIs (the team's or owner's when set)
    std::vector<std::pair<Band, int>> bands;   // every band, in allBands() order
    std::vector<OwnershipGap> gaps;
    std::vector<OwnerLoad> load;
    std::vector<RiskAccount> atRisk;           // most signals first, then by MRR
    SignalThresholds thresholds;               // the renewal and silent rules' days
};

} // namespace karvan::reports
