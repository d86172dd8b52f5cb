#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace karvan {

// Everything a merge moved or removed, so that undo can put it back exactly: the removed
// account with the same id, the child rows moved from it (by id or key), the rows that clashed
// and were folded into the kept account, and the note written about the merge.
struct MergeRecord
{
    qint64 keptId = 0;
    qint64 removedId = 0;
    QString keptExtId, removedExtId;
    QVariantMap removedAccount;                 // the accounts row of the removed account
    QHash<QString, QList<qint64>> movedIds;      // table -> ids whose account_id moved to kept
    QStringList movedRevenueMonths, movedUsageMonths;
    QHash<QString, qint64> keptRevenueBefore;    // month -> kept account's MRR before the sum
    QList<qint64> movedFieldIds;                 // custom fields the kept account lacked
    QList<QPair<QString, QVariantMap>> deletedRows; // (table, row) removed with the account
    qint64 noteInteractionId = 0;

    // For the user: what happened to the clashes.
    QStringList summedMonths;      // revenue months both had: kept the sum
    QStringList keptUsageMonths;   // usage months both had: kept the kept account's figures
    QStringList keptFieldNames;    // custom fields both had: kept the kept account's value
    QStringList keptStages;        // stages both had an owner for: kept the kept account's owner
    int movedRows = 0;             // how many records moved in all
};

// Merges account B into account A (seed 002: duplicate records merged). Nothing is lost:
// every interaction, ticket, survey, cost, goal, contact, stage and ownership history row,
// hand-off and band override moves to A; revenue months both have are summed; usage months,
// custom fields and stage owners both have keep A's and B's values are written into a note on A;
// what A lacks moves over. B is then removed. undo() reverses a merge from its record.
class AccountMerger
{
public:
    AccountMerger(const QSqlDatabase &db, QString actor);

    // Throws DataError when either account does not exist or they are the same.
    MergeRecord merge(qint64 keepId, qint64 removeId);
    void undo(const MergeRecord &record);

    // The child tables whose rows have their own id and simply move.
    static const QStringList &movableTables();

private:
    QList<QVariantMap> rows(const QString &statement, const QVariantList &values) const;
    void insertRow(const QString &table, const QVariantMap &row);
    void moveIds(const QString &table, const QList<qint64> &ids, qint64 toAccount);
    QString extId(qint64 accountId) const;

    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace karvan
