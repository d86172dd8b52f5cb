#pragma once

#include "io/csvkind.h"
#include "generator/generatorbook.h"
#include "generator/generatorevents.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QIODevice;

namespace karvan {

class CsvWriter;

// The currency of every generated amount (MRR, costs): Toman, as the seed articles' companies
// count (fixedlists.h, currencies()). A demo database is set to it, whatever the locale.
inline constexpr const char *kGeneratedCurrency = "IRT";

// A realistic synthetic data set as the contract's CSV files (`karvan-cli generate`, `demo`):
// people in every team, a book of accounts in every stage (B2B and B2C, three segments, about
// one name in ten Persian, a few likely duplicates), monthly MRR with new logos, expansions,
// contractions, churn and reactivations, usage, interactions, tickets, surveys and costs.
// The same options give the same bytes: the generator has its own PRNG and never looks at the
// clock. Rows are streamed to the writer, so large books use little memory.
//
//   Generator generator({.accounts = 400, .months = 24});
//   generator.writeAll(dir);          // dir/people.csv ... dir/costs.csv
class Generator
{
public:
    // Throws DataError when the options are out of range.
    explicit Generator(const GeneratorOptions &options);

    const GeneratorBook &book() const { return m_book; }
    const GeneratorEvents &events() const { return m_events; }

    // The header this generator writes for a kind (the contract's columns; accounts add the
    // custom fields `domain` and `tax_id`).
    static QStringList columns(CsvKind kind);

    // About how many bytes writeAll() writes for these options, rounded up (for the free-space
    // check of `generate`): per account a fixed part and a part per month, measured.
    static qint64 estimatedBytes(const GeneratorOptions &options);

    // Writes one kind as CSV to `out` (already open for writing). Throws DataError when the
    // device refuses to write.
    void write(CsvKind kind, QIODevice *out) const;

    // After the files are imported into `db`: the monthly health snapshots of every generated
    // month before the last, as of each month's last day (the health service's own snapshot),
    // so a new demo shows trends from the first minute. Returns the months recorded.
    int backfillSnapshots(const QSqlDatabase &db) const;
    // Writes DIR/KIND.csv for every kind, creating DIR when missing, and returns the paths in
    // import order. Throws DataError when a file cannot be written.
    QStringList writeAll(const QString &dir) const;

private:
    void writePeople(CsvWriter &csv) const;
    void writeAccounts(CsvWriter &csv) const;
    void writeOwnership(CsvWriter &csv) const;
    void writeStages(CsvWriter &csv) const;
    void writeRevenue(CsvWriter &csv) const;
    void writeUsage(CsvWriter &csv) const;
    void writeInteractions(CsvWriter &csv) const;
    void writeTickets(CsvWriter &csv) const;
    void writeSurveys(CsvWriter &csv) const;
    void writeCosts(CsvWriter &csv) const;

    GeneratorBook m_book;
    GeneratorEvents m_events;
};

} // namespace karvan
