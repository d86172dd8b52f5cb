#pragma once

#include "io/importerbatch.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <vector>

namespace karvan {

class ImporterContext;
class ImporterRow;

// For interactions, surveys and costs: the optional `id` column. A row whose id exists is
// updated, a row with an unknown id is inserted with it, a row without one gets a new id.
//
// Rows are written as they are read, never all held: rows with an id at once; rows without
// one at once too when the file has no `id` column. In a file that names ids, a row without
// one must get a new id only after every named id is written (so that a new id never takes
// one that a later row names): those rows are written in a second pass over the file
// (needsSecondPass()), the same order and the same ids as when they were held in memory.
class ImporterIdKeyed
{
public:
    // table: our table; columns: its columns besides id, in the order of add()'s values;
    // updatable: for each column, whether the file has it (absent columns keep their value);
    // fileHasIds: whether the file has an `id` column.
    ImporterIdKeyed(ImporterContext &ctx, const QString &table, const QStringList &columns,
                    const QList<bool> &updatable, bool fileHasIds);
    // Validates the id cell; *id is null when the row has none. False after a problem.
    bool readId(const ImporterRow &row, QVariant *id);
    bool exists(const QVariant &id) const { return !id.isNull() && find(id.toLongLong()) != nullptr; }
    // Whether the id names a record of another account than `values` give (a data error, now
    // reported): importing another book's export must not move records silently.
    bool belongsToAnotherAccount(const ImporterRow &row, const QVariant &id, const QVector<QVariant> &values);
    // Writes the row (or, for a row without an id in a file with ids, leaves it to the
    // second pass).
    void add(const QVariant &id, const QVector<QVariant> &values);
    // Writes what the statements still hold.
    void flush();
    // Rows without an id left to the second pass.
    qint64 deferred() const { return m_deferred; }
    // A row without an id, in the second pass.
    void addDeferred(const QVector<QVariant> &values) { m_withoutId.add(values); }

private:
    struct Existing
    {
        qint64 id;
        qint64 accountId;  // kNoAccount for a record of no account (a shared cost)
    };
    static constexpr qint64 kNoAccount = -1;
    const Existing *find(qint64 id) const;

    ImporterContext &m_ctx;
    // Every stored record's id and account, sorted by id: 16 bytes a record, looked up by
    // binary search (a hash of QVariants took about 100 bytes a record).
    std::vector<Existing> m_existing;
    int m_accountColumn = -1;            // account_id in add()'s values, when the file has it
    bool m_fileHasIds = false;
    QHash<qint64, int> m_seen;           // ids named by the file -> first line
    qint64 m_deferred = 0;
    ImporterBatch m_withId;
    ImporterBatch m_withoutId;
};

} // namespace karvan
