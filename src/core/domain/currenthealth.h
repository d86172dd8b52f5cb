#pragma once

#include "domain/band.h"

#include <QDate>
#include <QString>

#include <optional>

namespace karvan {

// An account's health now, as stored in `health_current` and kept up to date by the health
// service whenever an input changes (an edit, an import, a new day). The book, the workspace
// header and the band filters read it; the Health tab shows the same evaluation in detail.
struct CurrentHealth
{
    QDate asOf;                          // the day it was evaluated; invalid: never scored
    std::optional<double> score;         // null when insufficient or churned
    Band computedBand = Band::Insufficient;
    Band band = Band::Insufficient;      // shown: the override in force, else computed
    bool overridden = false;
    QString overrideReason;
    Trend trend = Trend::None;           // against the latest snapshot of an earlier month
    std::optional<double> previousScore;
    QString previousMonth;               // YYYY-MM, or empty
};

} // namespace karvan
