#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace karvan::journey {

// The one rule for "time in stage": whole days from the day the account entered its current
// stage (its latest stage_history row, whose start may carry a time of day) to `asOf`;
// nullopt when the entry is unknown or after `asOf`.
std::optional<int> daysInStage(const QDate &entered, const QDate &asOf);
// The entry day of a stage_history start ("YYYY-MM-DD" or an ISO time stamp).
QDate enteredDay(const QString &startedAt);

} // namespace karvan::journey
