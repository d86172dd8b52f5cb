#include "metrics/metricsformat.h"

#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <functional>

namespace karvan::metricsformat {

namespace {

enum class Kind { Count, Money, MoneyRate, Rate, Score, Mean };

struct Field
{
    const char *key;
    const char *label;
    Kind kind;
    std::function<QJsonValue(const Metrics &)> json;
    std::function<QString(const Metrics &)> text;
};

const std::vector<Field> &fields()
{
    static const std::vector<Field> all = {
        {"accounts_start", "Accounts at start", Kind::Count,
         [](const Metrics &m) { return QJsonValue(double(m.revenue.accountsStart)); },
         [](const Metrics &m) { return QString::number(m.revenue.accountsStart); }},
        {"accounts_churned", "Accounts churned", Kind::Count,
         [](const Metrics &m) { return QJsonValue(double(m.revenue.accountsChurned)); },
         [](const Metrics &m) { return QString::number(m.revenue.accountsChurned); }},
        {"logo_churn_rate", "Logo churn rate", Kind::Rate,
         [](const Metrics &m) { return optionalJson(m.revenue.logoChurnRate()); },
         [](const Metrics &m) { return percent(m.revenue.logoChurnRate()); }},
        {"mrr_start", "MRR at start", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.revenue.mrrStart); },
         [](const Metrics &m) { return money(m.revenue.mrrStart); }},
        {"expansion_mrr", "Expansion MRR", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.revenue.expansionMrr); },
         [](const Metrics &m) { return money(m.revenue.expansionMrr); }},
        {"contraction_mrr", "Contraction MRR", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.revenue.contractionMrr); },
         [](const Metrics &m) { return money(m.revenue.contractionMrr); }},
        {"churned_mrr", "Churned MRR", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.revenue.churnedMrr); },
         [](const Metrics &m) { return money(m.revenue.churnedMrr); }},
        {"nrr", "Net revenue retention", Kind::Rate,
         [](const Metrics &m) { return optionalJson(m.revenue.nrr()); },
         [](const Metrics &m) { return percent(m.revenue.nrr()); }},
        {"grr", "Gross revenue retention", Kind::Rate,
         [](const Metrics &m) { return optionalJson(m.revenue.grr()); },
         [](const Metrics &m) { return percent(m.revenue.grr()); }},
        {"new_mrr", "New MRR", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.revenue.newMrr); },
         [](const Metrics &m) { return money(m.revenue.newMrr); }},
        {"mrr_end", "MRR at end", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.revenue.mrrEnd); },
         [](const Metrics &m) { return money(m.revenue.mrrEnd); }},
        {"active_customers", "Active customers", Kind::Count,
         [](const Metrics &m) { return QJsonValue(double(m.activeCustomers)); },
         [](const Metrics &m) { return QString::number(m.activeCustomers); }},
        {"retention_cost", "Retention cost", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.retentionCost); },
         [](const Metrics &m) { return money(m.retentionCost); }},
        {"retention_cost_per_customer", "Retention cost per customer", Kind::MoneyRate,
         [](const Metrics &m) { return moneyPerJson(m.retentionCost, m.activeCustomers); },
         [](const Metrics &m) { return moneyValue(m.retentionCostPerCustomer()); }},
        {"acquisition_cost", "Acquisition cost", Kind::Money,
         [](const Metrics &m) { return moneyJson(m.acquisitionCost); },
         [](const Metrics &m) { return money(m.acquisitionCost); }},
        {"new_customers", "New customers", Kind::Count,
         [](const Metrics &m) { return QJsonValue(double(m.newCustomers)); },
         [](const Metrics &m) { return QString::number(m.newCustomers); }},
        {"acquisition_cost_per_new_customer", "Acquisition cost per new customer",
         Kind::MoneyRate,
         [](const Metrics &m) { return moneyPerJson(m.acquisitionCost, m.newCustomers); },
         [](const Metrics &m) { return moneyValue(m.acquisitionCostPerNewCustomer()); }},
        {"nps", "NPS", Kind::Score,
         [](const Metrics &m) { return optionalJson(m.surveys.nps()); },
         [](const Metrics &m) { return score(m.surveys.nps()); }},
        {"csat", "CSAT", Kind::Score,
         [](const Metrics &m) { return optionalJson(m.surveys.csat()); },
         [](const Metrics &m) { return score(m.surveys.csat()); }},
        {"ces", "CES", Kind::Mean,
         [](const Metrics &m) { return optionalJson(m.surveys.ces()); },
         [](const Metrics &m) { return score(m.surveys.ces(), 2); }},
    };
    return all;
}

