#include "ownership/ownershipresolver.h"

#include "domain/errors.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace karvan {

// People and teams by id: the resolved owners share these strings.
struct OwnershipResolver::Directory
{
    struct Person
    {
        QString email;
        QString name;
        bool active = false;
        qint64 teamId = 0;
    };
    struct Team
    {
        QString key;
        QString name;
    };
    QHash<qint64, Person> people;
    QHash<qint64, Team> teams;
};

namespace {

QSqlQuery runFor(const QSqlDatabase &db, QString statement, const QString &filter,
                 std::optional<qint64> only, const QString &tail = QString())
{
    if (only)
        statement += filter;
    statement += tail;
    QSqlQuery q = sql::prepare(db, statement);
    q.setForwardOnly(true);
    if (only)
        q.addBindValue(*only);
    sql::exec(q);
    return q;
}

} // namespace

QString ResolvedOwner::label() const
{
    if (personId)
        return personName;
    return teamFromTemplate ? templateTeams : teamName;
}

const ResolvedOwner &CurrentOwners::of(qint64 accountId, Stage currentStage) const
{
    const auto it = m_own.constFind(accountId);
    return it != m_own.constEnd() ? *it : m_template[size_t(stageIndex(currentStage))];
}

OwnershipResolver::OwnershipResolver(const QSqlDatabase &db) : m_db(db) {}

const OwnershipTemplate &OwnershipResolver::ownershipTemplate() const
{
    if (!m_template)
        m_template = OwnershipTemplate::read(m_db);
    return *m_template;
}

const OwnershipResolver::Directory &OwnershipResolver::directory() const
{
    if (m_directory)
        return *m_directory;
    auto dir = std::make_shared<Directory>();
    QSqlQuery p = sql::run(m_db, QStringLiteral("SELECT id, email, name, active, team_id FROM people"));
    while (sql::next(p)) {
        dir->people.insert(p.value(0).toLongLong(), {p.value(1).toString(), p.value(2).toString(),
                                                     p.value(3).toInt() != 0, p.value(4).toLongLong()});
    }
    QSqlQuery t = sql::run(m_db, QStringLiteral("SELECT id, team_key, name FROM teams"));
    while (sql::next(t))
        dir->teams.insert(t.value(0).toLongLong(), {t.value(1).toString(), t.value(2).toString()});
    m_directory = dir;
    return *m_directory;
}

ResolvedOwner OwnershipResolver::templateOwner(const TemplateStage &stage)
{
    ResolvedOwner o;
    o.stage = stage.stage;
    o.teamId = stage.ownerTeamId;
    o.teamKey = stage.ownerTeam;
    o.teamName = stage.ownerTeamName;
    o.supporting = stage.supporting;
    o.supportingNames = stage.supportingNames;
    o.templateTeams = stage.teamsLabel();
    return o;
}

namespace {

// The rule for an account's own row: its person; its team, else the person's team, else the
// template's (already in `o`); its supporting teams when supporting_set (added later).
template <typename Directory>
void applyRow(ResolvedOwner &o, const Directory &dir, const QVariant &person,
              const QVariant &team, bool supportingSet)
{
    o.fromTemplate = false;
    qint64 teamId = team.isNull() ? 0 : team.toLongLong();
    if (!person.isNull()) {
        o.personId = person.toLongLong();
        const auto p = dir.people.constFind(*o.personId);
        if (p != dir.people.constEnd()) {
            o.personEmail = p->email;
            o.personName = p->name;
            o.personActive = p->active;
            if (!teamId)
                teamId = p->teamId;
        }
    }
    const auto t = dir.teams.constFind(teamId);
    if (t != dir.teams.constEnd()) {
        o.teamId = teamId;
        o.teamKey = t->key;
        o.teamName = t->name;
        o.teamFromTemplate = false;
    }
    if (supportingSet) {
        o.supporting.clear();
        o.supportingNames.clear();
        o.supportingFromTemplate = false;
    }
}

template <typename Directory>
void addSupporting(QSqlQuery &s, const Directory &dir, const QHash<qint64, ResolvedOwner *> &byRow)
{
    while (sql::next(s)) {
        ResolvedOwner *owner = byRow.value(s.value(0).toLongLong());
        const auto t = dir.teams.constFind(s.value(1).toLongLong());
        if (owner && t != dir.teams.constEnd()) {
            owner->supporting << t->key;
            owner->supportingNames << t->name;
        }
    }
}

} // namespace

