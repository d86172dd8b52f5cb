#pragma once

#include "domain/dates.h"

#include <QDate>
#include <QString>

#include <optional>

namespace karvan {

// A metrics period of whole calendar months, from month A to month B inclusive (A <= B).
// Its days run from the first day of A to the last day of B (contract, "Metric formulas").
class MetricsPeriod
{
public:
    MetricsPeriod() = default;
    // Both dates are moved to the first day of their month. Requires from <= to.
    MetricsPeriod(QDate fromMonth, QDate toMonth);

    // Parses two `YYYY-MM` months. Returns nullopt and sets *error (when given) for a
    // malformed month or when A is after B. A == B is a valid one-month period.
    static std::optional<MetricsPeriod> parse(const QString &from, const QString &to,
                                              QString *error = nullptr);

    QDate fromMonth() const { return m_from; }
    QDate toMonth() const { return m_to; }
    QString from() const { return dates::monthKey(m_from); }
    QString to() const { return dates::monthKey(m_to); }
    // The first day of A and the last day of B, as `YYYY-MM-DD`.
    QString firstDay() const;
    QString lastDay() const;
    // The first day after B (`YYYY-MM-DD`): dates in the period are >= firstDay() and < this.
    QString dayAfter() const;
    // Number of months from A to B inclusive (1 when A == B).
    int monthCount() const;
    bool isValid() const { return m_from.isValid() && m_to.isValid(); }

private:
    QDate m_from;
    QDate m_to;
};

} // namespace karvan
