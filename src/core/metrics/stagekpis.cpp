#include "metrics/stagekpis.h"

#include "domain/stage.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <array>
#include <map>

namespace karvan {

namespace {

using StageRow = AttributionInput::StageRow;

QStringView dayOf(const QString &stored)
{
    return QStringView(stored).left(10);
}

qint64 daysBetween(QStringView from, QStringView to)
{
    return QDate::fromString(from.toString(), Qt::ISODate)
        .daysTo(QDate::fromString(to.toString(), Qt::ISODate));
}

const QString &keyOf(Stage stage)
{
    static const std::array<QString, 6> keys = [] {
        std::array<QString, 6> k;
        for (Stage s : kAllStages)
            k[size_t(stageIndex(s))] = stageKey(s);
        return k;
    }();
    return keys[size_t(stageIndex(stage))];
}

// Walks every account once and adds what it contributes to each stage's KPIs to the
// portfolio and, when asked, to the group of the stage's owner (and of the owner's team) at
// the moment that counts.
class Walker
{
public:
    Walker(const StageKpisInput &input, bool byOwner, bool byTeam)
        : m_in(input), m_byOwner(byOwner), m_byTeam(byTeam), m_first(input.period.firstDay()),
          m_last(input.period.lastDay())
    {
        for (const StageRow &row : m_in.history.stageHistory)
            m_rows[row.accountId].push_back(&row);
        for (const AccountPeriodData &a : m_in.revenue)
            m_revenue.insert(a.accountId, &a);
        for (const StageKpisInput::Usage &u : m_in.usage)
            m_usage.insert(u.accountId, &u);
    }

    AllStageKpis run()
    {
        return run(attributeAccounts(m_in.history, m_in.period.fromMonth()));
    }

    AllStageKpis run(const QHash<qint64, AccountAttribution> &atStart)
    {
        const QHash<qint64, AccountAttribution> atEnd = attributeAccounts(
            m_in.history, QDate::fromString(m_last, Qt::ISODate));
        static const std::vector<const StageRow *> kNoRows;
        static const AccountAttribution kNowhere;
        for (const AttributionInput::Account &account : m_in.history.accounts) {
            const auto rowsIt = m_rows.constFind(account.id);
            const std::vector<const StageRow *> &rows = rowsIt == m_rows.cend() ? kNoRows : *rowsIt;
            const auto startIt = atStart.constFind(account.id);
            const AccountAttribution &start = startIt == atStart.cend() ? kNowhere : *startIt;
            const auto endIt = atEnd.constFind(account.id);
            const AccountAttribution &end = endIt == atEnd.cend() ? kNowhere : *endIt;
            acquisition(account.id, rows);
            implementation(account.id, rows);
            startStages(account.id, start);
            deployment(account.id, end);
            advocacy(account.id, rows, start);
        }
        for (const StageKpisInput::Referral &r : m_in.referrals)
            give(r.accountId, Stage::Advocacy, dayOf(r.date), [](StageKpis &k) { k.referrals += 1; });

        AllStageKpis result;
        result.all = std::move(m_all);
        for (auto &[key, kpis] : m_owners)
            result.byOwner.push_back({key, std::move(kpis)});
        for (auto &[key, kpis] : m_teams)
            result.byTeam.push_back({key, std::move(kpis)});
        return result;
    }

private:
    template <typename F>
    void give(const QString &email, const QString &team, F &&f)
    {
        f(m_all);
        if (m_byOwner)
            f(m_owners[email.isEmpty() ? kNoAttribution : email]);
        if (m_byTeam)
            f(m_teams[team.isEmpty() ? kNoAttribution : team]);
    }
    // To the owner of `stage` of the account on `day`.
    template <typename F>
    void give(qint64 accountId, Stage stage, QStringView day, F &&f)
    {
        if (!m_byOwner && !m_byTeam) {
            f(m_all);
            return;
        }
        const OwnershipTimeline::Owner owner = m_in.history.owners.ownerOn(accountId, keyOf(stage), day);
        give(owner.email, owner.team, f);
    }
    // To the owner (team) of the attribution (the metrics' rule, "(none)" when none).
    template <typename F>
    void give(const AccountAttribution &a, F &&f)
    {
        give(a.owner == kNoAttribution ? QString() : a.owner,
            a.team == kNoAttribution ? QString() : a.team, f);
    }

