#pragma once

#include "io/csvkind.h"
#include "io/importerbatch.h"
#include "io/importerrow.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace karvan {

class ImporterContext;

// The part of an import that knows one kind of file: validates each row (reporting problems
// to the context) and, while the context is writing, writes it. One instance per file.
class ImporterKind
{
public:
    explicit ImporterKind(ImporterContext &ctx) : m_ctx(ctx) {}
    virtual ~ImporterKind() = default;
    ImporterKind(const ImporterKind &) = delete;
    ImporterKind &operator=(const ImporterKind &) = delete;

    // Whether columns that are not standard are taken (accounts: custom fields).
    virtual bool acceptsExtraColumns() const { return false; }
    // Called once after the header: the columns present (lower-case name -> index) and the
    // extra columns as written in the header.
    virtual void begin(const QHash<QString, int> &columns, const QStringList &extraColumns);
    virtual void row(const ImporterRow &row) = 0;
    // Called after the last row, in a dry run too: checks that need the whole file.
    virtual void end() {}
    // Writes what is still buffered (only called when writing and no problem was found).
    virtual void finish() {}

    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }

protected:
    // Remembers the key's first line; reports a duplicate and returns false when seen before.
    // keyText() describes the key for the message; it is only called for a duplicate.
    template <typename Key, typename KeyText>
    bool firstOccurrence(QHash<Key, int> &seen, const Key &key, const ImporterRow &row,
                         const QString &column, const KeyText &keyText);
    bool has(const QString &column) const { return m_columns.contains(column); }
    // ", col = excluded.col" for each column present in the file.
    QString updateSet(const QStringList &columns, const QStringList &dbColumns) const;
    void count(bool existed) { ++(existed ? m_updated : m_inserted); }

    ImporterContext &m_ctx;
    QHash<QString, int> m_columns;
    int m_inserted = 0;
    int m_updated = 0;
};

void reportDuplicate(const ImporterRow &row, const QString &column, const QString &keyText,
                     int firstLine);

template <typename Key, typename KeyText>
bool ImporterKind::firstOccurrence(QHash<Key, int> &seen, const Key &key, const ImporterRow &row,
                                   const QString &column, const KeyText &keyText)
{
    const auto it = seen.constFind(key);
    if (it != seen.cend()) {
        reportDuplicate(row, column, keyText(), *it);
        return false;
    }
    seen.insert(key, row.line());
    return true;
}

// For interactions, surveys and costs: the optional `id` column. A row whose id exists is
// updated, a row with an unknown id is inserted with it, a row without one gets a new id.
class ImporterIdKeyed
{
public:
    // table: our table; columns: its columns besides id, in the order of add()'s values;
    // updatable: for each column, whether the file has it (absent columns keep their value).
    ImporterIdKeyed(ImporterContext &ctx, const QString &table, const QStringList &columns,
                    const QList<bool> &updatable);
    // Validates the id cell; *id is null when the row has none. False after a problem.
    bool readId(const ImporterRow &row, QVariant *id);
    bool exists(const QVariant &id) const { return !id.isNull() && m_existing.contains(id.toLongLong()); }
    // Whether the id names a record of another account than `values` give (a data error, now
    // reported): importing another book's export must not move records silently.
    bool belongsToAnotherAccount(const ImporterRow &row, const QVariant &id, const QVector<QVariant> &values);
    void add(const QVariant &id, const QVector<QVariant> &values);
    void flush();

private:
    ImporterContext &m_ctx;
    QHash<qint64, QVariant> m_existing;  // id -> its account_id
    int m_accountColumn = -1;            // account_id in add()'s values, when the file has it
    QHash<qint64, int> m_seen;
    ImporterBatch m_withId;
    ImporterBatch m_withoutId;
    // Rows without an id are inserted after all rows with one, so that a new id can never
    // take an id that a later row of the file names.
    QVector<QVector<QVariant>> m_pendingWithoutId;
};

std::unique_ptr<ImporterKind> makeImporterKind(CsvKind kind, ImporterContext &ctx);
std::unique_ptr<ImporterKind> makePeopleImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeAccountsImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeOwnershipImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeStagesImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeRevenueImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeUsageImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeInteractionsImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeTicketsImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeSurveysImporter(ImporterContext &ctx);
std::unique_ptr<ImporterKind> makeCostsImporter(ImporterContext &ctx);

} // namespace karvan
