#include "reports/reportbuilder.h"

#include "accounts/accountbook.h"
#include "domain/errors.h"
#include "metrics/metricsloader.h"
#include "metrics/stagekpisloader.h"
#include "ownership/ownershipresolver.h"
#include "people/peoplestore.h"
#include "rules/signalrules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace karvan::reports {

namespace {

// The accounts the scope covers: every one, or those whose current stage the team or person owns.
QSet<qint64> accountsInScope(const QSqlDatabase &db, const std::vector<AccountRow> &book,
                             const PortfolioScope &scope)
{
    QSet<qint64> ids;
    const CurrentOwners owners = OwnershipResolver(db).currentOwners();
    for (const AccountRow &row : book) {
        const ResolvedOwner &o = owners.of(row.id, row.stage);
        if (!scope.teamKey.isEmpty() && o.teamKey != scope.teamKey)
            continue;
        if (!scope.ownerEmail.isEmpty() && o.personEmail.compare(scope.ownerEmail, Qt::CaseInsensitive) != 0)
            continue;
        ids.insert(row.id);
    }
    return ids;
}

Metrics scopedMetrics(const QSqlDatabase &db, const PortfolioScope &scope)
{
    const MetricsLoader loader(db);
    if (scope.teamKey.isEmpty() && scope.ownerEmail.isEmpty())
        return loader.metrics(scope.period);
    const bool byTeam = !scope.teamKey.isEmpty();
    const QString key = byTeam ? scope.teamKey : scope.ownerEmail;
    const auto groups = loader.groupedMetrics(scope.period, byTeam ? MetricsGrouping::Team
                                                                   : MetricsGrouping::Owner);
    for (const GroupMetrics &g : groups) {
        if (g.key.compare(key, Qt::CaseInsensitive) == 0)
            return g.metrics;
    }
    return {};
}

StageKpis scopedKpis(const QSqlDatabase &db, const PortfolioScope &scope)
{
    const StageKpisLoader loader(db);
    if (scope.teamKey.isEmpty() && scope.ownerEmail.isEmpty())
        return loader.kpis(scope.period);
    const bool byTeam = !scope.teamKey.isEmpty();
    const QString key = byTeam ? scope.teamKey : scope.ownerEmail;
    const auto groups = loader.groupedKpis(scope.period, byTeam ? MetricsGrouping::Team
                                                                : MetricsGrouping::Owner);
    for (const GroupStageKpis &g : groups) {
        if (g.key.compare(key, Qt::CaseInsensitive) == 0)
            return g.kpis;
    }
    return {};
}

// Days since the latest contact as the health engagement measure counts them (nullopt: none).
std::optional<int> silentDays(const AccountHealth &h)
{
    for (const MeasureResult &m : h.computed.measures) {
        if (m.key == QLatin1String("engagement"))
            return m.hasData && m.value.isDouble() ? std::optional<int>(m.value.toInt()) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

PortfolioReport buildPortfolioReport(const QSqlDatabase &db, const PortfolioScope &scope,
                                     const QString &preparedBy, const QDate &today)
{
    PortfolioReport r;
    r.scope = scope;
    const QDate periodEnd = scope.period.toMonth().addMonths(1).addDays(-1);
    const QDate asOf = std::min(periodEnd, today);
    r.stamp = {asOf, QDateTime::currentDateTimeUtc(), preparedBy};

    const PeopleStore people(db, QString());
    r.scopeLabel = Report::tr("All accounts");
    if (!scope.teamKey.isEmpty()) {
        const std::optional<Team> team = people.teamByKey(scope.teamKey);
        if (!team)
            throw DataError(Report::tr("report: unknown team '%1'").arg(scope.teamKey));
        r.scopeLabel = Report::tr("Team: %1").arg(team->name);
    }
    if (!scope.ownerEmail.isEmpty()) {
        const std::optional<Person> person = people.personByEmail(scope.ownerEmail);
        if (!person)
            throw DataError(Report::tr("report: unknown owner '%1'").arg(scope.ownerEmail));
        r.scopeLabel = scope.teamKey.isEmpty() ? Report::tr("Owner: %1").arg(person->name)
                                               : r.scopeLabel + QStringLiteral(", ")
                                                     + Report::tr("Owner: %1").arg(person->name);
    }

    r.thresholds = SignalThresholds::fromSettings(db);

    const std::vector<AccountRow> book = AccountBook(db).loadBook();
    const QSet<qint64> inScope = accountsInScope(db, book, scope);
    r.metrics = scopedMetrics(db, scope);
    r.kpis = scopedKpis(db, scope);

    const std::vector<AccountHealth> health = HealthService(db).evaluateAll(asOf);
    QHash<qint64, const AccountHealth *> healthOf;
    for (const AccountHealth &h : health)
        healthOf.insert(h.accountId, &h);

    // At risk: what the signal rules red, renewal and silent find as of the day (the rules
    // that raise tasks; their thresholds are the settings').
    QHash<qint64, QSet<QString>> signals;
    const QStringList riskRules{QStringLiteral("red"), QStringLiteral("renewal"), QStringLiteral("silent")};
    for (const SignalHit &hit : SignalRules(db).evaluate(asOf, riskRules))
        signals[hit.accountId].insert(hit.rule);

    QHash<int, int> counts;
    for (const AccountRow &row : book) {
        if (!inScope.contains(row.id))
            continue;
        ++r.accounts;
        const AccountHealth *h = healthOf.value(row.id);
        const Band band = h ? h->band() : Band::Insufficient;
        ++counts[int(band)];
        if (band != Band::Churned)
            ++r.activeAccounts;
        const QSet<QString> fired = signals.value(row.id);
        if (fired.isEmpty())
            continue;
        RiskAccount risk;
        risk.accountId = row.id;
        risk.extId = row.extId;
        risk.name = row.name;
        risk.owner = row.ownerName;
        risk.band = band;
        risk.score = h ? h->computed.score : std::nullopt;
        risk.mrr = row.mrr;
        risk.renewalDate = row.renewalDate;
        risk.silentDays = h ? silentDays(*h) : std::nullopt;
        risk.red = fired.contains(QStringLiteral("red"));
        risk.renewingSoon = fired.contains(QStringLiteral("renewal"));
        risk.silent = fired.contains(QStringLiteral("silent"));
        r.atRisk.push_back(risk);
    }
    for (Band b : allBands())
        r.bands.emplace_back(b, counts.value(int(b)));
    std::stable_sort(r.atRisk.begin(), r.atRisk.end(), [](const RiskAccount &a, const RiskAccount &b) {
        const int ra = int(a.red) + int(a.renewingSoon) + int(a.silent);
        const int rb = int(b.red) + int(b.renewingSoon) + int(b.silent);
        if (ra != rb)
            return ra > rb;
        return a.mrr > b.mrr;
    });

    OwnershipMatrix matrix(db);
    matrix.build(asOf);
    QSet<QString> scopeOwners;
    for (const AccountRow &row : book) {
        if (inScope.contains(row.id) && !row.ownerEmail.isEmpty())
            scopeOwners.insert(row.ownerEmail.toLower());
    }
    for (const OwnershipGap &g : matrix.gaps()) {
        if (inScope.contains(g.accountId))
            r.gaps.push_back(g);
    }
    const bool everyone = scope.teamKey.isEmpty() && scope.ownerEmail.isEmpty();
    for (const OwnerLoad &l : matrix.load()) {
        if (everyone || scopeOwners.contains(l.email.toLower()))
            r.load.push_back(l);
    }
    return r;
}

} // namespace karvan::reports
