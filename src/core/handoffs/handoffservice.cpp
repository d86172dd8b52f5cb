#include "handoffs/handoffservice.h"
#include "domain/storedtext.h"

#include "accounts/accounteditor.h"
#include "accounts/stageownereditor.h"
#include "domain/errors.h"
#include "domain/handoffrule.h"
#include "ownership/ownershiptemplate.h"
#include "storage/audit.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace karvan {

namespace {

const QStringList kCsmTeams = {QStringLiteral("customer_success"), QStringLiteral("account_management")};

} // namespace

QStringList Handoff::missingRequired() const
{
    QStringList missing;
    for (const HandoffItem &item : items) {
        if (item.required && !item.done)
            missing << QStringLiteral("%1. %2").arg(item.n).arg(item.text);
    }
    return missing;
}

HandoffService::HandoffService(QSqlDatabase db, QString actor)
    : m_db(std::move(db)), m_actor(std::move(actor)) {}

QString HandoffService::stamp() const
{
    return m_now.isValid() ? m_now.toUTC().toString(Qt::ISODate) : audit::nowUtc();
}

QStringList HandoffService::states()
{
    return {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("accepted"),
            QStringLiteral("returned")};
}

std::optional<HandoffService::Person> HandoffService::person(const QString &email) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "SELECT p.id, p.email, t.team_key, p.active, t.id FROM people p JOIN teams t ON t.id = p.team_id"
        " WHERE p.email = ?"));
    q.addBindValue(email);
    sql::exec(q);
    if (!sql::next(q))
        return std::nullopt;
    return Person{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                  q.value(4).toLongLong()};
}

HandoffService::Person HandoffService::actingPerson() const
{
    if (m_actor.isEmpty())
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "Nobody is acting: name the person who takes this step."));
    const std::optional<Person> p = person(m_actor);
    if (!p)
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "'%1' is not a known person.").arg(m_actor));
    return *p;
}

Handoff HandoffService::require(qint64 id) const
{
    return get(id);
}

void HandoffService::requireState(const Handoff &h, const QStringList &allowed, const QString &step) const
{
    if (!allowed.contains(h.state))
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "Hand-off %1 is %2: it cannot be %3.").arg(h.id).arg(h.state, step));
}

void HandoffService::requireActor(const QString &email, const Handoff &h, const QString &who) const
{
    if (m_actor.compare(email, Qt::CaseInsensitive) != 0)
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "Only %1 (%2 of hand-off %3) can take this step, not %4.")
                            .arg(email, who).arg(h.id).arg(m_actor.isEmpty() ? QCoreApplication::translate("karvan::HandoffService", "nobody") : m_actor));
}

qint64 HandoffService::start(const QString &accountExtId, const QString &csmEmail)
{
    const Person sales = actingPerson();
    QSqlQuery a = sql::prepare(m_db, QStringLiteral("SELECT id FROM accounts WHERE ext_id = ?"));
    a.addBindValue(accountExtId);
    sql::exec(a);
    if (!sql::next(a))
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "There is no account '%1'.").arg(accountExtId));
    const qint64 accountId = a.value(0).toLongLong();
    if (const std::optional<Handoff> last = latestFor(accountId); last && last->open())
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "Account %1 already has an open hand-off (%2, %3).")
                            .arg(accountExtId).arg(last->id).arg(last->state));
    const std::optional<Person> csm = person(csmEmail);
    if (!csm || !csm->active || !kCsmTeams.contains(csm->teamKey))
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "'%1' is not an active person of Customer Success or Account Management.").arg(csmEmail));

    Transaction tx(m_db);
    const QString now = stamp();
    QSqlQuery h = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO handoffs (account_id, from_person_id, to_person_id, status, created_at)"
        " VALUES (?, ?, ?, 'draft', ?) RETURNING id"));
    h.addBindValue(accountId);
    h.addBindValue(sales.id);
    h.addBindValue(csm->id);
    h.addBindValue(now);
    sql::exec(h);
    if (!sql::next(h))
        throw DatabaseError(QCoreApplication::translate("karvan::HandoffService", "The new hand-off got no id."));
    const qint64 id = h.value(0).toLongLong();
    h.finish();  // the statement must be done before COMMIT
    QSqlQuery items = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO handoff_items (handoff_id, position, text, required, help)"
        " SELECT ?, row_number() OVER (ORDER BY position, id), text, required, help"
        " FROM checklist_template"));
    items.addBindValue(id);
    sql::exec(items);
    event(id, QStringLiteral("start"));
    audit::record(m_db, m_actor, QStringLiteral("handoff"), QString::number(id), QStringLiteral("state"),
                  QVariant(), QStringLiteral("draft %1 -> %2").arg(accountExtId, csm->email));
    tx.commit();
    return id;
}

void HandoffService::setItem(qint64 id, int n, bool done, const std::optional<QString> &note)
{
    actingPerson();
    const Handoff h = require(id);
    requireActor(h.sales, h, QCoreApplication::translate("karvan::HandoffService", "the Sales owner"));
    requireState(h, {QStringLiteral("draft"), QStringLiteral("returned")}, QCoreApplication::translate("karvan::HandoffService", "edited"));
    if (n < 1 || n > int(h.items.size()))
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "Hand-off %1 has no item %2 (items 1 to %3).").arg(id).arg(n).arg(h.items.size()));
    const HandoffItem &before = h.items[size_t(n - 1)];

    Transaction tx(m_db);
    const QString now = stamp();
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE handoff_items SET done = ?, done_by = ?, done_at = ?, note = ?"
        " WHERE handoff_id = ? AND position = ?"));
    q.addBindValue(done ? 1 : 0);
    q.addBindValue(done ? QVariant(m_actor) : QVariant());
    q.addBindValue(done ? QVariant(now) : QVariant());
    q.addBindValue(note ? QVariant(note->trimmed()) : (before.note.isEmpty() ? QVariant() : QVariant(before.note)));
    q.addBindValue(id);
    q.addBindValue(n);
    sql::exec(q);
    event(id, done ? QStringLiteral("tick") : QStringLiteral("untick"));
    audit(h, QStringLiteral("item %1").arg(n),
          QStringLiteral("%1 %2").arg(before.done ? "done" : "open", before.note).trimmed(),
          QStringLiteral("%1 %2").arg(done ? "done" : "open", note ? note->trimmed() : before.note).trimmed());
    tx.commit();
}