AccountOwners OwnershipResolver::resolve(qint64 accountId) const
{
    std::vector<AccountOwners> one = resolveSome(accountId);
    if (one.empty())
        throw DataError(QStringLiteral("no account with the internal id %1").arg(accountId));
    return one.front();
}

std::vector<AccountOwners> OwnershipResolver::resolveAll() const
{
    return resolveSome(std::nullopt);
}

std::vector<AccountOwners> OwnershipResolver::resolveSome(std::optional<qint64> only) const
{
    std::array<ResolvedOwner, 6> fromTemplate;
    for (const TemplateStage &t : ownershipTemplate().stages())
        fromTemplate[size_t(stageIndex(t.stage))] = templateOwner(t);
    std::vector<AccountOwners> all;
    QHash<qint64, size_t> index;

    QSqlQuery a = runFor(m_db, QStringLiteral(
        "SELECT id, ext_id, name, stage, status, segment, model FROM accounts"), QStringLiteral(" WHERE id = ?"),
        only, QStringLiteral(" ORDER BY ext_id"));
    while (sql::next(a)) {
        AccountOwners owners;
        owners.accountId = a.value(0).toLongLong();
        owners.extId = a.value(1).toString();
        owners.name = a.value(2).toString();
        owners.currentStage = stageFromKey(a.value(3).toString()).value_or(Stage::Acquisition);
        owners.active = a.value(4).toString() != QLatin1String("churned");
        owners.segment = a.value(5).toString();
        owners.model = a.value(6).toString();
        owners.stages = fromTemplate;
        index.insert(owners.accountId, all.size());
        all.push_back(std::move(owners));
    }
    if (all.empty())
        return all;

    const Directory &dir = directory();
    QHash<qint64, ResolvedOwner *> byRow; // rows with supporting_set, by ownership id
    QSqlQuery o = runFor(m_db, QStringLiteral(
        "SELECT id, account_id, stage, person_id, team_id, supporting_set FROM ownership"),
        QStringLiteral(" WHERE account_id = ?"), only);
    while (sql::next(o)) {
        const auto it = index.constFind(o.value(1).toLongLong());
        const std::optional<Stage> stage = stageFromKey(o.value(2).toString());
        if (it == index.constEnd() || !stage)
            continue;
        ResolvedOwner &owner = all[*it].stages[size_t(stageIndex(*stage))];
        const bool supportingSet = o.value(5).toInt() != 0;
        applyRow(owner, dir, o.value(3), o.value(4), supportingSet);
        if (supportingSet)
            byRow.insert(o.value(0).toLongLong(), &owner);
    }
    if (byRow.isEmpty())
        return all;
    QSqlQuery s = runFor(m_db, QStringLiteral(
        "SELECT s.ownership_id, s.team_id FROM ownership_supporting s"
        " JOIN ownership o ON o.id = s.ownership_id"),
        QStringLiteral(" WHERE o.account_id = ?"), only,
        QStringLiteral(" ORDER BY s.ownership_id, s.position"));
    addSupporting(s, dir, byRow);
    return all;
}