QString groupedDigits(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString periodTitle(const MetricsPeriod &period, bool forReader)
{
    if (forReader)
        return QCoreApplication::translate("karvan::metricsformat", "Metrics %1\n\n").arg(readerPeriod(period));
    return QStringLiteral("Metrics %1 to %2 (%3 to %4)\n\n")
        .arg(period.from(), period.to(), period.firstDay(), period.lastDay());
}

QString headerText(const char *english, bool forReader)
{
    return forReader ? QCoreApplication::translate("karvan::metricsformat", english) : QString::fromLatin1(english);
}

} // namespace

QJsonValue moneyJson(qint64 minor)
{
    // minor is exact in a double below 2^53; one correctly rounded division gives the double
    // nearest the decimal, which Qt prints in its shortest form (12345678901.23).
    return QJsonValue(double(minor) / 100.0);
}

QJsonValue moneyPerJson(qint64 minor, qint64 count)
{
    // One correctly rounded division of two exact integers: 19.99 / 2 prints 9.995.
    if (count == 0)
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(double(minor) / (double(count) * 100.0));
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(*value);
}

QStringList metricKeys()
{
    QStringList keys;
    for (const Field &f : fields())
        keys << QString::fromLatin1(f.key);
    return keys;
}

QString metricLabel(const QString &key)
{
    for (const Field &f : fields()) {
        if (QLatin1String(f.key) == key)
            return QString::fromLatin1(f.label);
    }
    return {};
}

QString metricText(const Metrics &metrics, const QString &key)
{
    for (const Field &f : fields()) {
        if (QLatin1String(f.key) == key)
            return f.text(metrics);
    }
    return {};
}

QJsonObject metricsJson(const Metrics &metrics)
{
    QJsonObject o;
    for (const Field &f : fields())
        o.insert(QString::fromLatin1(f.key), f.json(metrics));
    return o;
}

QJsonObject portfolioJson(const MetricsPeriod &period, const Metrics &metrics)
{
    QJsonObject o = metricsJson(metrics);
    o.insert(QStringLiteral("from"), period.from());
    o.insert(QStringLiteral("to"), period.to());
    return o;
}

QJsonObject groupedJson(const MetricsPeriod &period, MetricsGrouping grouping,
                        const std::vector<GroupMetrics> &groups)
{
    QJsonArray list;
    for (const GroupMetrics &g : groups) {
        QJsonObject o = metricsJson(g.metrics);
        o.insert(QStringLiteral("key"), g.key);
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("from"), period.from());
    o.insert(QStringLiteral("to"), period.to());
    o.insert(QStringLiteral("by"), metricsGroupingKey(grouping));
    o.insert(QStringLiteral("groups"), list);
    return o;
}

QJsonObject seriesJson(const MetricsPeriod &period, const std::vector<MetricsSeriesPoint> &points)
{
    QJsonArray list;
    for (const MetricsSeriesPoint &p : points) {
        QJsonObject o;
        o.insert(QStringLiteral("month"), p.month);
        o.insert(QStringLiteral("mrr"), moneyJson(p.mrr));
        o.insert(QStringLiteral("new_mrr"), moneyJson(p.monthly.newMrr));
        o.insert(QStringLiteral("expansion_mrr"), moneyJson(p.monthly.expansionMrr));
        o.insert(QStringLiteral("contraction_mrr"), moneyJson(p.monthly.contractionMrr));
        o.insert(QStringLiteral("churned_mrr"), moneyJson(p.monthly.churnedMrr));
        o.insert(QStringLiteral("accounts_start"), double(p.monthly.accountsStart));
        o.insert(QStringLiteral("accounts_churned"), double(p.monthly.accountsChurned));
        o.insert(QStringLiteral("logo_churn_rate"), optionalJson(p.logoChurnRate()));
        o.insert(QStringLiteral("nrr_12m"), optionalJson(p.trailingNrr()));
        o.insert(QStringLiteral("grr_12m"), optionalJson(p.trailingGrr()));
        o.insert(QStringLiteral("nps"), optionalJson(p.nps()));
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("from"), period.from());
    o.insert(QStringLiteral("to"), period.to());
    o.insert(QStringLiteral("series"), list);
    return o;
}

QString money(qint64 minor)
{
    const quint64 magnitude = minor < 0 ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString(), groupedDigits(magnitude / 100))
        .arg(uint(magnitude % 100), 2, 10, QLatin1Char('0'));
}

QString moneyValue(const std::optional<double> &minor)
{
    if (!minor || !std::isfinite(*minor))
        return QStringLiteral("n/a");
    return money(std::llround(*minor));
}

