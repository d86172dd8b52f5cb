#pragma once

#include "domain/fixedlist.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace karvan {

// The fixed lists of the domain (contract.md, "CSV files"), each defined once, in list order.
// The migrations build their CHECK constraints from them, the importers and the stores
// validate against them, the app lists their labels and the generator picks from them.

// interactions.kind: meeting call email checkin qbr note.
const FixedList &interactionKinds();
// tickets.priority: low normal high urgent (a ticket may also have none).
const FixedList &ticketPriorities();
// surveys.kind: nps csat ces; see surveyScoreRange.
const FixedList &surveyKinds();
// costs.category: support training engagement marketing success other acquisition.
const FixedList &costCategories();
// goals.kind: goal outcome.
const FixedList &goalKinds();
// goals.status: open achieved missed dropped.
const FixedList &goalStatuses();
// The currencies a database's money can be in (the `currency` setting, SettingsStore::currency):
// IRT (Toman) IRR USD EUR GBP AED TRY.
const FixedList &currencies();
// The currency a new database starts with, from the locale: the Toman in Iran (people count in
// Toman day to day, though the ISO currency is the Rial), else the locale's own currency when
// it is in currencies() (EUR in the euro area, GBP in the UK, ...), else USD.
QString defaultCurrency(const QLocale &locale = QLocale());
// accounts.model, the business model: b2b b2c (an account may also have none).
const FixedList &businessModels();

// The inclusive range of a survey kind's score: nps 0-10, csat 1-5, ces 1-7.
struct ScoreRange
{
    int min;
    int max;
};
std::optional<ScoreRange> surveyScoreRange(QStringView kind);

} // namespace karvan
