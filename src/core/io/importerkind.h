#pragma once

#include "io/csvkind.h"
#include "io/importerbatch.h"
#include "io/importerkeyset.h"
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
    // After finish(): whether the importer must see the file's rows once more to write what
    // it could not write in order (rows without an id in a file that names ids).
    virtual bool needsSecondPass() const { return false; }
    // Each data row again (only complete records, all valid in the first pass), then
    // finishSecondPass().
    virtual void secondPassRow(const ImporterRow &) {}
    virtual void finishSecondPass() {}
    // The tables whose secondary indexes take this kind's rows in random order and which the
    // kind never reads through those indexes while writing: a large file builds them once at
    // the end instead (storage/DeferredIndexes). Empty for the others.
    virtual QStringList bulkTables() const { return {}; }

    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }

protected:
    // Remembers the key's first line; reports a duplicate and returns false when seen before.
    // keyText() describes the key for the message; it is only called for a duplicate.
    template <typename Key, typename KeyText>
    bool firstOccurrence(QHash<Key, int> &seen, const Key &key, const ImporterRow &row,
                         const QString &column, const KeyText &keyText);
    // The same for a text key, kept compactly (tickets, people, accounts: one per row).
    template <typename KeyText>
    bool firstOccurrence(ImporterKeySet &seen, const QString &key, const ImporterRow &row,
                         const QString &column, const KeyText &keyText)
    {
        const int first = seen.insert(key, row.line());
        if (first == 0)
            return true;
        reportDuplicate(row, column, keyText(), first);
        return false;
    }
    bool has(const QString &column) const { return m_columns.contains(column); }
    // ", col = excluded.col" for each column present in the file.
    QString updateSet(const QStringList &columns, const QStringList &dbColumns) const;
    void count(bool existed) { ++(existed ? m_updated : m_inserted); }

    ImporterContext &m_ctx;
    QHash<QString, int> m_columns;
    int m_inserted = 0;
    int m_updated = 0;
};

// YYYYMMDD of a text that starts 'YYYY-MM-DD' (a date, or the day of a time stamp): compact and
// ordered as the text is; 0 when the text does not start with a date. dayText() turns it back.
int dayNumber(QStringView text);
QString dayText(int day);

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
