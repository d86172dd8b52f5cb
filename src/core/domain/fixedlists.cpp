#include "domain/fixedlists.h"

#include <QtGlobal>

namespace karvan {

const FixedList &interactionKinds()
{
    static const FixedList list("karvan::InteractionKind", {
        {"meeting", QT_TRANSLATE_NOOP("karvan::InteractionKind", "Meeting")},
        {"call", QT_TRANSLATE_NOOP("karvan::InteractionKind", "Call")},
        {"email", QT_TRANSLATE_NOOP("karvan::InteractionKind", "Email")},
        {"checkin", QT_TRANSLATE_NOOP("karvan::InteractionKind", "Check-in")},
        {"qbr", QT_TRANSLATE_NOOP("karvan::InteractionKind", "QBR")},
        {"note", QT_TRANSLATE_NOOP("karvan::InteractionKind", "Note")},
        {"referral", QT_TRANSLATE_NOOP("karvan::InteractionKind", "Referral")},
    });
    return list;
}

const FixedList &businessModels()
{
    static const FixedList list("karvan::BusinessModel", {
        {"b2b", QT_TRANSLATE_NOOP("karvan::BusinessModel", "B2B")},
        {"b2c", QT_TRANSLATE_NOOP("karvan::BusinessModel", "B2C")},
    });
    return list;
}

const FixedList &ticketPriorities()
{
    static const FixedList list("karvan::TicketPriority", {
        {"low", QT_TRANSLATE_NOOP("karvan::TicketPriority", "Low")},
        {"normal", QT_TRANSLATE_NOOP("karvan::TicketPriority", "Normal")},
        {"high", QT_TRANSLATE_NOOP("karvan::TicketPriority", "High")},
        {"urgent", QT_TRANSLATE_NOOP("karvan::TicketPriority", "Urgent")},
    });
    return list;
}

namespace {

struct SurveyKindRange
{
    const char *key;
    ScoreRange range;
};

constexpr SurveyKindRange kSurveyRanges[] = {{"nps", {0, 10}}, {"csat", {1, 5}}, {"ces", {1, 7}}};

} // namespace

const FixedList &surveyKinds()
{
    static const FixedList list("karvan::SurveyKind", {
        {kSurveyRanges[0].key, QT_TRANSLATE_NOOP("karvan::SurveyKind", "NPS")},
        {kSurveyRanges[1].key, QT_TRANSLATE_NOOP("karvan::SurveyKind", "CSAT")},
        {kSurveyRanges[2].key, QT_TRANSLATE_NOOP("karvan::SurveyKind", "CES")},
    });
    return list;
}

std::optional<ScoreRange> surveyScoreRange(QStringView kind)
{
    for (const SurveyKindRange &s : kSurveyRanges) {
        if (kind == QLatin1String(s.key))
            return s.range;
    }
    return std::nullopt;
}

const FixedList &costCategories()
{
    static const FixedList list("karvan::CostCategory", {
        {"support", QT_TRANSLATE_NOOP("karvan::CostCategory", "Support")},
        {"training", QT_TRANSLATE_NOOP("karvan::CostCategory", "Training")},
        {"engagement", QT_TRANSLATE_NOOP("karvan::CostCategory", "Engagement")},
        {"marketing", QT_TRANSLATE_NOOP("karvan::CostCategory", "Marketing")},
        {"success", QT_TRANSLATE_NOOP("karvan::CostCategory", "Success")},
        {"other", QT_TRANSLATE_NOOP("karvan::CostCategory", "Other")},
        {"acquisition", QT_TRANSLATE_NOOP("karvan::CostCategory", "Acquisition")},
    });
    return list;
}

const FixedList &goalKinds()
{
    static const FixedList list("karvan::GoalKind", {
        {"goal", QT_TRANSLATE_NOOP("karvan::GoalKind", "Goal")},
        {"outcome", QT_TRANSLATE_NOOP("karvan::GoalKind", "Outcome")},
    });
    return list;
}

const FixedList &goalStatuses()
{
    static const FixedList list("karvan::GoalStatus", {
        {"open", QT_TRANSLATE_NOOP("karvan::GoalStatus", "Open")},
        {"achieved", QT_TRANSLATE_NOOP("karvan::GoalStatus", "Achieved")},
        {"missed", QT_TRANSLATE_NOOP("karvan::GoalStatus", "Missed")},
        {"dropped", QT_TRANSLATE_NOOP("karvan::GoalStatus", "Dropped")},
    });
    return list;
}

const FixedList &currencies()
{
    // "IRT" is the Toman's usual code (ISO 4217 knows only the Rial). A new database's is
    // defaultCurrency(); the first is the fallback of a database that never chose one.
    static const FixedList list("karvan::Currency", {
        {"IRT", QT_TRANSLATE_NOOP("karvan::Currency", "Toman")},
        {"IRR", QT_TRANSLATE_NOOP("karvan::Currency", "Rial")},
        {"USD", QT_TRANSLATE_NOOP("karvan::Currency", "US dollar")},
        {"EUR", QT_TRANSLATE_NOOP("karvan::Currency", "Euro")},
        {"GBP", QT_TRANSLATE_NOOP("karvan::Currency", "Pound sterling")},
        {"AED", QT_TRANSLATE_NOOP("karvan::Currency", "UAE dirham")},
        {"TRY", QT_TRANSLATE_NOOP("karvan::Currency", "Turkish lira")},
    });
    return list;
}

QString defaultCurrency(const QLocale &locale)
{
    if (locale.territory() == QLocale::Iran)
        return QStringLiteral("IRT");
    const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return currencies().contains(iso) ? iso : QStringLiteral("USD");
}

} // namespace karvan
