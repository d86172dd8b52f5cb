#include "ownership/ownershipmatrix.h"

#include "domain/handoffrule.h"
#include "health/healthservice.h"
#include "storage/settingsstore.h"
#include "domain/money.h"
#include "storage/bulkreader.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace karvan {

OwnershipMatrix::OwnershipMatrix(const QSqlDatabase &db) : m_db(db) {}

void OwnershipMatrix::build(const QDate &asOf)
{
    m_accounts = OwnershipResolver(m_db).resolveAll();
    m_gaps = findGaps(m_accounts, activeMembersPerTeam());
    addOverdueHandoffs(asOf);
    m_bookSize = qMax(0, SettingsStore(m_db).intValue(bookSizeSetting(), kDefaultBookSize));
    computeLoad(asOf);
}

QHash<QString, int> OwnershipMatrix::activeMembersPerTeam() const
{
    QHash<QString, int> members;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT t.team_key, SUM(CASE WHEN p.active <> 0 THEN 1 ELSE 0 END) FROM teams t"
        " LEFT JOIN people p ON p.team_id = t.id GROUP BY t.team_key"));
    while (sql::next(q))
        members.insert(q.value(0).toString(), q.value(1).toInt());
    return members;
}

std::vector<OwnershipGap> OwnershipMatrix::findGaps(const std::vector<AccountOwners> &accounts,
                                                    const QHash<QString, int> &activeMembers)
{
    std::vector<OwnershipGap> gaps;
    for (const AccountOwners &a : accounts) {
        if (!a.active)
            continue;
        for (int s = stageIndex(a.currentStage); s < int(kAllStages.size()); ++s) {
            const ResolvedOwner &owner = a.stages[size_t(s)];
            const bool current = owner.stage == a.currentStage;
            auto add = [&](const QString &problem, const QString &team = QString(),
                           const QString &person = QString()) {
                gaps.push_back({a.accountId, a.extId, a.name, owner.stage, problem, team, person, current});
            };
            if (owner.personId && !owner.personActive)
                add(OwnershipGap::kInactiveOwner, QString(), owner.personEmail);
            else if (current && !owner.personId)
                add(OwnershipGap::kNoOwner);
            if (owner.teamKey.isEmpty()) {
                if (current)
                    add(OwnershipGap::kNoTeam);
            } else if (!owner.personId && activeMembers.value(owner.teamKey, 0) <= 0) {
                add(OwnershipGap::kNoActiveOwnerTeamMember, owner.teamKey);
            }
            for (const QString &team : owner.supporting) {
                if (activeMembers.value(team, 0) <= 0)
                    add(OwnershipGap::kNoActiveSupport, team);
            }
        }
    }
    return gaps;
}

void OwnershipMatrix::addOverdueHandoffs(const QDate &asOf)
{
    const int days = qMax(0, SettingsStore(m_db).intValue(handoffrule::overdueDaysSetting(),
                                                          handoffrule::kDefaultOverdueDays));
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT a.id, a.ext_id, a.name, a.stage, h.submitted_at, p.email FROM handoffs h"
        " JOIN accounts a ON a.id = h.account_id LEFT JOIN people p ON p.id = h.to_person_id"
        " WHERE a.status = 'active' AND h.status = 'submitted' ORDER BY h.submitted_at"));
    while (sql::next(q)) {
        const QDate submitted = QDate::fromString(q.value(4).toString().left(10), Qt::ISODate);
        if (!handoffrule::overdue(submitted, QDate(), asOf, days))
            continue;
        m_gaps.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          stageFromKey(q.value(3).toString()).value_or(Stage::Acquisition),
                          OwnershipGap::kOverdueHandoff, QString(), q.value(5).toString(), true});
    }
}