CurrentOwners OwnershipResolver::currentOwners(std::optional<qint64> accountId) const
{
    CurrentOwners result;
    for (const TemplateStage &t : ownershipTemplate().stages())
        result.m_template[size_t(stageIndex(t.stage))] = templateOwner(t);
    const Directory &dir = directory();
    std::vector<std::pair<qint64, qint64>> withSupporting; // ownership id, account id
    QSqlQuery o = runFor(m_db, QStringLiteral(
        "SELECT o.id, o.account_id, a.stage, o.person_id, o.team_id, o.supporting_set"
        " FROM ownership o JOIN accounts a ON a.id = o.account_id AND a.stage = o.stage"),
        QStringLiteral(" WHERE o.account_id = ?"), accountId);
    while (sql::next(o)) {
        const std::optional<Stage> stage = stageFromKey(o.value(2).toString());
        if (!stage)
            continue;
        ResolvedOwner &owner = result.m_own[o.value(1).toLongLong()];
        owner = result.m_template[size_t(stageIndex(*stage))];
        const bool supportingSet = o.value(5).toInt() != 0;
        applyRow(owner, dir, o.value(3), o.value(4), supportingSet);
        if (supportingSet)
            withSupporting.emplace_back(o.value(0).toLongLong(), o.value(1).toLongLong());
    }
    if (withSupporting.empty())
        return result;
    QHash<qint64, ResolvedOwner *> byRow; // taken once m_own no longer grows
    for (const auto &[ownershipId, account] : withSupporting)
        byRow.insert(ownershipId, &result.m_own[account]);
    QSqlQuery s = runFor(m_db, QStringLiteral(
        "SELECT s.ownership_id, s.team_id FROM ownership_supporting s"
        " JOIN ownership o ON o.id = s.ownership_id"
        " JOIN accounts a ON a.id = o.account_id AND a.stage = o.stage"),
        QStringLiteral(" WHERE o.account_id = ?"), accountId,
        QStringLiteral(" ORDER BY s.ownership_id, s.position"));
    addSupporting(s, dir, byRow);
    return result;
}

OwnershipTimeline OwnershipResolver::timeline() const
{
    const Directory &dir = directory();
    const OwnershipTemplate &tmpl = ownershipTemplate();
    QHash<QString, QString> templateOwnerTeam;
    for (const TemplateStage &t : tmpl.stages()) {
        if (!t.ownerTeam.isEmpty())
            templateOwnerTeam.insert(stageKey(t.stage), t.ownerTeam);
    }
    // A row's person and team as the resolver reads them; the template's team stays out (the
    // timeline adds it for rows without a team).
    auto owned = [&dir](QSqlQuery &q) {
        OwnershipTimeline::Row row;
        row.accountId = q.value(0).toLongLong();
        row.stage = q.value(1).toString();
        ResolvedOwner o;
        applyRow(o, dir, q.value(2), q.value(3), false);
        row.email = o.personEmail;
        row.team = o.teamKey;
        return row;
    };
    std::vector<OwnershipTimeline::Row> history;
    QSqlQuery h = sql::run(m_db, QStringLiteral(
        "SELECT account_id, stage, person_id, team_id, valid_from FROM ownership_history"
        " ORDER BY account_id, stage, valid_from, id"));
    while (sql::next(h)) {
        history.push_back(owned(h));
        history.back().validFrom = h.value(4).toString();
    }
    std::vector<OwnershipTimeline::Row> current;
    QSqlQuery o = sql::run(m_db, QStringLiteral(
        "SELECT account_id, stage, person_id, team_id FROM ownership"));
    while (sql::next(o))
        current.push_back(owned(o));
    return OwnershipTimeline(std::move(history), std::move(current), std::move(templateOwnerTeam));
}

QHash<qint64, int> OwnershipResolver::ownedActiveAccounts(std::optional<qint64> personId) const
{
    // A person owns a stage only through an account's own row: the template names teams.
    QHash<qint64, int> owned;
    QSqlQuery q = runFor(m_db, QStringLiteral(
        "SELECT o.person_id, count(*) FROM ownership o"
        " JOIN accounts a ON a.id = o.account_id AND a.stage = o.stage"
        " WHERE o.person_id IS NOT NULL AND a.status = 'active'"),
        QStringLiteral(" AND o.person_id = ?"), personId, QStringLiteral(" GROUP BY o.person_id"));
    while (sql::next(q))
        owned.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return owned;
}

} // namespace karvan
