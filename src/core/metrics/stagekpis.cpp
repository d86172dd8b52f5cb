#include "metrics/stagekpis.h"

#include "domain/stage.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <map>

namespace karvan {

namespace {

using StageRow = AttributionInput::StageRow;
const QString kNone = QStringLiteral("(none)");

QStringView dayOf(const QString &stored)
{
    return QStringView(stored).left(10);
}

qint64 daysBetween(QStringView from, QStringView to)
{
    return QDate::fromString(from.toString(), Qt::ISODate)
        .daysTo(QDate::fromString(to.toString(), Qt::ISODate));
}

// Walks every account once and adds what it contributes to each stage's KPIs to the group
// of the stage's owner at the moment that counts (all to one group without a grouping).
class Walker
{
public:
    Walker(const StageKpisInput &input, std::optional<MetricsGrouping> grouping)
        : m_in(input), m_grouping(grouping), m_first(input.period.firstDay()),
          m_last(input.period.lastDay())
    {
        for (const StageRow &row : m_in.history.stageHistory)
            m_rows[row.accountId].push_back(&row);
        for (const AccountPeriodData &a : m_in.revenue)
            m_revenue.insert(a.accountId, &a);
        for (const StageKpisInput::Usage &u : m_in.usage)
            m_usage.insert(u.accountId, &u);
    }

    std::map<QString, StageKpis> run()
    {
        const QHash<qint64, AccountAttribution> atStart =
            attributeAccounts(m_in.history, m_in.period.fromMonth());
        const QHash<qint64, AccountAttribution> atEnd = attributeAccounts(
            m_in.history, QDate::fromString(m_last, Qt::ISODate));
        for (const AttributionInput::Account &account : m_in.history.accounts) {
            const std::vector<const StageRow *> rows = m_rows.value(account.id);
            acquisition(account.id, rows);
            implementation(account.id, rows);
            startStages(account.id, atStart.value(account.id));
            deployment(account.id, atEnd.value(account.id));
            advocacy(account.id, rows, atStart.value(account.id));
        }
        for (const StageKpisInput::Referral &r : m_in.referrals)
            group(r.accountId, Stage::Advocacy, dayOf(r.date)).referrals += 1;
        return std::move(m_groups);
    }

private:
    // The group of the owner of `stage` of the account on `day`.
    StageKpis &group(qint64 accountId, Stage stage, QStringView day)
    {
        if (!m_grouping)
            return m_groups[QString()];
        const OwnershipTimeline::Owner owner =
            m_in.history.owners.ownerOn(accountId, stageKey(stage), day);
        return byKey(owner.email, owner.team);
    }
    StageKpis &group(const AccountAttribution &a)
    {
        if (!m_grouping)
            return m_groups[QString()];
        return byKey(a.owner == kNone ? QString() : a.owner, a.team == kNone ? QString() : a.team);
    }
    StageKpis &byKey(const QString &email, const QString &team)
    {
        const QString key = *m_grouping == MetricsGrouping::Team ? team : email;
        return m_groups[key.isEmpty() ? kNone : key];
    }

    // The earliest row of `stage` dated in the period, or nullptr.
    const StageRow *enteredInPeriod(const std::vector<const StageRow *> &rows, Stage stage) const
    {
        const QString key = stageKey(stage);
        const StageRow *found = nullptr;
        for (const StageRow *row : rows) {
            const QStringView d = dayOf(row->startedAt);
            if (row->stage == key && d >= m_first && d <= m_last
                && (!found || d < dayOf(found->startedAt)))
                found = row;
        }
        return found;
    }

    void acquisition(qint64 id, const std::vector<const StageRow *> &rows)
    {
        const StageRow *entry = enteredInPeriod(rows, Stage::Acquisition);
        if (!entry)
            return;
        const QStringView day = dayOf(entry->startedAt);
        StageKpis &g = group(id, Stage::Acquisition, day);
        g.entered += 1;
        const QString implementation = stageKey(Stage::Implementation);
        const bool won = std::any_of(rows.begin(), rows.end(), [&](const StageRow *r) {
            const QStringView d = dayOf(r->startedAt);
            return r->stage == implementation && d >= day && d <= m_last;
        });
        if (won)
            g.won += 1;
    }

