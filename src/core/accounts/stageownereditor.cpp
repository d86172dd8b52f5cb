// StageOwnerEditor: who owns each stage of an account, one stage at a time or in bulk.
#include "accounts/stageownereditor.h"

#include "storage/audit.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "ownership/ownershiptemplate.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSqlQuery>

namespace karvan {

StageOwnerEditor::StageOwnerEditor(QSqlDatabase db, QString actor)
    : AccountWriter(std::move(db), std::move(actor))
{
}

OwnerState StageOwnerEditor::ownerState(qint64 accountId, Stage stage) const
{
    OwnerState s;
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT id, person_id, team_id, supporting_set FROM ownership"
        " WHERE account_id = ? AND stage = ?"));
    q.addBindValue(accountId);
    q.addBindValue(stageKey(stage));
    sql::exec(q);
    if (!sql::next(q))
        return s;
    s.exists = true;
    const qint64 ownershipId = q.value(0).toLongLong();
    s.personId = q.value(1).toLongLong();
    s.teamId = q.value(2).toLongLong();
    s.supportingSet = q.value(3).toBool();
    QSqlQuery t = sql::prepare(m_db, QStringLiteral(
        "SELECT team_id FROM ownership_supporting WHERE ownership_id = ? ORDER BY position"));
    t.addBindValue(ownershipId);
    sql::exec(t);
    while (sql::next(t))
        s.supportingTeamIds << t.value(0).toLongLong();
    return s;
}

