#include "domain/storedtext.h"

#include "domain/band.h"
#include "domain/dates.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace karvan::display {

namespace {

const char *const kContext = "karvan::StoredText";

// The whole texts: the hand-off's tasks, and the default checklists' items and help (the
// first checklist of schema step 2 and the hand-off's of step 4, storage/defaults.cpp).
const char *const kTexts[] = {
    QT_TRANSLATE_NOOP("karvan::StoredText", "Health is red"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Kickoff meeting"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "30-day check-in"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Signed contract attached and start date confirmed"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Customer goals and success criteria agreed with the customer"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Key contacts and decision makers listed"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Plan, modules and licence count confirmed"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Promises and commitments made during the sale recorded"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Technical requirements and integrations noted"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Risks and open questions noted"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Kick-off meeting with the CSM scheduled"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Why the customer bought and the use cases"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "The problem they want solved, the use cases they bought for, in their words."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Success metrics and their baseline"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "How the customer will measure success, and where each measure stands today."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Contract terms, value and renewal date"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Term, value (MRR), renewal date, notice period, anything unusual in the contract."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Every promise made during the sale"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Features, dates, discounts, services or people promised; write each one down."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Stakeholder map: champion, economic buyer, preferred channel"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Who champions the product, who signs the renewal, how they like to be reached."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Risks and red flags"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Doubts raised during the sale, competitors, politics, budget or timing risks."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Technical and integration scope"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Systems to integrate, data to migrate, SSO, security reviews."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Kickoff meeting planned with Sales, CSM and customer"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Date and attendees of the kickoff; Sales introduces the CSM."),
    QT_TRANSLATE_NOOP("karvan::StoredText", "The 30-day check-in date"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "When the CSM checks in after the first month."),
    // The default scorecard's measure labels (healthmeasures.cpp) and the calculator's
    // inputs in words without a value (healthcalculator.cpp; also in `health --json`).
    QT_TRANSLATE_NOOP("karvan::StoredText", "Adoption (active / licensed users)"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "NPS answers"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "CSAT answers"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Support tickets"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "Engagement (days since last contact)"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "no usage reported"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "no licensed users"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "no tickets"),
    QT_TRANSLATE_NOOP("karvan::StoredText", "no contact recorded"),
};

// Texts with values: the signal rules' titles (contract.md, "Tasks and signal rules") and the
// health calculator's inputs and lifts in words (healthcalculator.cpp).
enum class Arg { Date, Number, Digits, Month, Band, Text };
struct Pattern
{
    const char *stored;  // what Karvan writes, as a regular expression
    const char *source;  // the translatable form
    std::array<Arg, 4> args;
};
const Pattern kPatterns[] = {
    {"^Renewal on (\\d{4}-\\d{2}-\\d{2})$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Renewal on %1"), {Arg::Date}},
    {"^No contact for (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "No contact for %1 days"), {Arg::Number}},
    {"^Escalated ticket (.+) open (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Escalated ticket %1 open %2 days"), {Arg::Text, Arg::Number}},
    {"^Hand-off waiting (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Hand-off waiting %1 days"), {Arg::Number}},
    {"^Goal due: (.+)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Goal due: %1"), {Arg::Text}},
    {"^(\\d+%) of licensed users active \\((\\d+) of (\\d+), (\\d{4}-\\d{2})\\)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "%1 of licensed users active (%2 of %3, %4)"),
     {Arg::Digits, Arg::Number, Arg::Number, Arg::Month}},
    {"^mean answer ([\\d.]+) of 10 over (\\d+) answers?$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "mean answer %1 of 10 over %2 answers"), {Arg::Digits, Arg::Number}},
    {"^no NPS answers in (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "no NPS answers in %1 days"), {Arg::Number}},
    {"^(\\d+%) of (\\d+) answers? rated (\\d+)-5$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "%1 of %2 answers rated %3-5"), {Arg::Digits, Arg::Number, Arg::Number}},
    {"^no CSAT answers in (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "no CSAT answers in %1 days"), {Arg::Number}},
    {"^(\\d+) tickets? open, (\\d+) escalated in (\\d+) days \\((\\d+) in all\\)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "%1 open tickets, %2 escalated in %3 days (%4 in all)"),
     {Arg::Number, Arg::Number, Arg::Number, Arg::Number}},
    {"^last contact (\\d+) days ago \\((\\d{4}-\\d{2}-\\d{2})\\)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "last contact %1 days ago (%2)"), {Arg::Number, Arg::Date}},
    {"^adoption: (\\d+%) -> (\\d+%) of licensed users active \\((\\d+) of \\d+\\) lifts it to (\\w+)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "adoption: %1 -> %2 of licensed users active (%3 users) lifts it to %4"),
     {Arg::Digits, Arg::Digits, Arg::Number, Arg::Band}},
    {"^nps: mean answer ([\\d.]+) -> ([\\d.]+) lifts it to (\\w+)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "nps: mean answer %1 -> %2 lifts it to %3"), {Arg::Digits, Arg::Digits, Arg::Band}},
    {"^csat: (\\d+%) -> (\\d+%) of answers rated (\\d+)-5 lifts it to (\\w+)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "csat: %1 -> %2 of answers rated %3-5 lifts it to %4"),
     {Arg::Digits, Arg::Digits, Arg::Number, Arg::Band}},
    {"^support: (\\d+) tickets? open -> (\\d+) \\(close (\\d+)\\) lifts it to (\\w+)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "support: %1 open tickets -> %2 (close %3) lifts it to %4"),
     {Arg::Number, Arg::Number, Arg::Number, Arg::Band}},
    {"^engagement: last contact (\\d+) days ago -> a contact within (\\d+) days \\(e\\.g\\. one today\\) lifts it to (\\w+)$",
     QT_TRANSLATE_NOOP("karvan::StoredText",
                       "engagement: last contact %1 days ago -> a contact within %2 days (e.g. one today) lifts it to %3"),
     {Arg::Number, Arg::Number, Arg::Band}},
};

int argCount(const Pattern &p)
{
    return int(QRegularExpression(QString::fromLatin1(p.stored)).captureCount());
}

QString argText(const QString &value, Arg kind, const QLocale &locale)
{
    switch (kind) {
    case Arg::Date:
        return display::date(dates::parseDate(value), locale);
    case Arg::Number:
        return display::number(value.toLongLong(), locale);
    case Arg::Digits:
        return display::digits(value, locale);
    case Arg::Month:
        return display::monthKeyText(value, locale);
    case Arg::Band:
        if (const std::optional<Band> band = bandFromKey(value))
            return bandLabel(*band);
        break;
    case Arg::Text:
        break;
    }
    return value;
}

} // namespace

QString storedText(const QString &text, const QLocale &locale)
{
    for (const char *known : kTexts) {
        if (text == QLatin1String(known))
            return QCoreApplication::translate(kContext, known);
    }
    for (const Pattern &p : kPatterns) {
        const QRegularExpressionMatch match = QRegularExpression(QString::fromLatin1(p.stored)).match(text);
        if (!match.hasMatch())
            continue;
        const QString form = QCoreApplication::translate(kContext, p.source);
        if (form == QLatin1String(p.source))
            return text;  // no translation: the stored text as it is
        QString values[4];
        const int count = argCount(p);
        for (int i = 0; i < count && i < 4; ++i)
            values[i] = argText(match.captured(i + 1), p.args[size_t(i)], locale);
        // One pass over the form, so a value holding "%2" is never read as a place.
        switch (count) {
        case 1:
            return form.arg(values[0]);
        case 2:
            return form.arg(values[0], values[1]);
        case 3:
            return form.arg(values[0], values[1], values[2]);
        default:
            return form.arg(values[0], values[1], values[2], values[3]);
        }
    }
    return text;
}

bool isKnownStoredText(const QString &text)
{
    for (const char *known : kTexts) {
        if (text == QLatin1String(known))
            return true;
    }
    for (const Pattern &p : kPatterns) {
        if (QRegularExpression(QString::fromLatin1(p.stored)).match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace karvan::display
