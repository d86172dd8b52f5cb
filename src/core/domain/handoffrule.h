#pragma once

#include <QDate>
#include <QString>

namespace karvan::handoffrule {

// The one rule for an overdue hand-off (shared/contract.md): submitted more than N days
// before `asOf` (N the `handoff.overdue_days` setting, default 5) and not decided by `asOf`.
// Days are calendar days of the UTC time stamps. The hand-off inbox, the signal rules and the
// ownership gaps all ask this function.
bool overdue(const QDate &submitted, const QDate &decided, const QDate &asOf, int days);

inline QString overdueDaysSetting() { return QStringLiteral("handoff.overdue_days"); }
constexpr int kDefaultOverdueDays = 5;

} // namespace karvan::handoffrule
