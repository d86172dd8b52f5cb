#include "ownership/ownershipresolver.h"

#include "domain/errors.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace karvan {

namespace {

QSqlQuery runFor(const QSqlDatabase &db, QString statement, const QString &filter,
                 std::optional<qint64> only, const QString &tail = QString())
{
    if (only)
        statement += filter;
    statement += tail;
    QSqlQuery q = sql::prepare(db, statement);
    q.setForwardOnly(true);
    if (only)
        q.addBindValue(*only);
    sql::exec(q);
    return q;
}

} // namespace

OwnershipResolver::OwnershipResolver(const QSqlDatabase &db) : m_db(db) {}

std::array<TemplateStage, 6> OwnershipResolver::templateStages() const
{
    std::array<TemplateStage, 6> stages;
    for (Stage s : kAllStages)
        stages[size_t(stageIndex(s))].stage = s;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT ts.stage, o.team_key, c.team_key, ts.key_metrics FROM template_stages ts"
        " LEFT JOIN teams o ON o.id = ts.owner_team_id"
        " LEFT JOIN teams c ON c.id = ts.co_owner_team_id"));
    while (q.next()) {
        const std::optional<Stage> stage = stageFromKey(q.value(0).toString());
        if (!stage)
            continue;
        TemplateStage &t = stages[size_t(stageIndex(*stage))];
        t.ownerTeam = q.value(1).toString();
        t.coOwnerTeam = q.value(2).toString();
        t.keyMetrics = q.value(3).toString();
    }
    QSqlQuery s = sql::run(m_db, QStringLiteral(
        "SELECT ts.stage, t.team_key FROM template_supporting ts"
        " JOIN teams t ON t.id = ts.team_id ORDER BY ts.stage, ts.position"));
    while (s.next()) {
        if (const std::optional<Stage> stage = stageFromKey(s.value(0).toString()))
            stages[size_t(stageIndex(*stage))].supporting << s.value(1).toString();
    }
    return stages;
}

AccountOwners OwnershipResolver::resolve(qint64 accountId) const
{
    std::vector<AccountOwners> one = resolveSome(accountId);
    if (one.empty())
        throw DataError(QStringLiteral("no account with the internal id %1").arg(accountId));
    return one.front();
}

std::vector<AccountOwners> OwnershipResolver::resolveAll() const
{
    return resolveSome(std::nullopt);
}

std::vector<AccountOwners> OwnershipResolver::resolveSome(std::optional<qint64> only) const
{
    const std::array<TemplateStage, 6> tmpl = templateStages();
    std::vector<AccountOwners> all;
    QHash<qint64, size_t> index;

    QSqlQuery a = runFor(m_db, QStringLiteral(
        "SELECT id, ext_id, name, stage, status FROM accounts"), QStringLiteral(" WHERE id = ?"),
        only, QStringLiteral(" ORDER BY ext_id"));
    while (a.next()) {
        AccountOwners owners;
        owners.accountId = a.value(0).toLongLong();
        owners.extId = a.value(1).toString();
        owners.name = a.value(2).toString();
        owners.currentStage = stageFromKey(a.value(3).toString()).value_or(Stage::Acquisition);
        owners.active = a.value(4).toString() != QLatin1String("churned");
        for (Stage s : kAllStages) {
            const TemplateStage &t = tmpl[size_t(stageIndex(s))];
            ResolvedOwner &o = owners.stages[size_t(stageIndex(s))];
            o.stage = s;
            o.teamKey = t.ownerTeam;
            o.supporting = t.supporting;
            o.fromTemplate = true;
        }
        index.insert(owners.accountId, all.size());
        all.push_back(std::move(owners));
    }
    if (all.empty())
        return all;

    // The accounts' own rows; their supporting teams come next, keyed by ownership id.
    QHash<qint64, ResolvedOwner *> byOwnershipId;
    QSqlQuery o = runFor(m_db, QStringLiteral(
        "SELECT o.id, o.account_id, o.stage, o.person_id, p.email, p.name, p.active,"
        " t.team_key, pt.team_key, o.supporting_set FROM ownership o"
        " LEFT JOIN people p ON p.id = o.person_id"
        " LEFT JOIN teams t ON t.id = o.team_id"
        " LEFT JOIN teams pt ON pt.id = p.team_id"), QStringLiteral(" WHERE o.account_id = ?"), only);
    while (o.next()) {
        const auto it = index.constFind(o.value(1).toLongLong());
        const std::optional<Stage> stage = stageFromKey(o.value(2).toString());
        if (it == index.constEnd() || !stage)
            continue;
        ResolvedOwner &owner = all[*it].stages[size_t(stageIndex(*stage))];
        owner.fromTemplate = false;
        if (!o.value(3).isNull()) {
            owner.personId = o.value(3).toLongLong();
            owner.personEmail = o.value(4).toString();
            owner.personName = o.value(5).toString();
            owner.personActive = o.value(6).toInt() != 0;
        }
        if (!o.value(7).isNull())
            owner.teamKey = o.value(7).toString();
        else if (!o.value(8).isNull())
            owner.teamKey = o.value(8).toString();
        if (o.value(9).toInt() != 0) {
            owner.supporting.clear();
            byOwnershipId.insert(o.value(0).toLongLong(), &owner);
        }
    }
    if (byOwnershipId.isEmpty())
        return all;
    QSqlQuery s = runFor(m_db, QStringLiteral(
        "SELECT s.ownership_id, t.team_key FROM ownership_supporting s"
        " JOIN teams t ON t.id = s.team_id JOIN ownership o ON o.id = s.ownership_id"),
        QStringLiteral(" WHERE o.account_id = ?"), only,
        QStringLiteral(" ORDER BY s.ownership_id, s.position"));
    while (s.next()) {
        if (ResolvedOwner *owner = byOwnershipId.value(s.value(0).toLongLong()))
            owner->supporting << s.value(1).toString();
    }
    return all;
}

} // namespace karvan
