// HandoffService's reading side: hand-offs with their items and events, and the quality figures.
#include "handoffs/handoffservice.h"

#include "domain/handoffrule.h"

#include "domain/errors.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace karvan {

namespace {

QDateTime parseUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

std::vector<Handoff> HandoffService::read(const QString &where, const QVariantList &values,
                                          const QDateTime &now) const
{
    // `where` is one of this file's own conditions; values are bound.
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT h.id, h.account_id, a.ext_id, a.name, h.status, f.email, f.name, t.email, t.name,"
        " h.created_at, h.submitted_at, h.decided_at, h.decision_note,"
        " (SELECT count(*) FROM handoff_items i WHERE i.handoff_id = h.id AND i.done = 1),"
        " (SELECT count(*) FROM handoff_items i WHERE i.handoff_id = h.id)"
        " FROM handoffs h JOIN accounts a ON a.id = h.account_id"
        " LEFT JOIN people f ON f.id = h.from_person_id LEFT JOIN people t ON t.id = h.to_person_id"
        " WHERE %1 ORDER BY h.created_at DESC, h.id DESC").arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    sql::exec(q);
    const int days = overdueDays();
    std::vector<Handoff> out;
    while (sql::next(q)) {
        Handoff h;
        h.id = q.value(0).toLongLong();
        h.accountId = q.value(1).toLongLong();
        h.account = q.value(2).toString();
        h.accountName = q.value(3).toString();
        h.state = q.value(4).toString();
        h.sales = q.value(5).toString();
        h.salesName = q.value(6).toString();
        h.csm = q.value(7).toString();
        h.csmName = q.value(8).toString();
        h.started = q.value(9).toString();
        h.submitted = q.value(10).toString();
        h.decided = q.value(11).toString();
        h.lastReason = q.value(12).toString();
        h.itemsDone = q.value(13).toInt();
        h.itemsTotal = q.value(14).toInt();
        h.overdue = h.state == QLatin1String("submitted")
                    && handoffrule::overdue(parseUtc(h.submitted).date(), QDate(), now.date(), days);
        out.push_back(std::move(h));
    }
    return out;
}

Handoff HandoffService::get(qint64 id, const QDateTime &now) const
{
    std::vector<Handoff> found = read(QStringLiteral("h.id = ?"), {id}, now);
    if (found.empty())
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "There is no hand-off %1.").arg(id));
    Handoff h = std::move(found.front());
    QSqlQuery items = sql::prepare(m_db, QStringLiteral(
        "SELECT position, text, help, required, done, note, done_by, done_at FROM handoff_items"
        " WHERE handoff_id = ? ORDER BY position, id"));
    items.addBindValue(id);
    sql::exec(items);
    while (sql::next(items)) {
        h.items.push_back({int(h.items.size()) + 1, items.value(1).toString(), items.value(2).toString(),
                           items.value(3).toBool(), items.value(4).toBool(), items.value(5).toString(),
                           items.value(6).toString(), items.value(7).toString()});
    }
    QSqlQuery events = sql::prepare(m_db, QStringLiteral(
        "SELECT at, actor, action, note FROM handoff_events WHERE handoff_id = ? ORDER BY at, id"));
    events.addBindValue(id);
    sql::exec(events);
    while (sql::next(events)) {
        h.events.push_back({events.value(0).toString(), events.value(1).toString(),
                            events.value(2).toString(), events.value(3).toString()});
    }
    return h;
}

std::vector<Handoff> HandoffService::list(const QString &state, const QDateTime &now) const
{
    if (state.isEmpty())
        return read(QStringLiteral("1 = 1"), {}, now);
    if (!states().contains(state))
        throw DataError(QCoreApplication::translate("karvan::HandoffService",
                            "Unknown hand-off state '%1' (one of %2).").arg(state, states().join(QStringLiteral(", "))));
    return read(QStringLiteral("h.status = ?"), {state}, now);
}

std::optional<Handoff> HandoffService::latestFor(qint64 accountId, const QDateTime &now) const
{
    const std::vector<Handoff> found = read(QStringLiteral("h.account_id = ?"), {accountId}, now);
    if (found.empty())
        return std::nullopt;
    return get(found.front().id, now);
}

std::vector<HandoffService::Choice> HandoffService::startableAccounts() const
{
    std::vector<Choice> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT a.id, a.ext_id, a.name FROM accounts a WHERE a.status = 'active' AND NOT EXISTS"
        " (SELECT 1 FROM handoffs h WHERE h.account_id = a.id AND h.status <> 'accepted')"
        " ORDER BY a.name, a.ext_id"));
    while (sql::next(q))
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::vector<HandoffService::Choice> HandoffService::csmCandidates() const
{
    std::vector<Choice> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT p.id, p.email, p.name FROM people p JOIN teams t ON t.id = p.team_id WHERE p.active = 1"
        " AND t.team_key IN ('customer_success', 'account_management') ORDER BY p.name, p.email"));
    while (sql::next(q))
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QString HandoffService::actorTeam() const
{
    const std::optional<Person> p = m_actor.isEmpty() ? std::nullopt : person(m_actor);
    return p ? p->teamKey : QString();
}

HandoffQuality HandoffService::quality(const QDateTime &now) const
{
    return qualityOf(QStringLiteral("1 = 1"), {}, now);
}

HandoffQuality HandoffService::quality(const QString &firstDay, const QString &dayAfter,
                                       const QDateTime &now) const
{
    // created_at is UTC text ('YYYY-MM-DDThh:mm:ssZ'): it sorts as it reads.
    return qualityOf(QStringLiteral("h.created_at >= ? AND h.created_at < ?"), {firstDay, dayAfter}, now);
}

HandoffQuality HandoffService::qualityOf(const QString &where, const QVariantList &values,
                                         const QDateTime &now) const
{
    QHash<qint64, QStringList> reasons;  // hand-off id -> its return reasons, oldest first
    QSqlQuery r = sql::run(m_db, QStringLiteral(
        "SELECT handoff_id, note FROM handoff_events WHERE action = 'return' ORDER BY at, id"));
    while (sql::next(r))
        reasons[r.value(0).toLongLong()] << r.value(1).toString();

    struct Acc { HandoffQualityRow row; std::vector<double> days; };
    QHash<QString, Acc> sales, csms;
    for (const Handoff &h : read(where, values, now)) {
        const QStringList why = reasons.value(h.id);
        const std::pair<QHash<QString, Acc> *, std::pair<QString, QString>> sides[] = {
            {&sales, {h.sales, h.salesName}}, {&csms, {h.csm, h.csmName}}};
        for (const auto &[map, who] : sides) {
            Acc &acc = (*map)[who.first];
            acc.row.email = who.first;
            acc.row.name = who.second;
            ++acc.row.started;
            acc.row.returned += int(why.size());
            acc.row.returnReasons << why;
            if (h.overdue)
                ++acc.row.overdueNow;
            if (h.state == QLatin1String("accepted")) {
                ++acc.row.accepted;
                acc.days.push_back(parseUtc(h.started).secsTo(parseUtc(h.decided)) / 86400.0);
            }
        }
    }
    auto finish = [](QHash<QString, Acc> &map) {
        std::vector<HandoffQualityRow> rows;
        for (Acc &acc : map) {
            acc.row.medianDaysToAccept = median(acc.days);
            rows.push_back(acc.row);
        }
        std::sort(rows.begin(), rows.end(), [](const HandoffQualityRow &a, const HandoffQualityRow &b) {
            return a.name == b.name ? a.email < b.email : a.name < b.name;
        });
        return rows;
    };
    return {finish(sales), finish(csms)};
}

} // namespace karvan
