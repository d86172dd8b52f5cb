#include "io/exporter.h"

#include "io/csvwriter.h"
#include "storage/database.h"
#include "domain/money.h"
#include "storage/sql.h"
#include "ownership/ownershipresolver.h"

#include <QHash>
#include <QSqlQuery>

namespace karvan {

namespace {

// The stored columns of each kind, in csvColumns() order, ordered by the key. The accounts'
// owner column (NULL here) is the resolver's owner of the current stage. Rows of `ownership`
// without a person are not written: the CSV form needs an owner.
QString selectFor(CsvKind kind)
{
    switch (kind) {
    case CsvKind::People:
        return QStringLiteral(
            "SELECT p.email, p.name, t.team_key, p.active FROM people p"
            " JOIN teams t ON t.id = p.team_id ORDER BY p.email");
    case CsvKind::Accounts:
        return QStringLiteral(
            "SELECT a.ext_id, a.name, a.industry, a.segment, a.model, a.stage, NULL,"
            " a.contract_start, a.renewal_date, a.status, a.id FROM accounts a ORDER BY a.ext_id");
    case CsvKind::Ownership:
        // The ownership history: each dated row, and the newest row of a stage when the
        // import day stands for its date (no `from`); one row per key, the last written.
        return QStringLiteral(
            "SELECT a.ext_id, h.stage, CASE WHEN h.placeholder = 1 THEN NULL"
            " ELSE substr(h.valid_from, 1, 10) END AS day, p.email, h.supporting, max(h.id)"
            " FROM ownership_history h JOIN accounts a ON a.id = h.account_id"
            " JOIN people p ON p.id = h.person_id"
            " WHERE h.placeholder = 0 OR h.id = (SELECT max(x.id) FROM ownership_history x"
            "  WHERE x.account_id = h.account_id AND x.stage = h.stage)"
            " GROUP BY h.account_id, h.stage, day"
            " ORDER BY a.ext_id, CASE h.stage WHEN 'acquisition' THEN 1"
            " WHEN 'implementation' THEN 2 WHEN 'deployment' THEN 3 WHEN 'retention' THEN 4"
            " WHEN 'expansion' THEN 5 ELSE 6 END, day");
    case CsvKind::Stages:
        return QStringLiteral(
            "SELECT a.ext_id, substr(h.started_at, 1, 10) AS day, h.stage, max(h.id)"
            " FROM stage_history h JOIN accounts a ON a.id = h.account_id"
            " GROUP BY h.account_id, day ORDER BY a.ext_id, day");
    case CsvKind::Revenue:
        return QStringLiteral(
            "SELECT a.ext_id, r.month, r.mrr FROM revenue r JOIN accounts a ON a.id = r.account_id"
            " ORDER BY a.ext_id, r.month");
    case CsvKind::Usage:
        return QStringLiteral(
            "SELECT a.ext_id, u.month, u.active_users, u.licensed_users FROM usage u"
            " JOIN accounts a ON a.id = u.account_id ORDER BY a.ext_id, u.month");
    case CsvKind::Interactions:
        return QStringLiteral(
            "SELECT i.id, a.ext_id, i.date, i.kind, p.email, i.summary FROM interactions i"
            " JOIN accounts a ON a.id = i.account_id LEFT JOIN people p ON p.id = i.author_id"
            " ORDER BY i.id");
    case CsvKind::Tickets:
        return QStringLiteral(
            "SELECT t.ext_id, a.ext_id, t.opened, t.closed, t.priority, t.escalated FROM tickets t"
            " JOIN accounts a ON a.id = t.account_id ORDER BY t.ext_id");
    case CsvKind::Surveys:
        return QStringLiteral(
            "SELECT s.id, a.ext_id, s.date, s.kind, s.score, s.comment, t.ext_id FROM surveys s"
            " JOIN accounts a ON a.id = s.account_id LEFT JOIN tickets t ON t.id = s.ticket_id"
            " ORDER BY s.id");
    case CsvKind::Costs:
        return QStringLiteral(
            "SELECT c.id, c.date, c.category, c.amount, a.ext_id FROM costs c"
            " LEFT JOIN accounts a ON a.id = c.account_id ORDER BY c.id");
    }
    return QString();
}

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QString boolean(const QVariant &v)
{
    return v.toInt() != 0 ? QStringLiteral("true") : QStringLiteral("false");
}

QString amount(const QVariant &v)
{
    return v.isNull() ? QString() : money::format(v.toLongLong());
}

struct CustomFields
{
    QList<qint64> ids;                  // in position order
    QStringList names;
    QHash<QString, QString> values;     // "account/field" -> value
};

QString fieldKey(qint64 accountId, qint64 fieldId)
{
    return QString::number(accountId) + QLatin1Char('/') + QString::number(fieldId);
}

CustomFields loadCustomFields(const QSqlDatabase &db)
{
    CustomFields fields;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id, name FROM custom_fields ORDER BY position, id"));
    while (sql::next(q)) {
        fields.ids.append(q.value(0).toLongLong());
        fields.names.append(q.value(1).toString());
    }
    if (fields.ids.isEmpty())
        return fields;
    QSqlQuery v = sql::run(db, QStringLiteral("SELECT account_id, field_id, value FROM account_fields"));
    while (sql::next(v))
        fields.values.insert(fieldKey(v.value(0).toLongLong(), v.value(1).toLongLong()), v.value(2).toString());
    return fields;
}

} // namespace

void exportCsv(Database &db, CsvKind kind, QIODevice *out)
{
    const QSqlDatabase connection = db.connection();
    CsvWriter writer(out);
    QStringList header = csvColumns(kind);
    CustomFields custom;
    std::optional<CurrentOwners> owners;
    if (kind == CsvKind::Accounts) {
        owners = OwnershipResolver(connection).currentOwners();
        custom = loadCustomFields(connection);
        header += custom.names;
    }
    writer.writeRow(header);

    QSqlQuery q = sql::run(connection, selectFor(kind));
    QStringList row;
    while (sql::next(q)) {
        row.clear();
        switch (kind) {
        case CsvKind::People:
            row << text(q.value(0)) << text(q.value(1)) << text(q.value(2)) << boolean(q.value(3));
            break;
        case CsvKind::Accounts:
            for (int i = 0; i < 10; ++i)
                row << text(q.value(i));
            if (const std::optional<Stage> stage = stageFromKey(row[5]))
                row[6] = owners->of(q.value(10).toLongLong(), *stage).personEmail;
            for (const qint64 field : std::as_const(custom.ids))
                row << custom.values.value(fieldKey(q.value(10).toLongLong(), field));
            break;
        case CsvKind::Ownership:
            for (int i = 0; i < 5; ++i)
                row << text(q.value(i));
            break;
        case CsvKind::Stages:
            row << text(q.value(0)) << text(q.value(1)) << text(q.value(2));
            break;
        case CsvKind::Revenue:
            row << text(q.value(0)) << text(q.value(1)) << amount(q.value(2));
            break;
        case CsvKind::Usage:
            row << text(q.value(0)) << text(q.value(1)) << text(q.value(2)) << text(q.value(3));
            break;
        case CsvKind::Interactions:
            for (int i = 0; i < 6; ++i)
                row << text(q.value(i));
            break;
        case CsvKind::Tickets:
            row << text(q.value(0)) << text(q.value(1)) << text(q.value(2)) << text(q.value(3))
                << text(q.value(4)) << boolean(q.value(5));
            break;
        case CsvKind::Surveys:
            for (int i = 0; i < 7; ++i)
                row << text(q.value(i));
            break;
        case CsvKind::Costs:
            row << text(q.value(0)) << text(q.value(1)) << text(q.value(2)) << amount(q.value(3))
                << text(q.value(4));
            break;
        }
        writer.writeRow(row);
    }
    writer.flush();
}

} // namespace karvan