    // The earliest row of `stage` dated in the period, or nullptr.
    const StageRow *enteredInPeriod(const std::vector<const StageRow *> &rows, Stage stage) const
    {
        const QString &key = keyOf(stage);
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
        const QString &implementation = keyOf(Stage::Implementation);
        const bool won = std::any_of(rows.begin(), rows.end(), [&](const StageRow *r) {
            const QStringView d = dayOf(r->startedAt);
            return r->stage == implementation && d >= day && d <= m_last;
        });
        give(id, Stage::Acquisition, day, [won](StageKpis &k) {
            k.entered += 1;
            k.won += won ? 1 : 0;
        });
    }

    void implementation(qint64 id, const std::vector<const StageRow *> &rows)
    {
        const StageRow *live = enteredInPeriod(rows, Stage::Deployment);
        if (!live)
            return;
        const QStringView day = dayOf(live->startedAt);
        const QString &implementation = keyOf(Stage::Implementation);
        const StageRow *start = nullptr;
        for (const StageRow *r : rows) {
            const QStringView d = dayOf(r->startedAt);
            if (r->stage == implementation && d <= day && (!start || d >= dayOf(start->startedAt)))
                start = r;
        }
        const std::optional<qint64> days =
            start ? std::optional<qint64>(daysBetween(dayOf(start->startedAt), day)) : std::nullopt;
        give(id, Stage::Implementation, day, [days](StageKpis &k) {
            k.wentLive += 1;
            if (days)
                k.timeToValue.push_back(*days);
        });
    }

    void startStages(qint64 id, const AccountAttribution &a)
    {
        const bool retention = a.stage == keyOf(Stage::Retention);
        const bool expansion = a.stage == keyOf(Stage::Expansion);
        if (!retention && !expansion)
            return;
        static const AccountPeriodData kNoRevenue;
        const AccountPeriodData *rev = m_revenue.value(id, &kNoRevenue);
        give(a, [rev, retention](StageKpis &k) {
            if (retention) {
                k.retention.add(rev->mrrStart, rev->mrrEnd);
                k.retentionSurveys.add(rev->surveys);
            } else {
                k.expansion.add(rev->mrrStart, rev->mrrEnd);
            }
        });
    }

    void deployment(qint64 id, const AccountAttribution &a)
    {
        if (a.stage != keyOf(Stage::Deployment))
            return;
        const StageKpisInput::Usage *u = m_usage.value(id, nullptr);
        const bool adopted = u && u->licensedUsers > 0;
        const double adoption = adopted ? double(u->activeUsers) / double(u->licensedUsers) : 0.0;
        give(a, [adopted, adoption](StageKpis &k) {
            k.deploymentAccounts += 1;
            if (adopted) {
                k.adoptionSum += adoption;
                k.adoptionCount += 1;
            }
        });
    }

    void advocacy(qint64 id, const std::vector<const StageRow *> &rows, const AccountAttribution &a)
    {
        const auto count = [](StageKpis &k) { k.advocacyAccounts += 1; };
        if (a.stage == keyOf(Stage::Advocacy))
            give(a, count);
        else if (const StageRow *entry = enteredInPeriod(rows, Stage::Advocacy))
            give(id, Stage::Advocacy, dayOf(entry->startedAt), count);
    }

    const StageKpisInput &m_in;
    bool m_byOwner;
    bool m_byTeam;
    QString m_first;
    QString m_last;
    QHash<qint64, std::vector<const StageRow *>> m_rows;
    QHash<qint64, const AccountPeriodData *> m_revenue;
    QHash<qint64, const StageKpisInput::Usage *> m_usage;
    StageKpis m_all;
    std::map<QString, StageKpis> m_owners;
    std::map<QString, StageKpis> m_teams;
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
    return Walker(input, false, false).run().all;
}

std::vector<GroupStageKpis> computeGroupedStageKpis(const StageKpisInput &input,
                                                    MetricsGrouping grouping)
{
    const bool team = grouping == MetricsGrouping::Team;
    AllStageKpis all = Walker(input, !team, team).run();
    return team ? std::move(all.byTeam) : std::move(all.byOwner);
}

AllStageKpis computeAllStageKpis(const StageKpisInput &input)
{
    return Walker(input, true, true).run();
}

AllStageKpis computeAllStageKpis(const StageKpisInput &input,
                                 const QHash<qint64, AccountAttribution> &atStart)
{
    return Walker(input, true, true).run(atStart);
}

} // namespace karvan
