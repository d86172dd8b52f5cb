#include "domain/handoffrule.h"

namespace karvan::handoffrule {

bool overdue(const QDate &submitted, const QDate &decided, const QDate &asOf, int days)
{
    if (!submitted.isValid() || !asOf.isValid())
        return false;
    if (decided.isValid() && decided <= asOf)
        return false;
    return submitted < asOf.addDays(-qMax(0, days));
}

} // namespace karvan::handoffrule
