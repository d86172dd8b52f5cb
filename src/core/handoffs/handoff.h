#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace karvan {

// One checklist item of a hand-off (copied from the template when the hand-off starts).
struct HandoffItem
{
    int n = 0;              // 1-based, in the checklist's order
    QString text;
    QString help;
    bool required = true;
    bool done = false;
    QString note;
    QString by;             // who ticked it (email), empty when not done
    QString at;             // when, ISO 8601 UTC, empty when not done
};

// One recorded step: start, tick, untick, submit, accept, return.
struct HandoffEvent
{
    QString at;             // ISO 8601 UTC
    QString by;             // email
    QString action;
    QString reason;         // the return's reason; empty otherwise
};

// A hand-off of an account from Sales to a CSM (shared/contract.md "The Sales-to-CSM hand-off").
struct Handoff
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString account;        // the account's ext_id
    QString accountName;
    QString state;          // draft, submitted, accepted, returned
    QString sales;          // email of the Sales owner
    QString salesName;
    QString csm;            // email of the named CSM
    QString csmName;
    QString started;        // ISO 8601 UTC
    QString submitted;      // empty when never submitted
    QString decided;        // accepted or returned at; empty while undecided
    QString lastReason;     // the latest return's reason, empty when never returned
    bool overdue = false;
    int itemsDone = 0;
    int itemsTotal = 0;
    std::vector<HandoffItem> items;    // filled by HandoffService::get()
    std::vector<HandoffEvent> events;  // filled by HandoffService::get()

    bool open() const { return state != QLatin1String("accepted"); }
    // The required items not done yet ("N. text"), as submit() names them.
    QStringList missingRequired() const;
};

// One person's hand-off figures (HandoffService::quality()).
struct HandoffQualityRow
{
    QString email;
    QString name;
    int started = 0;                    // hand-offs started by (Sales) or addressed to (CSM)
    int accepted = 0;
    int returned = 0;                   // return steps, a hand-off returned twice counts twice
    QStringList returnReasons;          // oldest first
    std::optional<double> medianDaysToAccept;  // start -> accept, over the accepted ones
    int overdueNow = 0;
};

struct HandoffQuality
{
    std::vector<HandoffQualityRow> sales;  // by Sales owner, ordered by name
    std::vector<HandoffQualityRow> csms;   // by named CSM, ordered by name
};

} // namespace karvan
