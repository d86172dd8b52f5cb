#pragma once

#include <QString>

namespace karvan {

class GeneratorRng;

// The word lists behind the synthetic data: people's and companies' names in English and in
// Persian (with Latin transliterations for e-mail addresses and domains), industries, and the
// texts of interactions and survey comments.
namespace generatornames {

struct PersonName
{
    QString name;       // "Maryam Ahmadi" or "مریم احمدی"
    QString emailLocal; // "maryam.ahmadi" (always Latin)
};
PersonName person(GeneratorRng &rng, bool persian);

struct CompanyName
{
    QString name;     // "Blue Falcon Logistics Ltd" or "شرکت داده‌پردازان پارس"
    QString base;     // the name without its legal form, unique per data set
    QString slug;     // "blue-falcon-logistics" (Latin, for the domain)
    QString industry; // "logistics"
};
// `qualifier` (0 = none) adds a city, then a number, to make the base name unique.
CompanyName company(GeneratorRng &rng, bool persian, int qualifier);
// A slightly different spelling of the same company, as a second record typed by someone
// else would have ("Blue Falcon Logistics Ltd" -> "Blue Falcon Logistics").
QString companyVariant(const QString &name, GeneratorRng &rng);

// Interaction kinds in contract order: meeting call email checkin qbr note.
QString interactionSummary(int kind, GeneratorRng &rng, bool persian);
// A survey comment for a score normalised to 0 (unhappy) .. 2 (happy).
QString surveyComment(int mood, GeneratorRng &rng, bool persian);

} // namespace generatornames
} // namespace karvan
