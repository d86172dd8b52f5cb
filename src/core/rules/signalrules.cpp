#include "rules/signalrules.h"

#include "domain/stage.h"
#include "health/healthservice.h"
#include "ownership/ownershipresolver.h"
#include "storage/audit.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace karvan {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QSqlQuery select(const QSqlDatabase &db, const QString &text, const QVariantList &values)
{
    QSqlQuery q = sql::prepare(db, text);
    q.setForwardOnly(true);
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    return q;
}

SignalHit hitFrom(const QSqlQuery &q, const QString &rule)
{
    SignalHit h;
    h.accountId = q.value(0).toLongLong();
    h.accountKey = q.value(1).toString();
    h.rule = rule;
    return h;
}

} // namespace

SignalThresholds SignalThresholds::fromSettings(const QSqlDatabase &db)
{
    const SettingsStore s(db);
    SignalThresholds t;
    t.renewalDays = qMax(0, s.intValue(renewalSetting(), t.renewalDays));
    t.silentDays = qMax(1, s.intValue(silentSetting(), t.silentDays));
    t.escalationDays = qMax(0, s.intValue(escalationSetting(), t.escalationDays));
    t.handoffDays = qMax(0, s.intValue(handoffSetting(), handoffrule::kDefaultOverdueDays));
    t.goalDays = qMax(0, s.intValue(goalSetting(), t.goalDays));
    return t;
}

SignalRules::SignalRules(const QSqlDatabase &db) : m_db(db), m_limits(SignalThresholds::fromSettings(db)) {}

QStringList SignalRules::rules()
{
    return {QStringLiteral("renewal"), QStringLiteral("red"), QStringLiteral("silent"),
            QStringLiteral("escalation"), QStringLiteral("handoff_overdue"), QStringLiteral("goal_due")};
}

std::vector<SignalHit> SignalRules::evaluate(const QDate &asOf) const
{
    return evaluate(asOf, rules());
}

std::vector<SignalHit> SignalRules::evaluate(const QDate &asOf, const QStringList &only) const
{
    std::vector<SignalHit> out;
    if (only.contains(QStringLiteral("renewal")))
        renewal(asOf, out);
    if (only.contains(QStringLiteral("red")))
        red(asOf, out);
    if (only.contains(QStringLiteral("silent")))
        silent(asOf, out);
    if (only.contains(QStringLiteral("escalation")))
        escalation(asOf, out);
    if (only.contains(QStringLiteral("handoff_overdue")))
        handoffOverdue(asOf, out);
    if (only.contains(QStringLiteral("goal_due")))
        goalDue(asOf, out);
    assignOwners(out);
    return out;
}

void SignalRules::renewal(const QDate &asOf, std::vector<SignalHit> &out) const
{
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT id, ext_id, renewal_date FROM accounts"
        " WHERE status = 'active' AND renewal_date > ? AND renewal_date <= ?"),
        {iso(asOf), iso(asOf.addDays(m_limits.renewalDays))});
    while (sql::next(q)) {
        SignalHit h = hitFrom(q, QStringLiteral("renewal"));
        h.due = dateOf(q.value(2));
        h.since = iso(h.due);
        h.title = QStringLiteral("Renewal on %1").arg(h.since);
        out.push_back(std::move(h));
    }
}

