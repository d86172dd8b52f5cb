#pragma once

#include "io/importercontext.h"
#include "io/importerkind.h"

#include <QSet>

#include <optional>
#include <vector>

namespace karvan {

// Base of the importers of revenue.csv and usage.csv: one row per account and month, keyed by
// (account_id, month). These files are the large ones (the benchmark: 50,000 accounts x 36
// months), so duplicate keys are found by sorting the keys once at the end instead of a hash
// lookup per row.
class MonthlyImporter : public ImporterKind
{
public:
    MonthlyImporter(ImporterContext &ctx, const QString &table, const QStringList &values)
        : ImporterKind(ctx), m_table(table), m_valueColumns(values)
    {
    }

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override;
    void row(const ImporterRow &row) override;
    void end() override;
    void finish() override;

protected:
    virtual bool readValues(const ImporterRow &row, QVector<QVariant> *values) = 0;

private:
    // (account id, month number) as one integer.
    static qint64 monthKey(qint64 accountId, int month) { return accountId * 200000 + month; }

    // The usual case, both key cells valid, by column index and without a message: sets
    // m_values[0] (account id), m_values[1] (the month as written, trimmed) and *month, and
    // returns true. Returns false, setting nothing and reporting nothing, when either cell
    // has a problem; row() then reads them with the validating getters, which report it.
    bool quickKeys(const ImporterRow &row, int *month);

    struct Seen
    {
        qint64 key;
        int line;
    };

    int firstLine(size_t i) const
    {
        while (i > 0 && m_keys[i - 1].key == m_keys[i].key)
            --i;
        return m_keys[i].line;
    }

    qint64 rowCount() const;

    QString m_table;
    QStringList m_valueColumns;
    QSet<qint64> m_existing;
    std::vector<Seen> m_keys;
    qint64 m_before = 0;
    qint64 m_rows = 0;
    int m_accountIndex = 0;
    int m_monthIndex = 0;
    QVector<QVariant> m_values;
    std::optional<ImporterBatch> m_batch;
};

} // namespace karvan
