#include "metrics/metricsloader.h"

#include "ownership/ownershipresolver.h"
#include "storage/bulkreader.h"
#include "storage/readsnapshot.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

// Index of each account's record in input.accounts, added on first sight. Account ids are
// rowids, normally dense: a plain vector indexed by id then replaces a hash lookup per row
// (a tenth of the whole run on 50,000 accounts); sparse ids fall back to a hash.
class AccountIndex
{
public:
    AccountIndex(MetricsInput &input, qint64 count, qint64 maxId) : m_input(input)
    {
        m_input.accounts.reserve(size_t(count));
        if (maxId >= 0 && maxId <= 4 * count + 1024)
            m_dense.assign(size_t(maxId) + 1, -1);
        else
            m_sparse.reserve(count);
    }

    AccountPeriodData &operator[](qint64 id)
    {
        if (id >= 0 && size_t(id) < m_dense.size()) {
            qint64 &slot = m_dense[size_t(id)];
            if (slot < 0)
                slot = add(id);
            return m_input.accounts[size_t(slot)];
        }
        auto it = m_sparse.constFind(id);
        if (it == m_sparse.constEnd())
            it = m_sparse.insert(id, add(id));
        return m_input.accounts[size_t(it.value())];
    }

private:
    qint64 add(qint64 id)
    {
        AccountPeriodData data;
        data.accountId = id;
        m_input.accounts.push_back(data);
        return qint64(m_input.accounts.size()) - 1;
    }

    MetricsInput &m_input;
    std::vector<qint64> m_dense;
    QHash<qint64, qint64> m_sparse;
};

void loadRevenue(const QSqlDatabase &db, const MetricsPeriod &period, AccountIndex &accounts)
{
    const QString a = period.from();
    const QString b = period.to();
    // MRR at A and at B: two seeks into the covering index revenue_month(month, account_id, mrr).
    BulkReader ends(db, QStringLiteral(
        "SELECT account_id, month, mrr FROM revenue WHERE (month = ? OR month = ?) AND mrr > 0"));
    ends.bindText(0, a);
    ends.bindText(1, b);
    while (ends.next()) {
        AccountPeriodData &d = accounts[ends.integer(0)];
        const QString month = ends.sharedText(1);
        const qint64 mrr = ends.integer(2);
        d.active = true;
        if (month == a)
            d.mrrStart = mrr;
        if (month == b)
            d.mrrEnd = mrr;
    }

    // The other active accounts: no MRR at A but MRR > 0 in a month after A, not after B.
    // Exactly these can be new customers: new when they never had MRR > 0 before A.
    // The accounts with MRR at A come from one seek into revenue_month; the other tests are
    // seeks into the primary key (account_id, month) that stop at the first matching row, much
    // cheaper than grouping every revenue row of the period.
    BulkReader later(db, QStringLiteral(
        "SELECT a.id, CASE WHEN EXISTS (SELECT 1 FROM revenue e"
        "  WHERE e.account_id = a.id AND e.month < ? AND e.mrr > 0) THEN 0 ELSE 1 END"
        " FROM accounts a"
        " WHERE a.id NOT IN (SELECT s.account_id FROM revenue s WHERE s.month = ? AND s.mrr > 0)"
        " AND EXISTS (SELECT 1 FROM revenue r"
        "  WHERE r.account_id = a.id AND r.month > ? AND r.month <= ? AND r.mrr > 0)"));
    int index = 0;
    for (const QString &v : {a, a, a, b})
        later.bindText(index++, v);
    while (later.next()) {
        AccountPeriodData &d = accounts[later.integer(0)];
        d.active = true;
        d.isNew = later.integer(1) == 1;
    }
}

void loadCosts(const QSqlDatabase &db, const MetricsPeriod &period, MetricsInput &input,
               AccountIndex &accounts)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "SELECT account_id, CASE WHEN category = 'acquisition' THEN 1 ELSE 0 END, SUM(amount)"
        " FROM costs WHERE date >= ? AND date < ?"
        " GROUP BY account_id, CASE WHEN category = 'acquisition' THEN 1 ELSE 0 END"));
    q.addBindValue(period.firstDay());
    q.addBindValue(period.dayAfter());
    sql::exec(q);
    while (sql::next(q)) {
        const bool acquisition = q.value(1).toInt() == 1;
        const qint64 amount = q.value(2).toLongLong();
        if (q.isNull(0)) {
            (acquisition ? input.sharedAcquisitionCost : input.sharedRetentionCost) += amount;
            continue;
        }
        AccountPeriodData &d = accounts[q.value(0).toLongLong()];
        (acquisition ? d.acquisitionCost : d.retentionCost) += amount;
    }
}