void SignalRules::red(const QDate &asOf, std::vector<SignalHit> &out) const
{
    // The band shown as of D (an override counts) comes from the one health rule: the stored
    // health now when it is as of D for every account, else every account scored as of D.
    QSet<qint64> red;
    const HealthService health(m_db);
    if (!health.currentIsStale(asOf)) {
        health.readCurrent([&red](qint64 accountId, CurrentHealth &&now) {
            if (now.band == Band::Red)
                red.insert(accountId);
        });
    } else {
        for (const AccountHealth &h : health.evaluateAll(asOf))
            if (h.band() == Band::Red)
                red.insert(h.accountId);
    }
    if (red.isEmpty())
        return;
    // SINCE: the first month of the run of red monthly snapshots just before D's month (the
    // month after the latest snapshot that was not red), else D's month.
    const QString month = asOf.toString(QStringLiteral("yyyy-MM"));
    QHash<qint64, QString> since;
    QSqlQuery s = select(m_db, QStringLiteral(
        "SELECT s.account_id, min(s.month) FROM health_snapshots s"
        " WHERE s.month < ? AND s.band = 'red' AND s.month > coalesce((SELECT max(n.month)"
        "  FROM health_snapshots n WHERE n.account_id = s.account_id AND n.month < ?"
        "  AND n.band <> 'red'), '') GROUP BY s.account_id"), {month, month});
    while (sql::next(s))
        since.insert(s.value(0).toLongLong(), s.value(1).toString());
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT id, ext_id FROM accounts WHERE status = 'active'"), {});
    while (sql::next(q)) {
        if (!red.contains(q.value(0).toLongLong()))
            continue;
        SignalHit h = hitFrom(q, QStringLiteral("red"));
        h.since = since.value(h.accountId, month) + QStringLiteral("-01");
        h.due = asOf;
        h.title = QStringLiteral("Health is red");
        out.push_back(std::move(h));
    }
}

void SignalRules::silent(const QDate &asOf, std::vector<SignalHit> &out) const
{
    // The latest interaction up to D per account through the (account_id, date) index.
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT id, ext_id, last, start FROM (SELECT a.id, a.ext_id,"
        "  (SELECT max(i.date) FROM interactions i WHERE i.account_id = a.id AND i.date <= ?) AS last,"
        "  coalesce(a.contract_start, substr(a.created_at, 1, 10)) AS start"
        "  FROM accounts a WHERE a.status = 'active')"
        " WHERE last IS NULL OR substr(last, 1, 10) <= ?"),
        {iso(asOf) + QStringLiteral("T99"), iso(asOf.addDays(-m_limits.silentDays))});
    while (sql::next(q)) {
        SignalHit h = hitFrom(q, QStringLiteral("silent"));
        const bool never = q.value(2).isNull();
        const QDate from = never ? dateOf(q.value(3)) : dateOf(q.value(2));
        const qint64 days = from.isValid() ? qMax<qint64>(0, from.daysTo(asOf)) : 0;
        // The condition began the day the silence reached the threshold (never: the start).
        h.since = from.isValid() ? iso(never ? from : from.addDays(m_limits.silentDays))
                                 : QStringLiteral("never");
        h.due = asOf;
        h.title = QStringLiteral("No contact for %1 days").arg(days);
        out.push_back(std::move(h));
    }
}

void SignalRules::escalation(const QDate &asOf, std::vector<SignalHit> &out) const
{
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT a.id, a.ext_id, t.ext_id, t.opened FROM tickets t"
        " JOIN accounts a ON a.id = t.account_id"
        " WHERE t.escalated = 1 AND a.status = 'active' AND substr(t.opened, 1, 10) < ?"
        " AND (t.closed IS NULL OR substr(t.closed, 1, 10) > ?)"),
        {iso(asOf.addDays(-m_limits.escalationDays)), iso(asOf)});
    while (sql::next(q)) {
        SignalHit h = hitFrom(q, QStringLiteral("escalation"));
        h.since = q.value(2).toString();
        h.due = asOf;
        h.title = QStringLiteral("Escalated ticket %1 open %2 days")
                      .arg(h.since).arg(dateOf(q.value(3)).daysTo(asOf));
        out.push_back(std::move(h));
    }
}

