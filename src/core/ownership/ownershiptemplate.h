#pragma once

#include "domain/stage.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>

namespace karvan {

// One stage of the organisation's template (`template_stages` + `template_supporting`).
struct TemplateStage
{
    Stage stage = Stage::Acquisition;
    qint64 ownerTeamId = 0;           // 0: none
    QString ownerTeam;                // team key, may be empty
    QString ownerTeamName;
    QString coOwnerTeam;              // team key, may be empty
    QString coOwnerTeamName;
    QStringList supporting;           // team keys, in order
    QStringList supportingNames;      // the same teams' names
    QString keyMetrics;

    // The owner team's name, with the co-owner's after a slash when there is one
    // ("Sales / Marketing").
    QString teamsLabel() const;
};

// The organisation's ownership template, read with two queries: the owner team, co-owner team
// and supporting teams of each stage, in journey order.
class OwnershipTemplate
{
public:
    OwnershipTemplate();

    static OwnershipTemplate read(const QSqlDatabase &db);

    const TemplateStage &at(Stage stage) const { return m_stages[size_t(stageIndex(stage))]; }
    const std::array<TemplateStage, 6> &stages() const { return m_stages; }

private:
    std::array<TemplateStage, 6> m_stages;
};

} // namespace karvan
