#include "reports/reportbuilder.h"

#include "accounts/accountdetailloader.h"
#include "domain/dates.h"
#include "domain/errors.h"
#include "people/peoplestore.h"

#include <algorithm>

namespace karvan::reports {

QString preparedByLabel(const QSqlDatabase &db, const QString &emailOrActor)
{
    if (emailOrActor.isEmpty())
        return {};
    const std::optional<Person> p = PeopleStore(db, QString()).personByEmail(emailOrActor);
    if (!p)
        return emailOrActor;
    return QStringLiteral("%1 <%2>").arg(p->name, p->email);
}

namespace {

// The latest day the account entered each stage, on or before asOf.
std::array<QDate, 6> enteredDays(const AccountDetail &d, const QDate &asOf)
{
    std::array<QDate, 6> entered;
    for (const StageHistoryEntry &h : d.stageHistory) {
        const std::optional<Stage> s = stageFromKey(h.stage);
        const QDate day = dates::fromStored(h.startedAt);
        if (!s || !day.isValid() || day > asOf)
            continue;
        QDate &slot = entered[size_t(stageIndex(*s))];
        if (!slot.isValid() || day > slot)
            slot = day;
    }
    return entered;
}

std::vector<RevenuePoint> lastMonths(const AccountDetail &d, const QDate &asOf, int count)
{
    std::vector<RevenuePoint> out;
    const QDate last(asOf.year(), asOf.month(), 1);
    for (int i = count - 1; i >= 0; --i) {
        const QString month = dates::monthKey(last.addMonths(-i));
        qint64 mrr = 0;  // a month with no row has MRR 0 (contract)
        for (const RevenuePoint &p : d.revenue) {
            if (p.month == month)
                mrr = p.mrr;
        }
        out.push_back({month, mrr});
    }
    return out;
}

} // namespace

AccountReport buildAccountReport(const QSqlDatabase &db, qint64 accountId, const QDate &asOf,
                                 const QString &preparedBy)
{
    const AccountDetail d = AccountDetailLoader(db).load(accountId);
    AccountReport r;
    r.stamp = {asOf, QDateTime::currentDateTimeUtc(), preparedBy};
    r.accountId = d.id;
    r.extId = d.extId;
    r.name = d.name;
    r.industry = d.industry;
    r.segment = d.segment;
    r.model = d.model;
    r.status = d.status;
    r.stage = d.stage;
    r.contractStart = d.contractStart;
    r.renewalDate = d.renewalDate;
    for (const CustomFieldValue &f : d.customFields) {
        if (f.value && !f.value->isEmpty())
            r.customFields.emplace_back(f.name, *f.value);
    }
    r.contacts = d.contacts;
    r.goals = d.goals;

    const std::array<QDate, 6> entered = enteredDays(d, asOf);
    for (const StageOwner &o : d.owners) {
        JourneyStage j;
        j.stage = o.stage;
        j.current = o.stage == d.stage;
        j.entered = entered[size_t(stageIndex(o.stage))];
        j.reached = j.entered.isValid() || stageIndex(o.stage) <= stageIndex(d.stage);
        j.owner = !o.personName.isEmpty() ? o.personName
                  : !o.teamName.isEmpty() ? o.teamName : o.templateTeams;
        j.ownerEmail = o.personEmail;
        j.team = o.teamName.isEmpty() ? o.templateTeams : o.teamName;
        j.supporting = o.supportingNames;
        j.fromTemplate = !o.overridden;
        r.journey.push_back(j);
    }
    const QDate inStageSince = entered[size_t(stageIndex(d.stage))];
    if (inStageSince.isValid())
        r.daysInStage = int(inStageSince.daysTo(asOf));

    r.health = HealthService(db).evaluate(accountId, asOf);
    r.revenue = lastMonths(d, asOf, AccountReport::kRevenueMonths);

    for (const Interaction &i : d.interactions) {  // newest first
        if (i.date.isValid() && i.date > asOf)
            continue;
        r.communication.push_back(i);
        if (int(r.communication.size()) == AccountReport::kCommunicationShown)
            break;
    }
    for (const Ticket &t : d.tickets) {
        const bool opened = !t.opened.isValid() || t.opened <= asOf;
        const bool open = !t.closed.isValid() || t.closed > asOf;
        if (opened && open)
            r.openTickets.push_back(t);
    }
    TaskFilter filter;
    filter.accountId = accountId;
    r.openTasks = TaskStore(db, QString()).list(filter);
    return r;
}

AccountReport buildAccountReport(const QSqlDatabase &db, const QString &extId, const QDate &asOf,
                                 const QString &preparedBy)
{
    const std::optional<qint64> id = HealthService(db).accountIdForKey(extId);
    if (!id)
        throw DataError(Report::tr("report: unknown account '%1'").arg(extId));
    return buildAccountReport(db, *id, asOf, preparedBy);
}

} // namespace karvan::reports