void HandoffService::submit(qint64 id)
{
    actingPerson();
    const Handoff h = require(id);
    requireActor(h.sales, h, QCoreApplication::translate("karvan::HandoffService", "the Sales owner"));
    requireState(h, {QStringLiteral("draft"), QStringLiteral("returned")}, QCoreApplication::translate("karvan::HandoffService", "submitted"));
    QStringList missing = h.missingRequired();
    for (QString &item : missing)
        item = display::storedText(item);
    if (!missing.isEmpty())
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "Hand-off %1 cannot be submitted: required items not done: %2.")
                            .arg(id).arg(missing.join(QStringLiteral("; "))));
    Transaction tx(m_db);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE handoffs SET status = 'submitted', submitted_at = ?, decided_at = NULL WHERE id = ?"));
    q.addBindValue(stamp());
    q.addBindValue(id);
    sql::exec(q);
    event(id, QStringLiteral("submit"));
    audit(h, QStringLiteral("state"), h.state, QStringLiteral("submitted"));
    tx.commit();
}

void HandoffService::accept(qint64 id)
{
    const Person csm = actingPerson();
    const Handoff h = require(id);
    requireActor(h.csm, h, QCoreApplication::translate("karvan::HandoffService", "the named CSM"));
    requireState(h, {QStringLiteral("submitted")}, QCoreApplication::translate("karvan::HandoffService", "accepted"));
    Transaction tx(m_db);
    setState(id, QStringLiteral("accepted"), QStringLiteral("decided_at"), QString());
    moveOwnership(h, csm);
    QSqlQuery stage = sql::prepare(m_db, QStringLiteral("SELECT stage FROM accounts WHERE id = ?"));
    stage.addBindValue(h.accountId);
    sql::exec(stage);
    if (sql::next(stage) && stage.value(0).toString() == stageKey(Stage::Acquisition))
        AccountEditor(m_db, m_actor).changeStage(h.accountId, Stage::Implementation);
    addTasks(h);
    event(id, QStringLiteral("accept"));
    audit(h, QStringLiteral("state"), h.state, QStringLiteral("accepted"));
    tx.commit();
}

void HandoffService::returnToSales(qint64 id, const QString &reason)
{
    actingPerson();
    const Handoff h = require(id);
    requireActor(h.csm, h, QCoreApplication::translate("karvan::HandoffService", "the named CSM"));
    requireState(h, {QStringLiteral("submitted")}, QCoreApplication::translate("karvan::HandoffService", "returned"));
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw DataError(QCoreApplication::translate("karvan::HandoffService", "Say why hand-off %1 goes back to Sales: the reason is empty.").arg(id));
    Transaction tx(m_db);
    setState(id, QStringLiteral("returned"), QStringLiteral("decided_at"), why);
    event(id, QStringLiteral("return"), why);
    audit(h, QStringLiteral("state"), h.state, QStringLiteral("returned: ") + why);
    tx.commit();
}

void HandoffService::setState(qint64 id, const QString &state, const QString &column, const QString &note)
{
    // `column` is one of our own column names.
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "UPDATE handoffs SET status = ?, %1 = ?, decision_note = coalesce(?, decision_note) WHERE id = ?").arg(column));
    q.addBindValue(state);
    q.addBindValue(stamp());
    q.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    q.addBindValue(id);
    sql::exec(q);
}

void HandoffService::event(qint64 id, const QString &action, const QString &reason)
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO handoff_events (handoff_id, at, actor, action, note) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(stamp());
    q.addBindValue(m_actor);
    q.addBindValue(action);
    q.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
    sql::exec(q);
}

void HandoffService::audit(const Handoff &h, const QString &field, const QVariant &before, const QVariant &after)
{
    audit::record(m_db, m_actor, QStringLiteral("handoff"), QString::number(h.id), field, before, after);
}

void HandoffService::moveOwnership(const Handoff &h, const Person &csm)
{
    // Every stage whose template owner team is Customer Success or Account Management, from today.
    StageOwnerEditor accounts(m_db, m_actor);
    const OwnershipTemplate tmpl = OwnershipTemplate::read(m_db);
    for (const TemplateStage &stage : tmpl.stages()) {
        if (!kCsmTeams.contains(stage.ownerTeam))
            continue;
        OwnerState state = accounts.ownerState(h.accountId, stage.stage);
        if (state.exists && state.personId == csm.id && state.teamId == csm.teamId)
            continue;
        if (!state.exists)
            state = OwnerState{};
        state.exists = true;
        state.personId = csm.id;
        state.teamId = csm.teamId;  // the history names the CSM's team, as an import does
        accounts.setOwnerState(h.accountId, stage.stage, state);
    }
}

int HandoffService::overdueDays() const
{
    return qMax(0, SettingsStore(m_db).intValue(overdueDaysSetting(), handoffrule::kDefaultOverdueDays));
}

} // namespace karvan
