#pragma once

#include "io/importerbatch.h"
#include "storage/bulkinserter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

namespace karvan {

class ImporterContext;

// The stored per-stage ownership of accounts (tables ownership, ownership_supporting), loaded
// once, and the writes that change it. Every change (a new row, another person or team, other
// supporting teams) appends an ownership_history row; setting what is already stored writes
// nothing. Used by the ownership import and by accounts.owner.
// Every statement is prepared once on the storage layer's bulk path (storage/bulkinserter) and
// run in the order a row needs; what the dated rows need to know of the history (which keys
// exist, the latest dated day and the placeholders of each stage) is read in one query on
// first use and kept up to date here, instead of two queries per row.
class ImporterOwnership
{
public:
    struct Entry
    {
        qint64 id = 0;
        QVariant personId;
        QVariant teamId;
        bool supportingSet = false;
        QList<qint64> supporting;  // team ids in order, when supportingSet
    };

    explicit ImporterOwnership(ImporterContext &ctx);

    const Entry *find(qint64 accountId, const QString &stage) const;
    // The file sets each account's stage at most once (accounts.csv: one row per account), so a
    // row written need not be remembered: a file of 2,000,000 new accounts stays small.
    void setEachStageOnce(bool once) { m_eachStageOnce = once; }
    // Sets the stage's owner and team; supporting = std::nullopt keeps the supporting teams, an
    // empty list returns the stage to the template's supporting teams.
    // The change is recorded in the history from the import day, as a placeholder that a
    // dated row of the same owner replaces later.
    void set(qint64 accountId, const QString &stage, const QVariant &personId,
             const QVariant &teamId, const std::optional<QList<qint64>> &supporting);
    // Whether the history holds a dated row of the stage from `from` (YYYY-MM-DD).
    bool hasDated(qint64 accountId, const QString &stage, const QString &from);
    // A dated row of the history (an ownership row with `from`): added or updated by its key
    // (account, stage, from). When it is the latest dated row of the stage it also sets the
    // current owner, and the placeholders of the same owner go (the dates now say when);
    // a placeholder of another owner is newer and stays the current owner.
    void setDated(qint64 accountId, const QString &stage, const QVariant &personId,
                  const QVariant &teamId, const QList<qint64> &supporting, const QString &from);
    // Removes the stage's owner (the row goes when it holds nothing else).
    void clearOwner(qint64 accountId, const QString &stage);
    // Writes the history and supporting-team rows still waiting (they are written in
    // statements of many rows, in the order they were made; anything here that reads, updates
    // or deletes such rows writes them first) and drops the placeholders that dated rows
    // replaced. Call at the end of the import.
    void flush();

private:
    // The history of one account's stage as far as dated rows need it.
    struct StageHistory
    {
        int latestDated = 0;          // YYYYMMDD of the latest dated row; 0: none
        int placeholders = 0;         // rows written on an import day (placeholder = 1)
        QVariant newestPlaceholder;   // the person of the newest placeholder (null: none)
    };
    struct DatedKey
    {
        qint64 accountId;
        int stage;
        int day;                      // YYYYMMDD
        bool operator==(const DatedKey &o) const
        {
            return accountId == o.accountId && stage == o.stage && day == o.day;
        }
    };
    friend size_t qHash(const DatedKey &k, size_t seed) noexcept
    {
        return qHashMulti(seed, k.accountId, k.stage, k.day);
    }

    // One number for an account's stage: account id x 8 + the stage's index.
    static qint64 stageKey(qint64 accountId, const QString &stage);
    void writeSupporting(const Entry &entry, bool replace);
    void history(qint64 accountId, const QString &stage, const Entry &entry);
    // Stores the current row; false when it already held this.
    // `written`: the row as stored.
    bool store(qint64 accountId, const QString &stage, const QVariant &personId,
               const QVariant &teamId, const std::optional<QList<qint64>> &supporting,
               Entry *written = nullptr);
    QString supportingText(const QList<qint64> &teams) const;
    void loadHistory();

    // Prepares `statement` into `slot` on first use and returns it.
    BulkInserter &prepared(std::unique_ptr<BulkInserter> &slot, const char *statement);

    ImporterContext &m_ctx;
    QHash<qint64, Entry> m_rows;                // by stageKey
    bool m_eachStageOnce = false;
    bool m_historyLoaded = false;
    QHash<qint64, StageHistory> m_history;      // by stageKey
    QHash<DatedKey, qint64> m_dated;            // dated rows by key -> max id (0: added now)
    std::unique_ptr<BulkInserter> m_update;
    std::unique_ptr<BulkInserter> m_insert;
    std::unique_ptr<BulkInserter> m_delete;
    std::unique_ptr<BulkInserter> m_deleteSupporting;
    std::optional<ImporterBatch> m_supportingRows;
    QSet<qint64> m_supportingWaiting;           // ownership ids with rows in m_supportingRows
    // Writes the waiting supporting rows when some belong to the owner row (before it or its
    // supporting rows are deleted).
    void flushSupportingOf(qint64 ownershipId);
    void addHistoryRow(std::initializer_list<QVariant> values);
    std::optional<ImporterBatch> m_historyRows;
    std::unique_ptr<BulkInserter> m_updateDated;
    std::unique_ptr<BulkInserter> m_dropPlaceholders;
    QSet<qint64> m_placeholdersToDrop;          // stageKeys whose placeholders go at the flush
    void dropPlaceholders();
};

} // namespace karvan
