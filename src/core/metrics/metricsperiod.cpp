#include "metrics/metricsperiod.h"

namespace karvan {

MetricsPeriod::MetricsPeriod(QDate fromMonth, QDate toMonth)
    : m_from(fromMonth.year(), fromMonth.month(), 1), m_to(toMonth.year(), toMonth.month(), 1)
{
}

std::optional<MetricsPeriod> MetricsPeriod::parse(const QString &from, const QString &to,
                                                  QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<MetricsPeriod> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QDate a = dates::parseMonth(from);
    if (!a.isValid())
        return fail(QStringLiteral("--from: '%1' is not a month (YYYY-MM)").arg(from));
    const QDate b = dates::parseMonth(to);
    if (!b.isValid())
        return fail(QStringLiteral("--to: '%1' is not a month (YYYY-MM)").arg(to));
    if (a > b)
        return fail(QStringLiteral("--from %1 is after --to %2").arg(from, to));
    return MetricsPeriod(a, b);
}

QString MetricsPeriod::firstDay() const
{
    return m_from.toString(Qt::ISODate);
}

QString MetricsPeriod::lastDay() const
{
    return m_to.addMonths(1).addDays(-1).toString(Qt::ISODate);
}

QString MetricsPeriod::dayAfter() const
{
    // An exclusive bound compared with ISO date text. After 9999-12 there is no ISO date (Qt
    // gives an empty string, which silently dropped every cost and survey): "9999-12-32" sorts
    // after every valid date.
    const QDate next = m_to.addMonths(1);
    return next.year() > 9999 ? QStringLiteral("9999-12-32") : next.toString(Qt::ISODate);
}

int MetricsPeriod::monthCount() const
{
    return (m_to.year() - m_from.year()) * 12 + (m_to.month() - m_from.month()) + 1;
}

} // namespace karvan
