// revenue.csv and usage.csv: one row per account and month, keyed by (account_id, month).
// These files are the large ones (the benchmark: 50,000 accounts x 36 months), so duplicate
// keys are found by sorting the keys once at the end instead of a hash lookup per row.
#include "io/importercontext.h"
#include "io/importerkind.h"
#include "domain/money.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <vector>

namespace karvan {

namespace {

// (account id, month number) as one integer.
qint64 monthKey(qint64 accountId, int month)
{
    return accountId * 200000 + month;
}

class MonthlyImporter : public ImporterKind
{
public:
    MonthlyImporter(ImporterContext &ctx, const QString &table, const QStringList &values)
        : ImporterKind(ctx), m_table(table), m_valueColumns(values)
    {
    }

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        // Both key columns are required, so the header check guarantees them here.
        m_accountIndex = columns.value(QStringLiteral("account_id"));
        m_monthIndex = columns.value(QStringLiteral("month"));
        // Our own table and column names, never user input.
        QStringList set;
        for (const QString &c : m_valueColumns)
            set.append(QStringLiteral("%1 = excluded.%1").arg(c));
        m_batch.emplace(m_ctx.db(),
                        QStringLiteral("INSERT INTO %1 (account_id, month, %2)")
                            .arg(m_table, m_valueColumns.join(QStringLiteral(", "))),
                        2 + int(m_valueColumns.size()),
                        QStringLiteral(" ON CONFLICT (account_id, month) DO UPDATE SET ")
                            + set.join(QStringLiteral(", ")));
        if (m_ctx.dryRun()) {
            // Nothing is written, so the existing keys tell added from updated.
            QSqlQuery q = sql::run(m_ctx.db(), QStringLiteral("SELECT account_id, month FROM %1").arg(m_table));
            while (q.next())
                m_existing.insert(monthKey(q.value(0).toLongLong(), monthNumber(q.value(1).toString())));
        } else {
            m_before = rowCount();
        }
    }

    void row(const ImporterRow &row) override
    {
        // One vector for all rows: no allocation per row.
        m_values.clear();
        m_values.resize(2);
        int month = -1;
        bool ok = quickKeys(row, &month);
        if (!ok) {
            // A key cell has a problem: the validating getters report it.
            ok = row.account(QStringLiteral("account_id"), true, &m_values[0]);
            ok = row.month(QStringLiteral("month"), true, &m_values[1]) && ok;
        }
        ok = readValues(row, &m_values) && ok;
        if (m_values[0].isNull() || m_values[1].isNull())
            return;
        if (month < 0)
            month = monthNumber(m_values[1].toString());
        const qint64 key = monthKey(m_values[0].toLongLong(), month);
        m_keys.push_back(Seen{key, row.line()});
        if (!ok)
            return;
        ++m_rows;
        if (m_ctx.dryRun())
            count(m_existing.contains(key));
        if (m_ctx.writing())
            m_batch->add(m_values);
    }

    void end() override
    {
        std::stable_sort(m_keys.begin(), m_keys.end(),
                         [](const Seen &a, const Seen &b) { return a.key < b.key; });
        std::vector<Seen> duplicates;  // {first line, line of the repeat}
        for (size_t i = 1; i < m_keys.size(); ++i) {
            if (m_keys[i].key == m_keys[i - 1].key)
                duplicates.push_back(Seen{qint64(firstLine(i)), m_keys[i].line});
        }
        std::sort(duplicates.begin(), duplicates.end(),
                  [](const Seen &a, const Seen &b) { return a.line < b.line; });
        for (const Seen &d : duplicates) {
            m_ctx.problem(d.line, QStringLiteral("month"),
                          QStringLiteral("duplicate key (account_id, month), first on line %1").arg(d.key),
                          QString());
        }
        m_keys = {};
    }

    void finish() override
    {
        m_batch->flush();
        const qint64 added = rowCount() - m_before;
        m_inserted = int(added);
        m_updated = int(m_rows - added);
    }

protected:
    virtual bool readValues(const ImporterRow &row, QVector<QVariant> *values) = 0;

private:
    // The usual case, both key cells valid, by column index and without a message: sets
    // m_values[0] (account id), m_values[1] (the month as written, trimmed) and *month, and
    // returns true. Returns false, setting nothing and reporting nothing, when either cell
    // has a problem; row() then reads them with the validating getters, which report it.
    bool quickKeys(const ImporterRow &row, int *month)
    {
        const QString account = row.cell(m_accountIndex).trimmed();
        if (account.isEmpty())
            return false;
        const std::optional<qint64> id = m_ctx.accountId(account);
        if (!id)
            return false;
        QString text = row.cell(m_monthIndex).trimmed();
        const int number = monthNumber(text);  // -1 for an empty or malformed month
        if (number < 0)
            return false;
        m_values[0] = *id;
        m_values[1] = std::move(text);
        *month = number;
        return true;
    }

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

    qint64 rowCount() const
    {
        QSqlQuery q = sql::run(m_ctx.db(), QStringLiteral("SELECT count(*) FROM %1").arg(m_table));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

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

class RevenueImporter : public MonthlyImporter
{
public:
    explicit RevenueImporter(ImporterContext &ctx)
        : MonthlyImporter(ctx, QStringLiteral("revenue"), {QStringLiteral("mrr")})
    {
    }

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        MonthlyImporter::begin(columns, extra);
        m_mrrIndex = columns.value(QStringLiteral("mrr"));  // required: present
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        // A valid amount by index, without a message; anything else through the validating
        // getter, which reports it.
        const std::optional<qint64> quick = money::parse(QStringView(row.cell(m_mrrIndex)).trimmed());
        if (quick) {
            values->append(QVariant(*quick));
            return true;
        }
        QVariant mrr;
        const bool ok = row.money(QStringLiteral("mrr"), true, &mrr);
        values->append(mrr);
        return ok;
    }

private:
    int m_mrrIndex = 0;
};

class UsageImporter : public MonthlyImporter
{
public:
    explicit UsageImporter(ImporterContext &ctx)
        : MonthlyImporter(ctx, QStringLiteral("usage"),
                          {QStringLiteral("active_users"), QStringLiteral("licensed_users")})
    {
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        constexpr qint64 kMax = std::numeric_limits<int>::max();
        const QString activeColumn = QStringLiteral("active_users");
        QVariant active, licensed;
        bool ok = row.integer(activeColumn, 0, kMax, true, &active);
        ok = row.integer(QStringLiteral("licensed_users"), 0, kMax, true, &licensed) && ok;
        if (ok && active.toLongLong() > licensed.toLongLong()) {
            row.problem(activeColumn, QStringLiteral("more than licensed_users (%1)").arg(licensed.toLongLong()));
            ok = false;
        }
        values->append(active);
        values->append(licensed);
        return ok;
    }
};

} // namespace

std::unique_ptr<ImporterKind> makeRevenueImporter(ImporterContext &ctx)
{
    return std::make_unique<RevenueImporter>(ctx);
}

std::unique_ptr<ImporterKind> makeUsageImporter(ImporterContext &ctx)
{
    return std::make_unique<UsageImporter>(ctx);
}

} // namespace karvan