    void implementation(qint64 id, const std::vector<const StageRow *> &rows)
    {
        const StageRow *live = enteredInPeriod(rows, Stage::Deployment);
        if (!live)
            return;
        const QStringView day = dayOf(live->startedAt);
        StageKpis &g = group(id, Stage::Implementation, day);
        g.wentLive += 1;
        const QString implementation = stageKey(Stage::Implementation);
        const StageRow *start = nullptr;
        for (const StageRow *r : rows) {
            const QStringView d = dayOf(r->startedAt);
            if (r->stage == implementation && d <= day && (!start || d >= dayOf(start->startedAt)))
                start = r;
        }
        if (start)
            g.timeToValue.push_back(daysBetween(dayOf(start->startedAt), day));
    }

    void startStages(qint64 id, const AccountAttribution &a)
    {
        const bool retention = a.stage == stageKey(Stage::Retention);
        const bool expansion = a.stage == stageKey(Stage::Expansion);
        if (!retention && !expansion)
            return;
        static const AccountPeriodData kNoRevenue;
        const AccountPeriodData *rev = m_revenue.value(id, &kNoRevenue);
        StageKpis &g = group(a);
        if (retention) {
            g.retention.add(rev->mrrStart, rev->mrrEnd);
            g.retentionSurveys.add(rev->surveys);
        } else {
            g.expansion.add(rev->mrrStart, rev->mrrEnd);
        }
    }

    void deployment(qint64 id, const AccountAttribution &a)
    {
        if (a.stage != stageKey(Stage::Deployment))
            return;
        StageKpis &g = group(a);
        g.deploymentAccounts += 1;
        const StageKpisInput::Usage *u = m_usage.value(id, nullptr);
        if (u && u->licensedUsers > 0) {
            g.adoptionSum += double(u->activeUsers) / double(u->licensedUsers);
            g.adoptionCount += 1;
        }
    }

    void advocacy(qint64 id, const std::vector<const StageRow *> &rows, const AccountAttribution &a)
    {
        if (a.stage == stageKey(Stage::Advocacy)) {
            group(a).advocacyAccounts += 1;
            return;
        }
        if (const StageRow *entry = enteredInPeriod(rows, Stage::Advocacy))
            group(id, Stage::Advocacy, dayOf(entry->startedAt)).advocacyAccounts += 1;
    }

    const StageKpisInput &m_in;
    std::optional<MetricsGrouping> m_grouping;
    QString m_first;
    QString m_last;
    QHash<qint64, std::vector<const StageRow *>> m_rows;
    QHash<qint64, const AccountPeriodData *> m_revenue;
    QHash<qint64, const StageKpisInput::Usage *> m_usage;
    std::map<QString, StageKpis> m_groups;
};

} // namespace

std::optional<double> StageKpis::conversionRate() const
{
    if (entered == 0)
        return std::nullopt;
    return double(won) / double(entered);
}

std::optional<double> StageKpis::timeToValueDays() const
{
    if (timeToValue.empty())
        return std::nullopt;
    std::vector<qint64> days = timeToValue;
    std::sort(days.begin(), days.end());
    const size_t n = days.size();
    if (n % 2 == 1)
        return double(days[n / 2]);
    return (double(days[n / 2 - 1]) + double(days[n / 2])) / 2.0;
}

std::optional<double> StageKpis::adoption() const
{
    if (adoptionCount == 0)
        return std::nullopt;
    return adoptionSum / double(adoptionCount);
}

StageKpis computeStageKpis(const StageKpisInput &input)
{
    std::map<QString, StageKpis> groups = Walker(input, std::nullopt).run();
    return groups.empty() ? StageKpis() : groups.begin()->second;
}

std::vector<GroupStageKpis> computeGroupedStageKpis(const StageKpisInput &input,
                                                    MetricsGrouping grouping)
{
    std::vector<GroupStageKpis> result;
    for (auto &[key, kpis] : Walker(input, grouping).run())
        result.push_back({key, std::move(kpis)});
    return result;
}

} // namespace karvan