OwnerState StageOwnerEditor::setOwnerState(qint64 accountId, Stage stage, const OwnerState &state, bool restoring)
{
    Transaction tx(m_db);
    const QString stageText = stageKey(stage);
    if (state.exists && state.personId && !restoring) {
        QSqlQuery p = sql::prepare(m_db, QStringLiteral("SELECT email, active FROM people WHERE id = ?"));
        p.addBindValue(state.personId);
        sql::exec(p);
        if (!sql::next(p))
            throw DataError(QObject::tr("The chosen person no longer exists."));
        if (!p.value(1).toBool())
            throw DataError(QObject::tr("%1 is not active and cannot own a stage.").arg(p.value(0).toString()));
    }
    if (state.exists && !state.personId && !state.teamId)
        throw DataError(QObject::tr("Choose a person or a team to own the %1 stage.").arg(stageText));
    const OwnerState old = ownerState(accountId, stage);
    const QString teamName = QStringLiteral("SELECT team_key FROM teams WHERE id = ?");
    const QString personEmail = QStringLiteral("SELECT email FROM people WHERE id = ?");

    if (state.exists) {
        QSqlQuery up = sql::prepare(m_db, QStringLiteral(
            "INSERT INTO ownership (account_id, stage, person_id, team_id, supporting_set)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, stage) DO UPDATE SET"
            " person_id = excluded.person_id, team_id = excluded.team_id,"
            " supporting_set = excluded.supporting_set RETURNING id"));
        up.addBindValue(accountId);
        up.addBindValue(stageText);
        up.addBindValue(nullableId(state.personId));
        up.addBindValue(nullableId(state.teamId));
        up.addBindValue(state.supportingSet ? 1 : 0);
        const qint64 ownershipId = sql::insertReturningId(up);
        QSqlQuery clear = sql::prepare(m_db, QStringLiteral("DELETE FROM ownership_supporting WHERE ownership_id = ?"));
        clear.addBindValue(ownershipId);
        sql::exec(clear);
        if (state.supportingSet) {
            QSqlQuery add = sql::prepare(m_db, QStringLiteral(
                "INSERT INTO ownership_supporting (ownership_id, team_id, position) VALUES (?, ?, ?)"));
            for (int i = 0; i < state.supportingTeamIds.size(); ++i) {
                add.addBindValue(ownershipId);
                add.addBindValue(state.supportingTeamIds.at(i));
                add.addBindValue(i);
                sql::exec(add);
            }
        }
    } else if (old.exists) {
        QSqlQuery del = sql::prepare(m_db, QStringLiteral(
            "DELETE FROM ownership_supporting WHERE ownership_id IN"
            " (SELECT id FROM ownership WHERE account_id = ? AND stage = ?)"));
        del.addBindValue(accountId);
        del.addBindValue(stageText);
        sql::exec(del);
        QSqlQuery row = sql::prepare(m_db, QStringLiteral("DELETE FROM ownership WHERE account_id = ? AND stage = ?"));
        row.addBindValue(accountId);
        row.addBindValue(stageText);
        sql::exec(row);
    }

    // The history row: the effective owner and supporting teams from now on.
    const OwnershipTemplate tmpl = OwnershipTemplate::read(m_db);
    const TemplateStage &fromTemplate = tmpl.at(stage);
    QStringList supporting;
    qint64 team = state.exists ? state.teamId : fromTemplate.ownerTeamId;
    if (state.exists && state.supportingSet) {
        for (qint64 id : state.supportingTeamIds)
            supporting << lookup(m_db, teamName, id);
    } else {
        supporting = fromTemplate.supporting;
    }
    QSqlQuery h = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO ownership_history (account_id, stage, person_id, team_id, supporting,"
        " valid_from, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    h.addBindValue(accountId);
    h.addBindValue(stageText);
    h.addBindValue(nullableId(state.exists ? state.personId : 0));
    h.addBindValue(nullableId(team));
    h.addBindValue(supporting.join(QLatin1Char(';')));
    h.addBindValue(audit::nowUtc());
    h.addBindValue(m_actor);
    sql::exec(h);

    auto describe = [&](const OwnerState &s) -> QVariant {
        if (!s.exists)
            return QStringLiteral("template");
        const QString person = lookup(m_db, personEmail, s.personId);
        return person.isEmpty() ? lookup(m_db, teamName, s.teamId) : person;
    };
    auto describeSupporting = [&](const OwnerState &s) -> QVariant {
        if (!s.exists || !s.supportingSet)
            return QStringLiteral("template");
        QStringList keys;
        for (qint64 id : s.supportingTeamIds)
            keys << lookup(m_db, teamName, id);
        return keys.join(QLatin1Char(';'));
    };
    const QVariant oldOwner = describe(old), newOwner = describe(state);
    if (oldOwner != newOwner || old.teamId != state.teamId)
        audit(accountId, QStringLiteral("owner:") + stageText, oldOwner, newOwner);
    const QVariant oldSupporting = describeSupporting(old), newSupporting = describeSupporting(state);
    if (oldSupporting != newSupporting)
        audit(accountId, QStringLiteral("supporting:") + stageText, oldSupporting, newSupporting);
    touch(accountId);
    tx.commit();
    return old;
}

std::vector<StageOwnerEditor::OwnerReassignment> StageOwnerEditor::reassignOwner(qint64 fromPersonId, qint64 toPersonId)
{
    if (fromPersonId == toPersonId)
        throw DataError(QCoreApplication::translate("karvan::StageOwnerEditor", "Choose someone else to take the accounts over."));
    QSqlQuery to = sql::prepare(m_db, QStringLiteral("SELECT team_id, active, email FROM people WHERE id = ?"));
    to.addBindValue(toPersonId);
    sql::exec(to);
    if (!sql::next(to))
        throw DataError(QCoreApplication::translate("karvan::StageOwnerEditor", "The chosen person no longer exists."));
    if (!to.value(1).toBool())
        throw DataError(QCoreApplication::translate("karvan::StageOwnerEditor", "%1 is not active and cannot take accounts over.")
                            .arg(to.value(2).toString()));
    const qint64 toTeam = to.value(0).toLongLong();

    // The stages that still matter: the account's current one and those after it.
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT o.account_id, o.stage, a.stage FROM ownership o JOIN accounts a ON a.id = o.account_id"
        " WHERE o.person_id = ? AND a.status = 'active' ORDER BY a.ext_id, o.stage"));
    q.addBindValue(fromPersonId);
    sql::exec(q);
    std::vector<std::pair<qint64, Stage>> targets;
    while (sql::next(q)) {
        const std::optional<Stage> stage = stageFromKey(q.value(1).toString());
        const std::optional<Stage> current = stageFromKey(q.value(2).toString());
        if (stage && current && stageIndex(*stage) >= stageIndex(*current))
            targets.emplace_back(q.value(0).toLongLong(), *stage);
    }
    std::vector<OwnerReassignment> changes;
    Transaction tx(m_db);
    for (const auto &[accountId, stage] : targets) {
        OwnerState state = ownerState(accountId, stage);
        OwnerReassignment change{accountId, stage, state};
        state.exists = true;
        state.personId = toPersonId;
        state.teamId = toTeam;
        setOwnerState(accountId, stage, state);
        changes.push_back(std::move(change));
    }
    tx.commit();
    return changes;
}

void StageOwnerEditor::revertReassignment(const std::vector<OwnerReassignment> &changes)
{
    Transaction tx(m_db);
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        setOwnerState(it->accountId, it->stage, it->before, true);
    tx.commit();
}

} // namespace karvan
