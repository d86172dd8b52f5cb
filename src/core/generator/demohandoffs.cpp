// addDemoHandoffs: the demo book's example hand-offs, made through HandoffService itself, so
// they follow every rule of the workflow.
#include "generator/demobook.h"

#include "handoffs/handoffservice.h"

#include <QDateTime>

namespace karvan {

namespace {

// What a Sales rep writes under each item of the default checklist (by position).
const char *const kNotes[] = {
    "Replacing spreadsheets for renewals; use cases: onboarding tracking and a weekly usage review.",
    "Time to first value under 30 days (baseline 75); weekly active users at 60% of seats (baseline 35%).",
    "Annual contract paid monthly, value and renewal date as in the profile; 30 days' notice to end it.",
    "Two onboarding workshops at no charge; we import their old CRM for them; a named CSM within a week.",
    "Champion: head of operations. Economic buyer: the CFO. Preferred channel: email, a call on Tuesdays.",
    "Their previous vendor lost them after a failed rollout; budget review next quarter.",
    "Single sign-on with their identity provider; a nightly CSV export to their warehouse.",
    "Kickoff with Sales, the CSM and their head of operations in the first week.",
    "30-day check-in booked.",
};

// The state each example ends in, and its dates in days before now.
struct Example
{
    enum End { Draft, Submitted, Returned, Accepted } end;
    int startedDaysAgo;
    int submittedDaysAgo;   // also when a returned one was submitted
    int itemsDone;          // of the checklist, in order (all for submitted ones)
};
const Example kExamples[] = {
    {Example::Accepted, 9, 6, 99},  {Example::Submitted, 11, 8, 99}, {Example::Submitted, 3, 2, 99},
    {Example::Returned, 6, 4, 99},  {Example::Draft, 1, 0, 4},       {Example::Accepted, 5, 3, 99},
    {Example::Draft, 0, 0, 0},      {Example::Submitted, 2, 1, 99},
};

} // namespace

int addDemoHandoffs(const QSqlDatabase &db, const GeneratorBook &book)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto &people = book.people();
    int made = 0;
    for (const GeneratedAccount &account : book.accounts()) {
        if (made == int(std::size(kExamples)))
            break;
        if (account.stage != Stage::Acquisition || account.churned || !account.b2b || account.duplicate)
            continue;
        const GeneratedPerson &sales = people[size_t(account.sales)];
        const GeneratedPerson &csm = people[size_t(account.csm)];
        if (!sales.active || !csm.active || sales.team != QLatin1String("sales")
            || csm.team != QLatin1String("customer_success"))
            continue;
        const Example &example = kExamples[made++];
        HandoffService asSales(db, sales.email);
        asSales.setNow(now.addDays(-example.startedDaysAgo));
        const qint64 id = asSales.start(account.id, csm.email);
        const int items = int(asSales.get(id).items.size());
        const bool filled = example.end != Example::Draft;
        for (int n = 1; n <= items && n <= (filled ? items : example.itemsDone); ++n) {
            const QString note = n <= int(std::size(kNotes)) ? QString::fromUtf8(kNotes[n - 1]) : QString();
            asSales.setItem(id, n, true, note);
        }
        if (!filled)
            continue;
        asSales.setNow(now.addDays(-example.submittedDaysAgo));
        asSales.submit(id);
        HandoffService asCsm(db, csm.email);
        if (example.end == Example::Returned) {
            asCsm.setNow(now.addDays(-example.submittedDaysAgo + 1));
            asCsm.returnToSales(id, QStringLiteral("The stakeholder map names no economic buyer: who signs the renewal?"));
        } else if (example.end == Example::Accepted) {
            asCsm.accept(id);  // today: ownership, the stage and the tasks move from today
        }
    }
    return made;
}

} // namespace karvan
