#pragma once

#include "domain/band.h"
#include "domain/currenthealth.h"
#include "domain/stage.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace karvan {

// Value types for one account's workspace, loaded by AccountDetailLoader.

struct CustomFieldValue
{
    qint64 fieldId = 0;
    QString name;
    std::optional<QString> value;
};

struct Goal
{
    qint64 id = 0;
    QString kind = QStringLiteral("goal");  // goal | outcome
    QString title;
    QString detail;
    QString status = QStringLiteral("open");  // open | achieved | missed | dropped
    QDate dueDate;
    QString createdAt;
};

struct Contact
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString role;
    bool primary = false;
};

// Who owns one stage of an account: the account's own row when `overridden`, else the
// template. The template values are always filled so the UI can show them greyed.
struct StageOwner
{
    Stage stage = Stage::Acquisition;
    bool overridden = false;           // the account has an ownership row for this stage
    qint64 personId = 0;
    QString personEmail;
    QString personName;
    qint64 teamId = 0;
    QString teamName;
    bool supportingOverridden = false;  // ownership.supporting_set
    QStringList supportingKeys;         // effective
    QStringList supportingNames;        // effective
    QString templateTeams;              // e.g. "Sales / Marketing"
    QStringList templateSupportingNames;
};

// The editable state of one account x stage ownership (the `ownership` row and its
// supporting teams); `exists` = false means "follow the template".
struct OwnerState
{
    bool exists = false;
    qint64 personId = 0;
    qint64 teamId = 0;
    bool supportingSet = false;
    QList<qint64> supportingTeamIds;
    bool operator==(const OwnerState &) const = default;
};

struct StageHistoryEntry
{
    qint64 id = 0;
    QString stage;
    QString startedAt;
    QString endedAt;
    QString changedBy;
};

struct OwnershipHistoryEntry
{
    qint64 id = 0;
    QString stage;
    QString personName;
    QString teamName;
    QString supporting;
    QString validFrom;
    QString changedBy;
};

struct Interaction
{
    qint64 id = 0;
    QDate date;
    QString kind = QStringLiteral("note");  // meeting call email checkin qbr note
    qint64 authorId = 0;
    QString authorName;
    QString summary;
};

struct Ticket
{
    qint64 id = 0;
    QString extId;
    QDate opened;
    QDate closed;
    QString priority;  // low normal high urgent, or empty
    bool escalated = false;
    QString subject;
};

struct Survey
{
    qint64 id = 0;
    QDate date;
    QString kind;  // nps csat ces
    int score = 0;
    QString comment;
    QString ticketExtId;
};

struct RevenuePoint
{
    QString month;  // YYYY-MM
    qint64 mrr = 0; // minor units
};

struct HealthPoint
{
    QString month;
    std::optional<double> score;
    Band band = Band::Insufficient;
};

struct AccountDetail
{
    qint64 id = 0;
    QString extId;
    QString name;
    QString industry;
    QString segment;
    QString model;   // b2b | b2c | empty
    Stage stage = Stage::Acquisition;
    QString status;  // active | churned
    QDate contractStart;
    QDate renewalDate;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0;  // the row version this copy was read at (storage/rowversion)
    QString updatedBy;   // who wrote the account last

    std::vector<CustomFieldValue> customFields;  // every defined field, value or not
    std::vector<Goal> goals;
    std::vector<Contact> contacts;
    std::vector<StageOwner> owners;              // the six stages, in journey order
    std::vector<StageHistoryEntry> stageHistory; // newest first
    std::vector<OwnershipHistoryEntry> ownershipHistory;  // newest first
    std::vector<Interaction> interactions;       // newest first
    std::vector<Ticket> tickets;                 // newest first
    std::vector<Survey> surveys;                 // newest first
    std::vector<RevenuePoint> revenue;           // oldest first
    std::vector<HealthPoint> health;             // oldest first (monthly snapshots: the trend)
    CurrentHealth current;                       // the health now (health_current)

    const StageOwner &currentOwner() const { return owners.at(stageIndex(stage)); }
    qint64 latestMrr() const { return revenue.empty() ? 0 : revenue.back().mrr; }
    Band band() const { return current.band; }  // the band now (override included)
    std::optional<double> score() const { return current.score; }
};

} // namespace karvan
