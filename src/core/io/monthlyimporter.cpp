#include "io/monthlyimporter.h"

#include "domain/dates.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace karvan {

namespace {

// dates::monthNumber for the usual "YYYY-MM", digit by digit (it was 3 % of a revenue import
// through QStringView::toInt); -1 for anything else, which the validating getter then reports.
int quickMonthNumber(QStringView text)
{
    if (text.size() != 7 || text[4] != QLatin1Char('-'))
        return -1;
    int value[6];
    constexpr int kDigitAt[6] = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < 6; ++i) {
        const char16_t c = text[kDigitAt[i]].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value[i] = c - u'0';
    }
    const int year = ((value[0] * 10 + value[1]) * 10 + value[2]) * 10 + value[3];
    const int month = value[4] * 10 + value[5];
    if (year < 1 || month < 1 || month > 12)
        return -1;
    return year * 12 + month - 1;
}

} // namespace

void MonthlyImporter::begin(const QHash<QString, int> &columns, const QStringList &extra)
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
        while (sql::next(q))
            m_existing.insert(monthKey(q.value(0).toLongLong(), dates::monthNumber(q.value(1).toString())));
    } else {
        m_before = rowCount();
    }
}

void MonthlyImporter::row(const ImporterRow &row)
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
        month = dates::monthNumber(m_values[1].toString());
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

void MonthlyImporter::end()
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

void MonthlyImporter::finish()
{
    m_batch->flush();
    const qint64 added = rowCount() - m_before;
    m_inserted = int(added);
    m_updated = int(m_rows - added);
}

bool MonthlyImporter::quickKeys(const ImporterRow &row, int *month)
{
    const QString account = row.cell(m_accountIndex).trimmed();
    if (account.isEmpty())
        return false;
    const std::optional<qint64> id = m_ctx.accountId(account);
    if (!id)
        return false;
    QString text = row.cell(m_monthIndex).trimmed();
    const int number = quickMonthNumber(text);  // -1 for an empty or malformed month
    if (number < 0)
        return false;
    m_values[0] = *id;
    m_values[1] = std::move(text);
    *month = number;
    return true;
}

qint64 MonthlyImporter::rowCount() const
{
    QSqlQuery q = sql::run(m_ctx.db(), QStringLiteral("SELECT count(*) FROM %1").arg(m_table));
    return sql::next(q) ? q.value(0).toLongLong() : 0;
}

} // namespace karvan
