#pragma once

#include "ownership/ownershipresolver.h"
#include "domain/band.h"
#include "domain/stage.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan {

// A problem with the ownership of an active account at its current stage or a stage still
// ahead of it (a past stage's owner no longer matters).
struct OwnershipGap
{
    // The contract's problem texts, plus "no owning team", "no active member in the owning
    // team" and "overdue hand-off".
    static inline const QString kNoOwner = QStringLiteral("no owner");
    static inline const QString kInactiveOwner = QStringLiteral("inactive owner");
    static inline const QString kNoActiveSupport =
        QStringLiteral("no active member in a supporting team");
    static inline const QString kNoTeam = QStringLiteral("no owning team");
    static inline const QString kNoActiveOwnerTeamMember =
        QStringLiteral("no active member in the owning team");
    static inline const QString kOverdueHandoff = QStringLiteral("overdue hand-off");

    qint64 accountId = 0;
    QString accountKey;               // ext_id
    QString accountName;
    Stage stage = Stage::Acquisition;
    QString problem;
    QString team;                     // the supporting team without an active member
    QString person;                   // the inactive owner's email, or the hand-off's CSM
    bool current = true;              // at the account's current stage
};

// One owner's book: the active accounts whose current stage they own.
struct OwnerLoad
{
    qint64 personId = 0;
    QString email;
    QString name;
    bool active = true;
    int accounts = 0;
    qint64 mrrMinor = 0;              // MRR in the latest month of the data, minor units
    int red = 0;                      // accounts whose band (override included) is red
    bool overloaded = false;          // more accounts than the book size setting
};

// What one team owns at one stage: the active accounts whose owner at that stage is the
// team (a named person's team, else the row's or the template's team) and their MRR.
struct TeamStageCell
{
    QString teamKey;
    QString teamName;
    Stage stage = Stage::Acquisition;
    int accounts = 0;
    qint64 mrrMinor = 0;               // MRR in the latest month of the data, minor units
    std::vector<qint64> accountIds;    // the accounts behind the cell, in ext_id order
};

// The ownership matrix of every account x stage, with the gaps at each active account's
// current stage and the load per owner. Churned accounts appear in the matrix but not in the
// gaps or the load.
class OwnershipMatrix
{
public:
    explicit OwnershipMatrix(const QSqlDatabase &db);

    // Resolves every account and computes gaps and load; health bands as of `asOf`.
    void build(const QDate &asOf = QDate::currentDate());

    const std::vector<AccountOwners> &accounts() const { return m_accounts; }
    const std::vector<OwnershipGap> &gaps() const { return m_gaps; }
    const std::vector<OwnerLoad> &load() const { return m_load; }
    // Teams x stages: one cell per team and stage that owns at least one active account,
    // teams by name, stages in journey order.
    const std::vector<TeamStageCell> &teamStages() const { return m_teamStages; }
    QString latestMonth() const { return m_latestMonth; }
    // Each account's band as of build()'s day: today the stored health now (health_current,
    // the band the book shows, override included), another day scored as of that day.
    const QHash<qint64, Band> &bands() const { return m_bands; }

    // The gaps of resolved accounts given each team's number of active members (pure):
    // at the current stage no person named, an inactive owner, no owning team; at the current
    // and every later stage an inactive named owner, an owning or supporting team without an
    // active member.
    static std::vector<OwnershipGap> findGaps(const std::vector<AccountOwners> &accounts,
                                              const QHash<QString, int> &activeMembers);

    // Owner load: more active accounts than this (setting, default 40) is an overload.
    static QString bookSizeSetting() { return QStringLiteral("ownership.max_book_size"); }
    static constexpr int kDefaultBookSize = 40;
    int bookSizeLimit() const { return m_bookSize; }

    // Lets go of the database connection once built, so that the results can outlive it and
    // move to another thread (the dashboard builds the matrix in a worker).
    void releaseConnection() { m_db = QSqlDatabase(); }

    // The contract's `matrix --json` document.
    QJsonObject toJson() const;

private:
    QHash<QString, int> activeMembersPerTeam() const;
    void computeLoad(const QDate &asOf);
    void addOverdueHandoffs(const QDate &asOf);

    QSqlDatabase m_db;
    std::vector<AccountOwners> m_accounts;
    std::vector<OwnershipGap> m_gaps;
    std::vector<OwnerLoad> m_load;
    std::vector<TeamStageCell> m_teamStages;
    QHash<qint64, Band> m_bands;
    QString m_latestMonth;
    int m_bookSize = kDefaultBookSize;
};

} // namespace karvan
