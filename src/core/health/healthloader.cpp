#include "health/healthloader.h"

#include "storage/bulkreader.h"

#include <QHash>
#include <QVariant>

#include <functional>

namespace karvan {

namespace {

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Which accounts a statement reads: all, one (its row id) or a range of row ids.
struct Narrow
{
    std::optional<qint64> only;
    std::optional<HealthLoader::IdRange> range;
};

// Runs `statement` with `values` (integers or text), plus the narrowing filter (`column` = the
// account's row id, or between the range's ends) when narrowed, then `tail`; calls `row` for
// each result row. Read natively: a refresh reads every account's inputs.
void each(const QSqlDatabase &db, QString statement, const QVariantList &values,
          const Narrow &narrow, const QString &where, const QString &column, const QString &tail,
          const std::function<void(const BulkReader &)> &row)
{
    if (narrow.only)
        statement += where + column + QStringLiteral(" = ?");
    else if (narrow.range)
        statement += where + column + QStringLiteral(" BETWEEN ? AND ?");
    statement += tail;
    BulkReader q(db, statement);
    int index = 0;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            q.bindInt(index++, v.toLongLong());
        else
            q.bindText(index++, v.toString());
    }
    if (narrow.only) {
        q.bindInt(index, *narrow.only);
    } else if (narrow.range) {
        q.bindInt(index, narrow.range->first);
        q.bindInt(index + 1, narrow.range->last);
    }
    while (q.next())
        row(q);
}

} // namespace

HealthLoader::HealthLoader(const QSqlDatabase &db) : m_db(db) {}

std::vector<HealthInputs> HealthLoader::load(const QDate &asOf, const Scorecard &scorecard,
                                             std::optional<qint64> onlyAccount,
                                             std::optional<IdRange> range) const
{
    const Narrow narrow{onlyAccount, onlyAccount ? std::nullopt : range};
    const QString where = QStringLiteral(" WHERE ");
    const QString andWhere = QStringLiteral(" AND ");
    const QString accountColumn = QStringLiteral("a.id");
    const QString recordColumn = QStringLiteral("account_id");
    const QString d = day(asOf);
    const QString month = asOf.toString(QStringLiteral("yyyy-MM"));
    std::vector<HealthInputs> inputs;
    QHash<qint64, size_t> index;

    // The accounts with their latest interaction not after D (engagement): one index seek each.
    each(m_db, QStringLiteral(
             "SELECT a.id, a.ext_id, a.name, (SELECT MAX(i.date) FROM interactions i"
             " WHERE i.account_id = a.id AND i.date <= ?), a.status FROM accounts a"),
         {d}, narrow, where, accountColumn, QStringLiteral(" ORDER BY a.ext_id"),
         [&](const BulkReader &q) {
             HealthInputs in;
             in.accountId = q.integer(0);
             in.extId = q.text(1);
             in.name = q.text(2);
             if (!q.isNull(3))
                 in.lastInteraction = QDate::fromString(q.text(3).left(10), Qt::ISODate);
             in.churned = q.text(4) == QLatin1String("churned");
             index.insert(in.accountId, inputs.size());
             inputs.push_back(std::move(in));
         });
    if (inputs.empty())
        return inputs;
    index.reserve(qsizetype(inputs.size()));
    auto target = [&](const BulkReader &q) -> HealthInputs * {
        const auto it = index.constFind(q.integer(0));
        return it == index.constEnd() ? nullptr : &inputs[*it];
    };
    auto window = [&](const char *measure, double fallback) {
        const ScorecardMeasure *m = scorecard.measure(QString::fromLatin1(measure));
        return int(m ? m->param(QStringLiteral("window_days"), fallback) : fallback);
    };
    const QString noTail;
    const QString byAccount = QStringLiteral(" GROUP BY account_id");

    // Adoption: the latest usage month not after D's month (one index seek per account).
    each(m_db, QStringLiteral(
             "SELECT a.id, u.month, u.active_users, u.licensed_users FROM accounts a"
             " JOIN usage u ON u.account_id = a.id AND u.month = (SELECT MAX(m.month)"
             " FROM usage m WHERE m.account_id = a.id AND m.month <= ?)"),
         {month}, narrow, where, accountColumn, noTail,
         [&](const BulkReader &q) {
             if (HealthInputs *in = target(q)) {
                 in->usageMonth = q.text(1);
                 in->activeUsers = q.integer(2);
                 in->licensedUsers = q.integer(3);
             }
         });

    // NPS and CSAT: answers dated in (D - window_days, D].
    const ScorecardMeasure *csat = scorecard.measure(u"csat");
    const int goodFrom = int(csat ? csat->param(QStringLiteral("good_from"), 4) : 4);
    const QString surveys = QStringLiteral(
        "SELECT account_id, COUNT(*), SUM(score), SUM(CASE WHEN score >= ? THEN 1 ELSE 0 END)"
        " FROM surveys WHERE kind = ? AND date > ? AND date <= ?");
    each(m_db, surveys, {goodFrom, QStringLiteral("nps"), day(asOf.addDays(-window("nps", 180))), d},
         narrow, andWhere, recordColumn, byAccount, [&](const BulkReader &q) {
             if (HealthInputs *in = target(q)) {
                 in->npsCount = int(q.integer(1));
                 in->npsSum = q.real(2);
             }
         });
    each(m_db, surveys, {goodFrom, QStringLiteral("csat"), day(asOf.addDays(-window("csat", 90))), d},
         narrow, andWhere, recordColumn, byAccount, [&](const BulkReader &q) {
             if (HealthInputs *in = target(q)) {
                 in->csatCount = int(q.integer(1));
                 in->csatGood = int(q.integer(3));
             }
         });

    // Support: tickets opened on or before D; open at D; escalated in the window.
    each(m_db, QStringLiteral(
             "SELECT account_id, COUNT(*),"
             " SUM(CASE WHEN closed IS NULL OR closed > ? THEN 1 ELSE 0 END),"
             " SUM(CASE WHEN escalated <> 0 AND opened > ? THEN 1 ELSE 0 END)"
             " FROM tickets WHERE opened <= ?"),
         {d, day(asOf.addDays(-window("support", 90))), d}, narrow, andWhere, recordColumn, byAccount,
         [&](const BulkReader &q) {
             if (HealthInputs *in = target(q)) {
                 in->ticketsEver = int(q.integer(1));
                 in->ticketsOpen = int(q.integer(2));
                 in->escalatedRecent = int(q.integer(3));
             }
         });
    return inputs;
}

} // namespace karvan
