#include "domain/journey.h"

namespace karvan::journey {

std::optional<int> daysInStage(const QDate &entered, const QDate &asOf)
{
    if (!entered.isValid() || !asOf.isValid() || entered > asOf)
        return std::nullopt;
    return int(entered.daysTo(asOf));
}

QDate enteredDay(const QString &startedAt)
{
    return QDate::fromString(startedAt.left(10), Qt::ISODate);
}

} // namespace karvan::journey