void OwnershipMatrix::computeLoad(const QDate &asOf)
{
    m_load.clear();
    m_latestMonth.clear();
    QSqlQuery latest = sql::run(m_db, QStringLiteral("SELECT MAX(month) FROM revenue"));
    if (sql::next(latest) && !latest.value(0).isNull())
        m_latestMonth = latest.value(0).toString();
    QHash<qint64, qint64> mrr;
    if (!m_latestMonth.isEmpty()) {
        BulkReader q(m_db, QStringLiteral("SELECT account_id, mrr FROM revenue WHERE month = ?"));
        q.bindText(0, m_latestMonth);
        while (q.next())
            mrr.insert(q.integer(0), q.integer(1));
    }
    // Red as everywhere else: today, the stored health now (health_current, the band the book
    // and the header show, kept current by the core); another day, scored as of that day.
    m_bands.clear();
    const HealthService health(m_db);
    if (asOf == QDate::currentDate()) {
        health.readBands([this](qint64 accountId, Band band) { m_bands.insert(accountId, band); });
    } else {
        for (const AccountHealth &h : health.evaluateAll(asOf))
            m_bands.insert(h.accountId, h.band());
    }

    QHash<qint64, size_t> index;
    for (const AccountOwners &a : m_accounts) {
        const ResolvedOwner &owner = a.current();
        if (!a.active || !owner.personId)
            continue;
        auto it = index.constFind(*owner.personId);
        if (it == index.constEnd()) {
            it = index.insert(*owner.personId, m_load.size());
            m_load.push_back({*owner.personId, owner.personEmail, owner.personName,
                              owner.personActive, 0, 0, 0});
        }
        OwnerLoad &load = m_load[*it];
        ++load.accounts;
        load.mrrMinor += mrr.value(a.accountId, 0);
        if (m_bands.value(a.accountId, Band::Insufficient) == Band::Red)
            ++load.red;
    }
    for (OwnerLoad &load : m_load)
        load.overloaded = load.accounts > m_bookSize;

    // Teams x stages, from the same resolved owners and MRR.
    m_teamStages.clear();
    std::map<std::pair<QString, int>, size_t> cells;
    for (const AccountOwners &a : m_accounts) {
        if (!a.active)
            continue;
        for (const ResolvedOwner &o : a.stages) {
            if (o.teamKey.isEmpty())
                continue;
            const auto key = std::make_pair(o.teamName + QChar(0) + o.teamKey, stageIndex(o.stage));
            auto it = cells.find(key);
            if (it == cells.end()) {
                it = cells.emplace(key, m_teamStages.size()).first;
                m_teamStages.push_back({o.teamKey, o.teamName, o.stage, 0, 0, {}});
            }
            TeamStageCell &cell = m_teamStages[it->second];
            ++cell.accounts;
            cell.mrrMinor += mrr.value(a.accountId, 0);
            cell.accountIds.push_back(a.accountId);
        }
    }
    std::vector<TeamStageCell> ordered;
    ordered.reserve(m_teamStages.size());
    for (const auto &[key, at] : cells)
        ordered.push_back(std::move(m_teamStages[at]));
    m_teamStages = std::move(ordered);
    std::sort(m_load.begin(), m_load.end(), [](const OwnerLoad &x, const OwnerLoad &y) {
        return x.accounts != y.accounts ? x.accounts > y.accounts : x.email < y.email;
    });
}

QJsonObject OwnershipMatrix::toJson() const
{
    QJsonArray accounts;
    for (const AccountOwners &a : m_accounts) {
        QJsonObject owners;
        for (const ResolvedOwner &o : a.stages) {
            owners.insert(stageKey(o.stage), QJsonObject{
                {"person", o.personId ? QJsonValue(o.personEmail) : QJsonValue(QJsonValue::Null)},
                {"team", o.teamKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.teamKey)},
                {"supporting", QJsonArray::fromStringList(o.supporting)},
                {"from_template", o.fromTemplate},
            });
        }
        accounts.append(QJsonObject{{"id", a.extId}, {"name", a.name},
                                    {"stage", stageKey(a.currentStage)},
                                    {"status", a.active ? "active" : "churned"},
                                    {"owners", owners}});
    }
    QJsonArray gaps;
    for (const OwnershipGap &g : m_gaps) {
        QJsonObject gap{{"account", g.accountKey}, {"stage", stageKey(g.stage)},
                        {"problem", g.problem}, {"current", g.current}};
        if (!g.team.isEmpty())
            gap.insert("team", g.team);
        if (!g.person.isEmpty())
            gap.insert("person", g.person);
        gaps.append(gap);
    }
    QJsonArray load;
    for (const OwnerLoad &l : m_load) {
        load.append(QJsonObject{{"person", l.email}, {"name", l.name}, {"active", l.active},
                                {"accounts", l.accounts}, {"mrr", money::toMajor(l.mrrMinor)},
                                {"red", l.red}, {"overloaded", l.overloaded}});
    }
    return QJsonObject{{"stages", QJsonArray::fromStringList(stageKeys())},
                       {"accounts", accounts},
                       {"gaps", gaps},
                       {"load", load},
                       {"mrr_month", m_latestMonth.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(m_latestMonth)}};
}

} // namespace karvan
