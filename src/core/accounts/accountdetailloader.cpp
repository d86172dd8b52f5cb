// AccountDetailLoader: one account's workspace.
#include "accounts/accountdetailloader.h"

#include "domain/dates.h"
#include "domain/errors.h"
#include "health/healthservice.h"
#include "ownership/ownershipresolver.h"
#include "storage/sql.h"

#include <QObject>
#include <QSqlQuery>

namespace karvan {

namespace {

QSqlQuery byAccount(const QSqlDatabase &db, const QString &statement, qint64 accountId)
{
    QSqlQuery q = sql::prepare(db, statement);
    q.addBindValue(accountId);
    q.setForwardOnly(true);
    sql::exec(q);
    return q;
}

// The six stages' owners, as the one resolver sees them.
void loadOwners(const QSqlDatabase &db, qint64 accountId, AccountDetail &d)
{
    const OwnershipResolver resolver(db);
    const AccountOwners owners = resolver.resolve(accountId);
    d.owners.clear();
    for (const ResolvedOwner &r : owners.stages) {
        StageOwner o;
        o.stage = r.stage;
        o.overridden = !r.fromTemplate;
        o.personId = r.personId.value_or(0);
        o.personEmail = r.personEmail;
        o.personName = r.personName;
        o.teamId = r.teamId;
        o.teamName = r.teamName;
        o.supportingOverridden = !r.supportingFromTemplate;
        o.supportingKeys = r.supporting;
        o.supportingNames = r.supportingNames;
        o.templateTeams = r.templateTeams;
        o.templateSupportingNames = resolver.ownershipTemplate().at(r.stage).supportingNames;
        d.owners.push_back(o);
    }
}

void loadHistory(const QSqlDatabase &db, qint64 accountId, AccountDetail &d)
{
    QSqlQuery sh = byAccount(db, QStringLiteral(
        "SELECT id, stage, started_at, ended_at, changed_by FROM stage_history"
        " WHERE account_id = ? ORDER BY started_at DESC, id DESC"), accountId);
    while (sql::next(sh))
        d.stageHistory.push_back({sh.value(0).toLongLong(), sh.value(1).toString(),
                                  sh.value(2).toString(), sh.value(3).toString(),
                                  sh.value(4).toString()});
    QSqlQuery oh = byAccount(db, QStringLiteral(
        "SELECT h.id, h.stage, p.name, t.name, h.supporting, h.valid_from, h.changed_by"
        " FROM ownership_history h LEFT JOIN people p ON p.id = h.person_id"
        " LEFT JOIN teams t ON t.id = h.team_id WHERE h.account_id = ?"
        " ORDER BY h.valid_from DESC, h.id DESC"), accountId);
    while (sql::next(oh))
        d.ownershipHistory.push_back({oh.value(0).toLongLong(), oh.value(1).toString(),
                                      oh.value(2).toString(), oh.value(3).toString(),
                                      oh.value(4).toString(), oh.value(5).toString(),
                                      oh.value(6).toString()});
}

void loadActivity(const QSqlDatabase &db, qint64 accountId, AccountDetail &d)
{
    QSqlQuery i = byAccount(db, QStringLiteral(
        "SELECT i.id, i.date, i.kind, i.author_id, p.name, i.summary FROM interactions i"
        " LEFT JOIN people p ON p.id = i.author_id WHERE i.account_id = ?"
        " ORDER BY i.date DESC, i.id DESC"), accountId);
    while (sql::next(i))
        d.interactions.push_back({ i.value(0).toLongLong(),
            dates::fromStored(i.value(1).toString()), i.value(2).toString(),
            i.value(3).toLongLong(), i.value(4).toString(), i.value(5).toString() });
    QSqlQuery t = byAccount(db, QStringLiteral(
        "SELECT id, ext_id, opened, closed, priority, escalated, subject FROM tickets"
        " WHERE account_id = ? ORDER BY opened DESC, id DESC"), accountId);
    while (sql::next(t))
        d.tickets.push_back({ t.value(0).toLongLong(), t.value(1).toString(),
            dates::fromStored(t.value(2).toString()), dates::fromStored(t.value(3).toString()),
            t.value(4).toString(), t.value(5).toBool(), t.value(6).toString() });
    QSqlQuery s = byAccount(db, QStringLiteral(
        "SELECT s.id, s.date, s.kind, s.score, s.comment, t.ext_id FROM surveys s"
        " LEFT JOIN tickets t ON t.id = s.ticket_id WHERE s.account_id = ?"
        " ORDER BY s.date DESC, s.id DESC"), accountId);
    while (sql::next(s))
        d.surveys.push_back({ s.value(0).toLongLong(), dates::fromStored(s.value(1).toString()),
            s.value(2).toString(), s.value(3).toInt(), s.value(4).toString(),
            s.value(5).toString() });
    QSqlQuery r = byAccount(db, QStringLiteral(
        "SELECT month, mrr FROM revenue WHERE account_id = ? ORDER BY month"), accountId);
    while (sql::next(r))
        d.revenue.push_back({r.value(0).toString(), r.value(1).toLongLong()});
    QSqlQuery h = byAccount(db, QStringLiteral(
        "SELECT month, score, band FROM health_snapshots WHERE account_id = ? ORDER BY month"),
        accountId);
    while (sql::next(h))
        d.health.push_back({h.value(0).toString(),
                            h.value(1).isNull() ? std::nullopt
                                                : std::optional<double>(h.value(1).toDouble()),
                            bandFromKey(h.value(2).toString()).value_or(Band::Insufficient)});
}

} // namespace

AccountDetailLoader::AccountDetailLoader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AccountDetail AccountDetailLoader::load(qint64 accountId) const
{
    AccountDetail d;
    QSqlQuery a = byAccount(m_db, QStringLiteral(
        "SELECT id, ext_id, name, industry, segment, model, stage, status, contract_start,"
        " renewal_date, created_at, updated_at, version, updated_by FROM accounts WHERE id = ?"), accountId);
    if (!sql::next(a))
        throw DataError(QObject::tr("The account no longer exists."));
    d.id = a.value(0).toLongLong();
    d.extId = a.value(1).toString();
    d.name = a.value(2).toString();
    d.industry = a.value(3).toString();
    d.segment = a.value(4).toString();
    d.model = a.value(5).toString();
    d.stage = stageFromKey(a.value(6).toString()).value_or(Stage::Acquisition);
    d.status = a.value(7).toString();
    d.contractStart = dates::fromStored(a.value(8).toString());
    d.renewalDate = dates::fromStored(a.value(9).toString());
    d.createdAt = a.value(10).toString();
    d.updatedAt = a.value(11).toString();
    d.version = a.value(12).toLongLong();
    d.updatedBy = a.value(13).toString();

    QSqlQuery f = byAccount(m_db, QStringLiteral(
        "SELECT f.id, f.name, v.value FROM custom_fields f LEFT JOIN account_fields v"
        " ON v.field_id = f.id AND v.account_id = ? ORDER BY f.position, f.name"), accountId);
    while (sql::next(f))
        d.customFields.push_back({f.value(0).toLongLong(), f.value(1).toString(),
                                  f.value(2).isNull() ? std::nullopt
                                                      : std::optional(f.value(2).toString())});
    QSqlQuery g = byAccount(m_db, QStringLiteral(
        "SELECT id, kind, title, detail, status, due_date, created_at FROM goals"
        " WHERE account_id = ? ORDER BY kind, created_at, id"), accountId);
    while (sql::next(g))
        d.goals.push_back({ g.value(0).toLongLong(), g.value(1).toString(), g.value(2).toString(),
            g.value(3).toString(), g.value(4).toString(), dates::fromStored(g.value(5).toString()),
            g.value(6).toString() });
    QSqlQuery c = byAccount(m_db, QStringLiteral(
        "SELECT id, name, email, phone, role, is_primary FROM contacts WHERE account_id = ?"
        " ORDER BY is_primary DESC, name"), accountId);
    while (sql::next(c))
        d.contacts.push_back({c.value(0).toLongLong(), c.value(1).toString(),
                              c.value(2).toString(), c.value(3).toString(),
                              c.value(4).toString(), c.value(5).toBool()});
    loadOwners(m_db, accountId, d);
    loadHistory(m_db, accountId, d);
    loadActivity(m_db, accountId, d);

    d.current = HealthService(m_db).readCurrent(accountId);  // the health now
    return d;
}

} // namespace karvan
