#include "domain/storedtext.h"

#include "domain/dates.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
};

// The signal rules' titles with their values (contract.md, "Tasks and signal rules").
enum class Arg { Date, Number, Text };
struct Pattern
{
    const char *stored;  // what the rule writes, as a regular expression
    const char *source;  // the translatable form
    Arg args[2];
    int count;
};
const Pattern kPatterns[] = {
    {"^Renewal on (\\d{4}-\\d{2}-\\d{2})$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Renewal on %1"), {Arg::Date, Arg::Text}, 1},
    {"^No contact for (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "No contact for %1 days"), {Arg::Number, Arg::Text}, 1},
    {"^Escalated ticket (.+) open (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Escalated ticket %1 open %2 days"), {Arg::Text, Arg::Number}, 2},
    {"^Hand-off waiting (\\d+) days$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Hand-off waiting %1 days"), {Arg::Number, Arg::Text}, 1},
    {"^Goal due: (.+)$",
     QT_TRANSLATE_NOOP("karvan::StoredText", "Goal due: %1"), {Arg::Text, Arg::Text}, 1},
};

QString argText(const QString &value, Arg kind, const QLocale &locale)
{
    switch (kind) {
    case Arg::Date:
        return display::date(dates::parseDate(value), locale);
    case Arg::Number:
        return display::number(value.toLongLong(), locale);
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
        const QString first = argText(match.captured(1), p.args[0], locale);
        return p.count == 1 ? form.arg(first) : form.arg(first, argText(match.captured(2), p.args[1], locale));
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
