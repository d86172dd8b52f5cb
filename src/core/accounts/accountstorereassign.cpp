// AccountStore::reassignOwner: a departed or overloaded owner's stages handed to someone else
// at once (the dashboard's Reassign), and its undo.
#include "accounts/accountstore.h"

#include "domain/errors.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace karvan {

std::vector<AccountStore::OwnerReassignment> AccountStore::reassignOwner(qint64 fromPersonId, qint64 toPersonId)
{
    if (fromPersonId == toPersonId)
        throw DataError(QCoreApplication::translate("karvan::AccountStore", "Choose someone else to take the accounts over."));
    QSqlQuery to = sql::prepare(m_db, QStringLiteral("SELECT team_id, active, email FROM people WHERE id = ?"));
    to.addBindValue(toPersonId);
    sql::exec(to);
    if (!sql::next(to))
        throw DataError(QCoreApplication::translate("karvan::AccountStore", "The chosen person no longer exists."));
    if (!to.value(1).toBool())
        throw DataError(QCoreApplication::translate("karvan::AccountStore", "%1 is not active and cannot take accounts over.")
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

void AccountStore::revertReassignment(const std::vector<OwnerReassignment> &changes)
{
    Transaction tx(m_db);
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        setOwnerState(it->accountId, it->stage, it->before, true);
    tx.commit();
}

} // namespace karvan
