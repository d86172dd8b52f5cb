#include "domain/healthmeasures.h"

namespace karvan {

const std::array<HealthMeasureDefault, 5> &healthMeasureDefaults()
{
    static const std::array<HealthMeasureDefault, 5> measures = {{
        {"adoption", "Adoption (active / licensed users)", 30, R"({"floor": 0.2, "full": 0.8})",
         {"floor", "full", nullptr}},
        {"nps", "NPS answers", 20, R"({"window_days": 180})", {"window_days", nullptr, nullptr}},
        {"csat", "CSAT answers", 15, R"({"window_days": 90, "good_from": 4})",
         {"window_days", "good_from", nullptr}},
        {"support", "Support tickets", 20,
         R"({"open_penalty": 20, "escalation_penalty": 30, "window_days": 90})",
         {"open_penalty", "escalation_penalty", "window_days"}},
        {"engagement", "Engagement (days since last contact)", 15,
         R"({"full_days": 30, "zero_days": 120})", {"full_days", "zero_days", nullptr}},
    }};
    return measures;
}

QStringList healthMeasureKeys()
{
    QStringList keys;
    for (const HealthMeasureDefault &m : healthMeasureDefaults())
        keys << QString::fromLatin1(m.key);
    return keys;
}

QStringList healthMeasureParams(QStringView key)
{
    QStringList params;
    for (const HealthMeasureDefault &m : healthMeasureDefaults()) {
        if (key != QLatin1String(m.key))
            continue;
        for (const char *p : m.knownParams) {
            if (p)
                params << QString::fromLatin1(p);
        }
    }
    return params;
}

} // namespace karvan
