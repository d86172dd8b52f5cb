#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

namespace karvan {

// One measure of the health scorecard as Karvan ships it (contract.md, "Health"): the key, the
// label a new database starts with, the default weight, the default thresholds (a JSON
// object) and the names of the thresholds the measure knows, in the order messages list them.
struct HealthMeasureDefault
{
    const char *key;
    const char *label;
    double weight;
    const char *params;
    std::array<const char *, 3> knownParams;  // unused slots are nullptr
};

// The five measures in scorecard order: adoption, nps, csat, support, engagement. The
// migrations seed the scorecard from them; Scorecard's defaults and validation read them.
const std::array<HealthMeasureDefault, 5> &healthMeasureDefaults();
// Their keys, in scorecard order.
QStringList healthMeasureKeys();
// The thresholds a measure knows; empty for an unknown measure.
QStringList healthMeasureParams(QStringView key);

} // namespace karvan
