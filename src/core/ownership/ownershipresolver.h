#pragma once

#include "ownership/ownershiptemplate.h"
#include "ownership/ownershiptimeline.h"
#include "domain/stage.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace karvan {

// Who owns one stage of one account, after applying the organisation's template and the
// account's own `ownership` row.
struct ResolvedOwner
{
    Stage stage = Stage::Acquisition;
    std::optional<qint64> personId;   // nullopt: no person named
    QString personEmail;
    QString personName;
    bool personActive = false;
    qint64 teamId = 0;                // the owning team (0 when none)
    QString teamKey;                  // empty when none
    QString teamName;
    bool teamFromTemplate = true;     // the team is the template's owner team
    QStringList supporting;           // supporting team keys, in order
    QStringList supportingNames;      // the same teams' names
    bool supportingFromTemplate = true; // the template's supporting teams apply
    // No ownership row for this stage: the template's owner team and supporting teams apply.
    bool fromTemplate = true;
    QString templateTeams;            // the template's "Owner / Co-owner" team names

    // The one-line owner the book shows: the person's name, else the row's team, else the
    // template's owner (and co-owner) teams.
    QString label() const;
};

// The six stages of one account, in journey order.
struct AccountOwners
{
    qint64 accountId = 0;
    QString extId;
    QString name;
    QString segment;                  // accounts.segment (free text, may be empty)
    QString model;                    // accounts.model: b2b, b2c or empty
    Stage currentStage = Stage::Acquisition;
    bool active = true;               // status 'active' (false: churned)
    std::array<ResolvedOwner, 6> stages;

    const ResolvedOwner &at(Stage stage) const { return stages[size_t(stageIndex(stage))]; }
    const ResolvedOwner &current() const { return at(currentStage); }
};

// The owner of each account's current stage (OwnershipResolver::currentOwners()).
class CurrentOwners
{
public:
    // The owner of `currentStage` of `accountId` (the stage must be the account's current one).
    const ResolvedOwner &of(qint64 accountId, Stage currentStage) const;

private:
    friend class OwnershipResolver;
    QHash<qint64, ResolvedOwner> m_own;          // accounts with a row at their current stage
    std::array<ResolvedOwner, 6> m_template;     // the rest
};

// The one rule for account x stage -> owner:
// - with an `ownership` row: person = the row's person; team = the row's team, else the
//   person's team, else the template's owner team; supporting = the row's
//   `ownership_supporting` teams when supporting_set = 1, else the template's; fromTemplate false.
// - without: person none, team = the template's owner team, supporting = the template's.
// The template is read once per resolver. Set-based: every call runs a fixed number of
// queries whatever the number of accounts.
class OwnershipResolver
{
public:
    explicit OwnershipResolver(const QSqlDatabase &db);

    // Throws DataError when there is no such account.
    AccountOwners resolve(qint64 accountId) const;
    // Every account, ordered by ext_id.
    std::vector<AccountOwners> resolveAll() const;
    // The owner of each account's current stage (all accounts, or only `accountId`).
    CurrentOwners currentOwners(std::optional<qint64> accountId = std::nullopt) const;
    // Per person (all, or only `personId`): the active accounts whose current stage they own.
    QHash<qint64, int> ownedActiveAccounts(std::optional<qint64> personId = std::nullopt) const;
    // Who owned each stage over time: ownership_history and today's own rows, resolved with
    // the same rule (a row's team, else its person's team, else the template's).
    OwnershipTimeline timeline() const;
    // The template, read on first use.
    const OwnershipTemplate &ownershipTemplate() const;
    std::array<TemplateStage, 6> templateStages() const { return ownershipTemplate().stages(); }

    // The owner of a stage with no ownership row: the template's.
    static ResolvedOwner templateOwner(const TemplateStage &stage);

private:
    struct Directory;
    const Directory &directory() const;
    std::vector<AccountOwners> resolveSome(std::optional<qint64> only) const;

    QSqlDatabase m_db;
    mutable std::optional<OwnershipTemplate> m_template;
    mutable std::shared_ptr<const Directory> m_directory;
};

} // namespace karvan
