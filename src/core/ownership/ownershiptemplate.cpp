#include "ownership/ownershiptemplate.h"

#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace karvan {

QString TemplateStage::teamsLabel() const
{
    return coOwnerTeam.isEmpty() ? ownerTeamName
                                 : ownerTeamName + QStringLiteral(" / ") + coOwnerTeamName;
}

OwnershipTemplate::OwnershipTemplate()
{
    for (Stage s : kAllStages)
        m_stages[size_t(stageIndex(s))].stage = s;
}

OwnershipTemplate OwnershipTemplate::read(const QSqlDatabase &db)
{
    OwnershipTemplate t;
    QSqlQuery q = sql::run(db, QStringLiteral(
        "SELECT ts.stage, o.id, o.team_key, o.name, c.team_key, c.name, ts.key_metrics"
        " FROM template_stages ts"
        " LEFT JOIN teams o ON o.id = ts.owner_team_id"
        " LEFT JOIN teams c ON c.id = ts.co_owner_team_id"));
    while (sql::next(q)) {
        const std::optional<Stage> stage = stageFromKey(q.value(0).toString());
        if (!stage)
            continue;
        TemplateStage &s = t.m_stages[size_t(stageIndex(*stage))];
        s.ownerTeamId = q.value(1).toLongLong();
        s.ownerTeam = q.value(2).toString();
        s.ownerTeamName = q.value(3).toString();
        s.coOwnerTeam = q.value(4).toString();
        s.coOwnerTeamName = q.value(5).toString();
        s.keyMetrics = q.value(6).toString();
    }
    QSqlQuery s = sql::run(db, QStringLiteral(
        "SELECT ts.stage, t.team_key, t.name FROM template_supporting ts"
        " JOIN teams t ON t.id = ts.team_id ORDER BY ts.stage, ts.position"));
    while (sql::next(s)) {
        if (const std::optional<Stage> stage = stageFromKey(s.value(0).toString())) {
            TemplateStage &ts = t.m_stages[size_t(stageIndex(*stage))];
            ts.supporting << s.value(1).toString();
            ts.supportingNames << s.value(2).toString();
        }
    }
    return t;
}

} // namespace karvan
