#pragma once

#include "domain/handoffrule.h"

#include "tasks/taskstore.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace karvan {

// The thresholds of the signal rules (shared/contract.md "Tasks and signal rules"), read from
// the settings (SettingsStore), each with the contract's default.
struct SignalThresholds
{
    int renewalDays = 90;     // renewal: renewal date after D, at most this many days after
    int silentDays = 45;      // silent: no interaction for at least this many days
    int escalationDays = 14;  // escalation: an escalated ticket opened more than this many days before D
    int handoffDays = 5;      // handoff_overdue: submitted more than this many days before D
    int goalDays = 14;        // goal_due: a goal still open due within this many days after D

    static SignalThresholds fromSettings(const QSqlDatabase &db);
    static QString renewalSetting() { return QStringLiteral("tasks.renewal_days"); }
    static QString silentSetting() { return QStringLiteral("tasks.silent_days"); }
    static QString escalationSetting() { return QStringLiteral("tasks.escalation_days"); }
    // The hand-off's own setting (the hand-off workflow reads the same one).
    static QString handoffSetting() { return handoffrule::overdueDaysSetting(); }
    static QString goalSetting() { return QStringLiteral("tasks.goal_days"); }
};

// What the rules found, before anything is written.
struct SignalHit
{
    qint64 accountId = 0;
    QString accountKey;       // ext_id
    QString rule;
    QString since;            // the SINCE part of the key
    QString title;
    QDate due;
    std::optional<qint64> ownerId;
    bool ownerFixed = false;  // the rule named the owner (handoff_overdue)

    QString key() const { return rule + QLatin1Char(':') + accountKey + QLatin1Char(':') + since; }
};

// The six signal rules evaluated as of a date D for the active accounts, each one set-based
// query (the `red` rule asks HealthService for the band shown, an override included). Rule
// tasks are owned by the owner of the account's current stage (OwnershipResolver), except
// handoff_overdue, owned by the named CSM.
class SignalRules
{
public:
    explicit SignalRules(const QSqlDatabase &db);

    static QStringList rules(); // renewal, red, silent, escalation, handoff_overdue, goal_due

    std::vector<SignalHit> evaluate(const QDate &asOf) const;
    // The same, for the listed rules only (benchmarks, tests).
    std::vector<SignalHit> evaluate(const QDate &asOf, const QStringList &only) const;

    // Evaluates and writes the hits whose key is not yet a task (one transaction, one audit
    // entry per new task); returns how many were added. What was done or dismissed stays so.
    int raise(const QDate &asOf, const QString &actor) const;
    // Writes hits already evaluated (off the GUI thread, say).
    int raise(const std::vector<SignalHit> &hits, const QString &actor) const;

private:
    void renewal(const QDate &asOf, std::vector<SignalHit> &out) const;
    void red(const QDate &asOf, std::vector<SignalHit> &out) const;
    void silent(const QDate &asOf, std::vector<SignalHit> &out) const;
    void escalation(const QDate &asOf, std::vector<SignalHit> &out) const;
    void handoffOverdue(const QDate &asOf, std::vector<SignalHit> &out) const;
    void goalDue(const QDate &asOf, std::vector<SignalHit> &out) const;
    void assignOwners(std::vector<SignalHit> &hits) const;

    QSqlDatabase m_db;
    SignalThresholds m_limits;
};

} // namespace karvan
