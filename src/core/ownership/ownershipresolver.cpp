#include "ownership/ownershipresolver.h"

#include "domain/errors.h"
#include "storage/bulkreader.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

#include <memory>

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

// `statement`, narrowed to one account by `filter` (its `?` bound here) when `only` is set,
// then `tail`; read natively (these reads cover every account of the book).
std::unique_ptr<BulkReader> runFor(const QSqlDatabase &db, QString statement, const QString &filter,
                                   std::optional<qint64> only, const QString &tail = QString())
{
    if (only)
        statement += filter;
    statement += tail;
    auto q = std::make_unique<BulkReader>(db, statement);
    if (only)
        q->bindInt(0, *only);
    return q;
}

std::optional<qint64> idOf(const BulkReader &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.integer(column));
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
void applyRow(ResolvedOwner &o, const Directory &dir, std::optional<qint64> person, qint64 teamId,
              bool supportingSet)
{
    o.fromTemplate = false;
    if (person) {
        o.personId = *person;
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
void addSupporting(BulkReader &s, const Directory &dir, const QHash<qint64, ResolvedOwner *> &byRow)
{
    while (s.next()) {
        ResolvedOwner *owner = byRow.value(s.integer(0));
        const auto t = dir.teams.constFind(s.integer(1));
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

    const auto a = runFor(m_db, QStringLiteral(
        "SELECT id, ext_id, name, stage, status, segment, model FROM accounts"), QStringLiteral(" WHERE id = ?"),
        only, QStringLiteral(" ORDER BY ext_id"));
    while (a->next()) {
        AccountOwners owners;
        owners.accountId = a->integer(0);
        owners.extId = a->text(1);
        owners.name = a->text(2);
        owners.currentStage = stageFromKey(a->sharedText(3)).value_or(Stage::Acquisition);
        owners.active = a->sharedText(4) != QLatin1String("churned");
        owners.segment = a->sharedText(5);
        owners.model = a->sharedText(6);
        owners.stages = fromTemplate;
        index.insert(owners.accountId, all.size());
        all.push_back(std::move(owners));
    }
    if (all.empty())
        return all;

    const Directory &dir = directory();
    QHash<qint64, ResolvedOwner *> byRow; // rows with supporting_set, by ownership id
    const auto o = runFor(m_db, QStringLiteral(
        "SELECT id, account_id, stage, person_id, team_id, supporting_set FROM ownership"),
        QStringLiteral(" WHERE account_id = ?"), only);
    while (o->next()) {
        const auto it = index.constFind(o->integer(1));
        const std::optional<Stage> stage = stageFromKey(o->sharedText(2));
        if (it == index.constEnd() || !stage)
            continue;
        ResolvedOwner &owner = all[*it].stages[size_t(stageIndex(*stage))];
        const bool supportingSet = o->integer(5) != 0;
        applyRow(owner, dir, idOf(*o, 3), idOf(*o, 4).value_or(0), supportingSet);
        if (supportingSet)
            byRow.insert(o->integer(0), &owner);
    }
    if (byRow.isEmpty())
        return all;
    const auto s = runFor(m_db, QStringLiteral(
        "SELECT s.ownership_id, s.team_id FROM ownership_supporting s"
        " JOIN ownership o ON o.id = s.ownership_id"),
        QStringLiteral(" WHERE o.account_id = ?"), only,
        QStringLiteral(" ORDER BY s.ownership_id, s.position"));
    addSupporting(*s, dir, byRow);
    return all;
}

CurrentOwners OwnershipResolver::currentOwners(std::optional<qint64> accountId) const
{
    CurrentOwners result;
    for (const TemplateStage &t : ownershipTemplate().stages())
        result.m_template[size_t(stageIndex(t.stage))] = templateOwner(t);
    const Directory &dir = directory();
    std::vector<std::pair<qint64, qint64>> withSupporting; // ownership id, account id
    const auto o = runFor(m_db, QStringLiteral(
        "SELECT o.id, o.account_id, a.stage, o.person_id, o.team_id, o.supporting_set"
        " FROM ownership o JOIN accounts a ON a.id = o.account_id AND a.stage = o.stage"),
        QStringLiteral(" WHERE o.account_id = ?"), accountId);
    while (o->next()) {
        const std::optional<Stage> stage = stageFromKey(o->sharedText(2));
        if (!stage)
            continue;
        ResolvedOwner &owner = result.m_own[o->integer(1)];
        owner = result.m_template[size_t(stageIndex(*stage))];
        const bool supportingSet = o->integer(5) != 0;
        applyRow(owner, dir, idOf(*o, 3), idOf(*o, 4).value_or(0), supportingSet);
        if (supportingSet)
            withSupporting.emplace_back(o->integer(0), o->integer(1));
    }
    if (withSupporting.empty())
        return result;
    QHash<qint64, ResolvedOwner *> byRow; // taken once m_own no longer grows
    for (const auto &[ownershipId, account] : withSupporting)
        byRow.insert(ownershipId, &result.m_own[account]);
    const auto s = runFor(m_db, QStringLiteral(
        "SELECT s.ownership_id, s.team_id FROM ownership_supporting s"
        " JOIN ownership o ON o.id = s.ownership_id"
        " JOIN accounts a ON a.id = o.account_id AND a.stage = o.stage"),
        QStringLiteral(" WHERE o.account_id = ?"), accountId,
        QStringLiteral(" ORDER BY s.ownership_id, s.position"));
    addSupporting(*s, dir, byRow);
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
    auto owned = [&dir](BulkReader &q) {
        OwnershipTimeline::Row row;
        row.accountId = q.integer(0);
        row.stage = q.sharedText(1);
        ResolvedOwner o;
        applyRow(o, dir, idOf(q, 2), q.integer(3), false);
        row.email = o.personEmail;
        row.team = o.teamKey;
        return row;
    };
    std::vector<OwnershipTimeline::Row> history;
    BulkReader h(m_db, QStringLiteral(
        "SELECT account_id, stage, person_id, team_id, valid_from FROM ownership_history"
        " ORDER BY account_id, stage, valid_from, id"));
    while (h.next()) {
        history.push_back(owned(h));
        history.back().validFrom = h.sharedText(4);
    }
    std::vector<OwnershipTimeline::Row> current;
    BulkReader o(m_db, QStringLiteral("SELECT account_id, stage, person_id, team_id FROM ownership"));
    while (o.next())
        current.push_back(owned(o));
    return OwnershipTimeline(std::move(history), std::move(current), std::move(templateOwnerTeam));
}

QHash<qint64, int> OwnershipResolver::ownedActiveAccounts(std::optional<qint64> personId) const
{
    // A person owns a stage only through an account's own row: the template names teams.
    QHash<qint64, int> owned;
    const auto q = runFor(m_db, QStringLiteral(
        "SELECT o.person_id, count(*) FROM ownership o"
        " JOIN accounts a ON a.id = o.account_id AND a.stage = o.stage"
        " WHERE o.person_id IS NOT NULL AND a.status = 'active'"),
        QStringLiteral(" AND o.person_id = ?"), personId, QStringLiteral(" GROUP BY o.person_id"));
    while (q->next())
        owned.insert(q->integer(0), int(q->integer(1)));
    return owned;
}

} // namespace karvan