void SignalRules::handoffOverdue(const QDate &asOf, std::vector<SignalHit> &out) const
{
    // Overdue at D by handoffrule::overdue; owned by the named CSM. The query narrows to the
    // submitted ones not decided by D; the rule decides.
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT a.id, a.ext_id, h.id, h.submitted_at, h.to_person_id, h.decided_at FROM handoffs h"
        " JOIN accounts a ON a.id = h.account_id"
        " WHERE a.status = 'active' AND h.submitted_at IS NOT NULL"
        " AND (h.status = 'submitted' OR substr(h.decided_at, 1, 10) > ?)"),
        {iso(asOf)});
    while (sql::next(q)) {
        if (!handoffrule::overdue(dateOf(q.value(3)), dateOf(q.value(5)), asOf, m_limits.handoffDays))
            continue;
        SignalHit h = hitFrom(q, QStringLiteral("handoff_overdue"));
        h.since = q.value(2).toString();
        h.due = asOf;
        h.title = QStringLiteral("Hand-off waiting %1 days").arg(dateOf(q.value(3)).daysTo(asOf));
        h.ownerFixed = true;
        if (!q.value(4).isNull())
            h.ownerId = q.value(4).toLongLong();
        out.push_back(std::move(h));
    }
}

void SignalRules::goalDue(const QDate &asOf, std::vector<SignalHit> &out) const
{
    QSqlQuery q = select(m_db, QStringLiteral(
        "SELECT a.id, a.ext_id, g.id, g.title, g.due_date FROM goals g"
        " JOIN accounts a ON a.id = g.account_id"
        " WHERE a.status = 'active' AND g.kind = 'goal' AND g.status = 'open'"
        " AND g.due_date >= ? AND g.due_date <= ?"),
        {iso(asOf), iso(asOf.addDays(m_limits.goalDays))});
    while (sql::next(q)) {
        SignalHit h = hitFrom(q, QStringLiteral("goal_due"));
        h.since = q.value(2).toString();
        h.due = dateOf(q.value(4));
        h.title = QStringLiteral("Goal due: %1").arg(q.value(3).toString());
        out.push_back(std::move(h));
    }
}

void SignalRules::assignOwners(std::vector<SignalHit> &hits) const
{
    // The owner of each account's current stage, from the one owner resolver.
    const CurrentOwners owners = OwnershipResolver(m_db).currentOwners();
    QHash<qint64, Stage> stages;
    QSqlQuery q = select(m_db, QStringLiteral("SELECT id, stage FROM accounts WHERE status = 'active'"), {});
    while (sql::next(q))
        stages.insert(q.value(0).toLongLong(),
                      stageFromKey(q.value(1).toString()).value_or(Stage::Acquisition));
    for (SignalHit &h : hits) {
        if (h.ownerFixed)
            continue;
        h.ownerId = owners.of(h.accountId, stages.value(h.accountId, Stage::Acquisition)).personId;
    }
}

int SignalRules::raise(const QDate &asOf, const QString &actor) const
{
    return raise(evaluate(asOf), actor);
}

int SignalRules::raise(const std::vector<SignalHit> &hits, const QString &actor) const
{
    Transaction tx(m_db);
    QSet<QString> known;
    QSqlQuery k = select(m_db, QStringLiteral("SELECT task_key FROM tasks WHERE rule IS NOT NULL"), {});
    while (sql::next(k))
        known.insert(k.value(0).toString());
    const QString now = audit::nowUtc();
    QSqlQuery ins = sql::prepare(m_db, QStringLiteral(
        "INSERT OR IGNORE INTO tasks (task_key, account_id, title, owner_id, due_date, rule, notes,"
        " state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', 'open', ?, ?)"));
    int added = 0;
    for (const SignalHit &h : hits) {
        const QString key = h.key();
        if (known.contains(key))
            continue;
        known.insert(key);
        ins.bindValue(0, key);
        ins.bindValue(1, h.accountId);
        ins.bindValue(2, h.title);
        ins.bindValue(3, h.ownerId ? QVariant(*h.ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
        ins.bindValue(4, h.due.isValid() ? QVariant(iso(h.due)) : QVariant(QMetaType(QMetaType::QString)));
        ins.bindValue(5, h.rule);
        ins.bindValue(6, now);
        ins.bindValue(7, now);
        sql::exec(ins);
        if (ins.numRowsAffected() != 1)
            continue;
        audit::record(m_db, actor, QStringLiteral("task"), key, QStringLiteral("created"), QVariant(), h.title);
        ++added;
    }
    tx.commit();
    return added;
}

} // namespace karvan