void loadSurveys(const QSqlDatabase &db, const MetricsPeriod &period, AccountIndex &accounts)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral(
        "SELECT account_id, kind, score, COUNT(*) FROM surveys"
        " WHERE date >= ? AND date < ? GROUP BY account_id, kind, score"));
    q.addBindValue(period.firstDay());
    q.addBindValue(period.dayAfter());
    sql::exec(q);
    while (sql::next(q)) {
        accounts[q.value(0).toLongLong()].surveys.addAnswers(
            q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong());
    }
}

} // namespace

MetricsLoader::MetricsLoader(QSqlDatabase db) : m_db(std::move(db)) {}

MetricsInput MetricsLoader::loadInput(const MetricsPeriod &period) const
{
    const ReadSnapshot snapshot(m_db);
    MetricsInput input;
    input.period = period;
    QSqlQuery size = sql::run(m_db, QStringLiteral("SELECT COUNT(*), MAX(id) FROM accounts"));
    const bool any = sql::next(size) && !size.isNull(1);
    AccountIndex accounts(input, any ? size.value(0).toLongLong() : 0,
                          any ? size.value(1).toLongLong() : -1);
    loadRevenue(m_db, period, accounts);
    loadCosts(m_db, period, input, accounts);
    loadSurveys(m_db, period, accounts);
    spdlog::debug("metrics {}..{}: {} accounts with data", period.from().toStdString(),
                  period.to().toStdString(), input.accounts.size());
    return input;
}

AttributionInput MetricsLoader::loadAttributionInput() const
{
    AttributionInput in;
    BulkReader accounts(m_db, QStringLiteral("SELECT id, stage, segment FROM accounts ORDER BY id"));
    while (accounts.next())
        in.accounts.push_back({accounts.integer(0), accounts.sharedText(1), accounts.sharedText(2)});

    BulkReader stages(m_db, QStringLiteral(
        "SELECT account_id, stage, started_at FROM stage_history"
        " ORDER BY account_id, started_at, id"));
    while (stages.next())
        in.stageHistory.push_back({stages.integer(0), stages.sharedText(1), stages.sharedText(2)});

    in.owners = OwnershipResolver(m_db).timeline();
    return in;
}

MetricsSeries MetricsLoader::loadSeries(const MetricsPeriod &period) const
{
    const ReadSnapshot snapshot(m_db);
    MetricsSeries series(period);
    QSqlQuery size = sql::run(m_db, QStringLiteral("SELECT COUNT(*), MAX(id) FROM accounts"));
    if (sql::next(size) && !size.isNull(1))
        series.expectAccounts(size.value(0).toLongLong(), size.value(1).toLongLong());
    // One seek into revenue_month(month, account_id, mrr) per month, A - 12 .. B.
    BulkReader revenue(m_db, QStringLiteral(
        "SELECT account_id, mrr FROM revenue WHERE month = ? AND mrr > 0"));
    for (int m = 0; m < series.loadedMonthCount(); ++m) {
        revenue.bindText(0, dates::monthKey(series.loadedMonth(m)));
        while (revenue.next())
            series.setMrrAt(revenue.integer(0), m, revenue.integer(1));
    }

    QSqlQuery surveys = sql::prepare(m_db, QStringLiteral(
        "SELECT substr(date, 1, 7), kind, score, COUNT(*) FROM surveys"
        " WHERE date >= ? AND date < ? GROUP BY substr(date, 1, 7), kind, score"));
    surveys.addBindValue(period.firstDay());
    surveys.addBindValue(period.dayAfter());
    sql::exec(surveys);
    while (sql::next(surveys)) {
        series.addSurveys(surveys.value(0).toString(), surveys.value(1).toString(),
                          surveys.value(2).toInt(), surveys.value(3).toLongLong());
    }
    return series;
}

Metrics MetricsLoader::metrics(const MetricsPeriod &period) const
{
    return computeMetrics(loadInput(period));
}

std::vector<GroupMetrics> MetricsLoader::groupedMetrics(const MetricsPeriod &period,
                                                        MetricsGrouping grouping) const
{
    const ReadSnapshot snapshot(m_db); // the inner loads join this one
    const MetricsInput input = loadInput(period);
    const QHash<qint64, AccountAttribution> attribution =
        attributeAccounts(loadAttributionInput(), period.fromMonth());
    return computeGroupedMetrics(input, groupKeys(attribution, grouping));
}

std::vector<MetricsSeriesPoint> MetricsLoader::series(const MetricsPeriod &period) const
{
    return loadSeries(period).points();
}

std::optional<double> MetricsLoader::accountRetentionCost(const MetricsPeriod &period,
                                                          qint64 accountId) const
{
    const MetricsInput input = loadInput(period);
    const Metrics portfolio = computeMetrics(input);
    AccountPeriodData own;
    for (const AccountPeriodData &a : input.accounts) {
        if (a.accountId == accountId)
            own = a;
    }
    return karvan::accountRetentionCost(own, input.sharedRetentionCost, portfolio.activeCustomers);
}

} // namespace karvan