QString percent(const std::optional<double> &fraction)
{
    if (!fraction || !std::isfinite(*fraction))
        return QStringLiteral("n/a");
    return QString::number(*fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString score(const std::optional<double> &value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("n/a");
    return QString::number(*value, 'f', decimals);
}

QString alignedTable(const QStringList &header, const std::vector<QStringList> &rows)
{
    std::vector<qsizetype> width(size_t(header.size()), 0);
    const auto measure = [&width](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && size_t(i) < width.size(); ++i)
            width[size_t(i)] = std::max(width[size_t(i)], row[i].size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    const auto line = [&width](const QStringList &row) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size() && size_t(i) < width.size(); ++i) {
            const int w = int(width[size_t(i)]);
            cells << (i == 0 ? row[i].leftJustified(w) : row[i].rightJustified(w));
        }
        return cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(header);
    qsizetype total = 0;
    for (qsizetype w : width)
        total += w;
    text += QString(total + 2 * (qsizetype(width.size()) - 1), QLatin1Char('-')) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString readerCell(const QString &ascii)
{
    if (ascii == QLatin1String("n/a"))
        return QCoreApplication::translate("karvan::Dashboard", "n/a");
    if (ascii.endsWith(QLatin1String(" days")))
        return QCoreApplication::translate("karvan::metricsformat", "%1 days").arg(display::digits(ascii.chopped(5)));
    return display::digits(ascii);
}

QString readerPeriod(const MetricsPeriod &period)
{
    return QCoreApplication::translate("karvan::metricsformat", "%1 to %2")
        .arg(display::monthKeyText(period.from()), display::monthKeyText(period.to()));
}

QString portfolioTable(const MetricsPeriod &period, const Metrics &metrics, bool forReader)
{
    std::vector<QStringList> rows;
    for (const Field &f : fields()) {
        rows.push_back({forReader ? QCoreApplication::translate("karvan::Dashboard", f.label) : QString::fromLatin1(f.label),
                        forReader ? readerCell(f.text(metrics)) : f.text(metrics)});
    }
    return periodTitle(period, forReader)
           + alignedTable({headerText(QT_TRANSLATE_NOOP("karvan::metricsformat", "Metric"), forReader),
                           headerText(QT_TRANSLATE_NOOP("karvan::metricsformat", "Value"), forReader)}, rows);
}

QString groupedTable(const MetricsPeriod &period, MetricsGrouping grouping,
                     const std::vector<GroupMetrics> &groups, bool forReader)
{
    QStringList header{metricsGroupingKey(grouping)};
    for (const Field &f : fields())
        header << QString::fromLatin1(f.key);
    std::vector<QStringList> rows;
    for (const GroupMetrics &g : groups) {
        QStringList row{g.key};
        for (const Field &f : fields())
            row << (forReader ? readerCell(f.text(g.metrics)) : f.text(g.metrics));
        rows.push_back(row);
    }
    return periodTitle(period, forReader) + alignedTable(header, rows);
}

QString seriesTable(const MetricsPeriod &period, const std::vector<MetricsSeriesPoint> &points, bool forReader)
{
    QStringList header;
    for (const char *name : {QT_TRANSLATE_NOOP("karvan::metricsformat", "month"), QT_TRANSLATE_NOOP("karvan::metricsformat", "mrr"),
                             QT_TRANSLATE_NOOP("karvan::metricsformat", "new"), QT_TRANSLATE_NOOP("karvan::metricsformat", "expansion"),
                             QT_TRANSLATE_NOOP("karvan::metricsformat", "contraction"), QT_TRANSLATE_NOOP("karvan::metricsformat", "churned"),
                             QT_TRANSLATE_NOOP("karvan::metricsformat", "logo churn"), QT_TRANSLATE_NOOP("karvan::metricsformat", "NRR 12m"),
                             QT_TRANSLATE_NOOP("karvan::metricsformat", "GRR 12m"), QT_TRANSLATE_NOOP("karvan::metricsformat", "NPS")})
        header << headerText(name, forReader);
    std::vector<QStringList> rows;
    for (const MetricsSeriesPoint &p : points) {
        QStringList row{money(p.mrr), money(p.monthly.newMrr),
                        money(p.monthly.expansionMrr), money(p.monthly.contractionMrr),
                        money(p.monthly.churnedMrr), percent(p.logoChurnRate()),
                        percent(p.trailingNrr()), percent(p.trailingGrr()), score(p.nps())};
        if (forReader) {
            for (QString &cell : row)
                cell = readerCell(cell);
        }
        row.prepend(forReader ? display::monthKeyText(p.month) : p.month);
        rows.push_back(row);
    }
    return periodTitle(period, forReader) + alignedTable(header, rows);
}

} // namespace karvan::metricsformat
