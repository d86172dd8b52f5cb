#pragma once

#include "domain/stage.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
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
    QString teamKey;                  // the owning team (empty when none)
    QStringList supporting;           // supporting team keys, in order
    // No ownership row for this stage: the template's owner team and supporting teams apply.
    bool fromTemplate = true;
};

// The six stages of one account, in journey order.
struct AccountOwners
{
    qint64 accountId = 0;
    QString extId;
    QString name;
    Stage currentStage = Stage::Acquisition;
    bool active = true;               // status 'active' (false: churned)
    std::array<ResolvedOwner, 6> stages;

    const ResolvedOwner &at(Stage stage) const { return stages[size_t(stageIndex(stage))]; }
    const ResolvedOwner &current() const { return at(currentStage); }
};

// One stage of the organisation's template (`template_stages` + `template_supporting`).
struct TemplateStage
{
    Stage stage = Stage::Acquisition;
    QString ownerTeam;                // team key, may be empty
    QString coOwnerTeam;              // team key, may be empty
    QStringList supporting;
    QString keyMetrics;
};

// Resolves account x stage -> owner:
// - with an `ownership` row: person = the row's person; team = the row's team, else the
//   person's team, else the template's owner team; supporting = the row's
//   `ownership_supporting` teams when supporting_set = 1, else the template's; fromTemplate false.
// - without: person none, team = the template's owner team, supporting = the template's.
// Set-based: resolveAll() runs a fixed number of queries whatever the number of accounts.
class OwnershipResolver
{
public:
    explicit OwnershipResolver(const QSqlDatabase &db);

    // Throws DataError when there is no such account.
    AccountOwners resolve(qint64 accountId) const;
    // Every account, ordered by ext_id.
    std::vector<AccountOwners> resolveAll() const;
    // The template, in journey order.
    std::array<TemplateStage, 6> templateStages() const;

private:
    std::vector<AccountOwners> resolveSome(std::optional<qint64> only) const;

    QSqlDatabase m_db;
};

} // namespace karvan
