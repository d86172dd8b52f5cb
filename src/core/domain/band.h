#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace karvan {

// An account's health band: the one band type of Karvan (health, book, workspace, dashboard,
// CLI). Insufficient: not scored, the measures with data weigh too little ("No data" on
// screen). Churned: the account's status is churned; it is not scored (score null).
enum class Band { Insufficient, Red, Yellow, Green, Churned };

// Every band, in the order lists show them.
QList<Band> allBands();
// "insufficient", "red", "yellow", "green", "churned": the JSON and database form.
QString bandKey(Band band);
// The band as shown to a user, translated: "No data", "Red", "Yellow", "Green", "Churned".
QString bandLabel(Band band);
// The colour of a band ("#rrggbb"), the same in the book, the workspace, the dashboard's
// charts and the reports; always shown beside the band's name, never alone.
QString bandColorName(Band band);
// Accepts the keys above (and "insufficient data"); nullopt otherwise.
std::optional<Band> bandFromKey(QStringView key);
// The band above `band` (red -> yellow -> green); nullopt for the others.
std::optional<Band> nextBand(Band band);

// How a score moved against an earlier one.
enum class Trend { None, Up, Down, Same };
QString trendKey(Trend trend);   // "none", "up", "down", "same"
QString trendLabel(Trend trend); // translated
// The one trend rule (docs/health.md): both scores rounded to one decimal, then compared;
// None when either is missing.
Trend trendBetween(std::optional<double> now, std::optional<double> before);

} // namespace karvan
