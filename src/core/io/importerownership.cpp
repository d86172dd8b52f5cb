#include "io/importerownership.h"

#include "domain/errors.h"
#include "io/importercontext.h"
#include "io/importerkind.h"
#include "storage/sql.h"
#include "domain/stage.h"

#include <QSqlQuery>

namespace karvan {

ImporterOwnership::ImporterOwnership(ImporterContext &ctx) : m_ctx(ctx)
{
    QHash<qint64, QString> keysById;
    QSqlQuery q = sql::run(ctx.db(), QStringLiteral(
        "SELECT id, account_id, stage, person_id, team_id, supporting_set FROM ownership"));
    while (sql::next(q)) {
        Entry entry;
        entry.id = q.value(0).toLongLong();
        entry.personId = q.value(3).isNull() ? QVariant() : QVariant(q.value(3).toLongLong());
        entry.teamId = q.value(4).isNull() ? QVariant() : QVariant(q.value(4).toLongLong());
        entry.supportingSet = q.value(5).toInt() != 0;
        const QString k = key(q.value(1).toLongLong(), q.value(2).toString());
        keysById.insert(entry.id, k);
        m_rows.insert(k, entry);
    }
    QSqlQuery s = sql::run(ctx.db(), QStringLiteral(
        "SELECT ownership_id, team_id FROM ownership_supporting ORDER BY ownership_id, position"));
    while (sql::next(s)) {
        const auto it = m_rows.find(keysById.value(s.value(0).toLongLong()));
        if (it != m_rows.end())
            it->supporting.append(s.value(1).toLongLong());
    }
}

QSqlQuery &ImporterOwnership::prepared(std::optional<QSqlQuery> &slot, const char *statement)
{
    if (!slot)
        slot = sql::prepare(m_ctx.db(), QString::fromLatin1(statement));
    return *slot;
}

QString ImporterOwnership::key(qint64 accountId, const QString &stage)
{
    return QString::number(accountId) + QLatin1Char('/') + stage;
}

const ImporterOwnership::Entry *ImporterOwnership::find(qint64 accountId, const QString &stage) const
{
    const auto it = m_rows.constFind(key(accountId, stage));
    return it == m_rows.cend() ? nullptr : &*it;
}

void ImporterOwnership::set(qint64 accountId, const QString &stage, const QVariant &personId,
                            const QVariant &teamId, const std::optional<QList<qint64>> &supporting)
{
    if (store(accountId, stage, personId, teamId, supporting))
        history(accountId, stage, *find(accountId, stage));
}

bool ImporterOwnership::store(qint64 accountId, const QString &stage, const QVariant &personId,
                              const QVariant &teamId, const std::optional<QList<qint64>> &supporting)
{
    const QString k = key(accountId, stage);
    const auto it = m_rows.constFind(k);
    const bool existed = it != m_rows.cend();
    const Entry old = existed ? *it : Entry();
    Entry entry = old;
    entry.personId = personId;
    entry.teamId = teamId;
    if (supporting) {
        entry.supportingSet = !supporting->isEmpty();
        entry.supporting = *supporting;
    }
    const bool supportingChanged =
        entry.supportingSet != old.supportingSet || entry.supporting != old.supporting;
    if (existed && entry.personId == old.personId && entry.teamId == old.teamId && !supportingChanged)
        return false;

    if (existed) {
        QSqlQuery &q = prepared(m_update,
            "UPDATE ownership SET person_id = ?, team_id = ?, supporting_set = ? WHERE id = ?");
        q.bindValue(0, entry.personId);
        q.bindValue(1, entry.teamId);
        q.bindValue(2, entry.supportingSet ? 1 : 0);
        q.bindValue(3, entry.id);
        sql::exec(q);
    } else {
        QSqlQuery &q = prepared(m_insert,
            "INSERT INTO ownership (account_id, stage, person_id, team_id, supporting_set)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id");
        q.bindValue(0, accountId);
        q.bindValue(1, stage);
        q.bindValue(2, entry.personId);
        q.bindValue(3, entry.teamId);
        q.bindValue(4, entry.supportingSet ? 1 : 0);
        entry.id = sql::insertReturningId(q);
    }
    if (supportingChanged)
        writeSupporting(entry, existed);
    m_rows.insert(k, entry);
    return true;
}

void ImporterOwnership::clearOwner(qint64 accountId, const QString &stage)
{
    const QString k = key(accountId, stage);
    const auto it = m_rows.constFind(k);
    if (it == m_rows.cend() || (it->personId.isNull() && it->teamId.isNull()))
        return;
    if (it->supportingSet) {
        set(accountId, stage, QVariant(), QVariant(), std::nullopt);
        return;
    }
    QSqlQuery q = sql::prepare(m_ctx.db(), QStringLiteral("DELETE FROM ownership WHERE id = ?"));
    q.addBindValue(it->id);
    sql::exec(q);
    m_rows.remove(k);
    history(accountId, stage, Entry());
}

void ImporterOwnership::writeSupporting(const Entry &entry, bool replace)
{
    if (replace) {
        QSqlQuery del = sql::prepare(m_ctx.db(), QStringLiteral(
            "DELETE FROM ownership_supporting WHERE ownership_id = ?"));
        del.addBindValue(entry.id);
        sql::exec(del);
    }
    if (!entry.supportingSet)
        return;
    QSqlQuery ins = sql::prepare(m_ctx.db(), QStringLiteral(
        "INSERT INTO ownership_supporting (ownership_id, team_id, position) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < entry.supporting.size(); ++i) {
        ins.bindValue(0, entry.id);
        ins.bindValue(1, entry.supporting.at(i));
        ins.bindValue(2, int(i));
        sql::exec(ins);
    }
}

QString ImporterOwnership::supportingText(const QList<qint64> &teams) const
{
    QStringList keys;
    for (const qint64 team : teams)
        keys.append(m_ctx.teamKey(team));
    return keys.join(QLatin1Char(';'));
}

void ImporterOwnership::history(qint64 accountId, const QString &stage, const Entry &entry)
{
    QSqlQuery &q = prepared(m_history,
        "INSERT INTO ownership_history (account_id, stage, person_id, team_id, supporting,"
        " valid_from, changed_by, placeholder) VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
    q.bindValue(0, accountId);
    q.bindValue(1, stage);
    q.bindValue(2, entry.personId);
    q.bindValue(3, entry.teamId);
    q.bindValue(4, entry.supportingSet ? QVariant(supportingText(entry.supporting)) : QVariant());
    q.bindValue(5, m_ctx.now());
    q.bindValue(6, m_ctx.actor());
    sql::exec(q);
}

std::optional<qint64> ImporterOwnership::datedId(qint64 accountId, const QString &stage,
                                                 const QString &from)
{
    QSqlQuery &q = prepared(m_findDated,
        "SELECT max(id) FROM ownership_history WHERE account_id = ? AND stage = ?"
        " AND placeholder = 0 AND substr(valid_from, 1, 10) = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, stage);
    q.bindValue(2, from);
    sql::exec(q);
    std::optional<qint64> id;
    if (sql::next(q) && !q.value(0).isNull())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool ImporterOwnership::hasDated(qint64 accountId, const QString &stage, const QString &from)
{
    return datedId(accountId, stage, from).has_value();
}

void ImporterOwnership::setDated(qint64 accountId, const QString &stage, const QVariant &personId,
                                 const QVariant &teamId, const QList<qint64> &supporting,
                                 const QString &from)
{
    const QVariant supportingValue = supporting.isEmpty() ? QVariant() : QVariant(supportingText(supporting));
    if (const std::optional<qint64> id = datedId(accountId, stage, from)) {
        QSqlQuery &q = prepared(m_updateDated,
            "UPDATE ownership_history SET person_id = ?, team_id = ?, supporting = ? WHERE id = ?");
        q.bindValue(0, personId);
        q.bindValue(1, teamId);
        q.bindValue(2, supportingValue);
        q.bindValue(3, *id);
        sql::exec(q);
    } else {
        QSqlQuery &q = prepared(m_insertDated,
            "INSERT INTO ownership_history (account_id, stage, person_id, team_id, supporting,"
            " valid_from, changed_by, placeholder) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
        q.bindValue(0, accountId);
        q.bindValue(1, stage);
        q.bindValue(2, personId);
        q.bindValue(3, teamId);
        q.bindValue(4, supportingValue);
        q.bindValue(5, from);
        q.bindValue(6, m_ctx.actor());
        sql::exec(q);
    }
    // The latest dated row and the newest placeholder's owner.
    QSqlQuery &latest = prepared(m_latest,
        "SELECT (SELECT max(substr(valid_from, 1, 10)) FROM ownership_history"
        "  WHERE account_id = ? AND stage = ? AND placeholder = 0),"
        " (SELECT person_id FROM ownership_history WHERE account_id = ? AND stage = ?"
        "  AND placeholder = 1 ORDER BY id DESC LIMIT 1),"
        " (SELECT count(*) FROM ownership_history WHERE account_id = ? AND stage = ?"
        "  AND placeholder = 1)");
    for (int i = 0; i < 3; ++i) {
        latest.bindValue(2 * i, accountId);
        latest.bindValue(2 * i + 1, stage);
    }
    sql::exec(latest);
    if (!sql::next(latest))
        return;
    const QString latestFrom = latest.value(0).toString();
    const bool placeholders = latest.value(2).toLongLong() > 0;
    const bool sameOwner = latest.value(1) == personId
        || (latest.value(1).isNull() == false && personId.isValid()
            && latest.value(1).toLongLong() == personId.toLongLong());
    latest.finish();
    if (from < latestFrom)
        return;  // history before the current owner
    if (placeholders && !sameOwner)
        return;  // a newer change of the owner, made on an import day
    if (placeholders) {
        QSqlQuery del = sql::prepare(m_ctx.db(), QStringLiteral(
            "DELETE FROM ownership_history WHERE account_id = ? AND stage = ? AND placeholder = 1"));
        del.addBindValue(accountId);
        del.addBindValue(stage);
        sql::exec(del);
    }
    store(accountId, stage, personId, teamId, supporting);
}

namespace {

// ownership.csv: keyed by (account_id, stage).
class OwnershipImporter : public ImporterKind
{
public:
    using ImporterKind::ImporterKind;

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        m_store.emplace(m_ctx);
    }

    void row(const ImporterRow &row) override
    {
        const QString stageColumn = QStringLiteral("stage");
        QVariant account, stage, person, from;
        qint64 teamId = 0;
        bool ok = row.account(QStringLiteral("account_id"), true, &account);
        ok = row.choice(stageColumn, stageKeys(), true, &stage) && ok;
        ok = row.person(QStringLiteral("owner"), true, &person, &teamId) && ok;
        ok = row.date(QStringLiteral("from"), false, &from) && ok;
        std::optional<QList<qint64>> supporting;
        if (has(QStringLiteral("supporting"))) {
            supporting.emplace();
            ok = readSupporting(row, &*supporting) && ok;
        }
        const QString fromText = from.isNull() ? QString() : from.toString();
        if (!account.isNull() && !stage.isNull()) {
            const QString k = account.toString() + QLatin1Char('/') + stage.toString()
                + QLatin1Char('/') + fromText;
            const auto keyText = [&] {
                return QStringLiteral("(account_id '%1', stage '%2', from '%3')")
                    .arg(row.trimmed(QStringLiteral("account_id")), stage.toString(), fromText);
            };
            if (!firstOccurrence(m_seen, k, row, stageColumn, keyText))
                ok = false;
        }
        if (!ok)
            return;
        const qint64 accountId = account.toLongLong();
        if (fromText.isEmpty()) {
            count(m_store->find(accountId, stage.toString()) != nullptr);
            if (m_ctx.writing())
                m_store->set(accountId, stage.toString(), person, teamId, supporting);
            return;
        }
        count(m_store->hasDated(accountId, stage.toString(), fromText));
        if (m_ctx.writing()) {
            m_store->setDated(accountId, stage.toString(), person, teamId,
                              supporting.value_or(QList<qint64>()), fromText);
        }
    }

private:
    bool readSupporting(const ImporterRow &row, QList<qint64> *teams)
    {
        const QString column = QStringLiteral("supporting");
        bool ok = true;
        const QStringList parts = row.raw(column).split(QLatin1Char(';'));
        for (const QString &part : parts) {
            const QString teamKey = part.trimmed();
            if (teamKey.isEmpty())
                continue;
            const std::optional<qint64> id = m_ctx.teamId(teamKey);
            if (!id) {
                row.problem(column, QStringLiteral("unknown team '%1'").arg(teamKey));
                ok = false;
            } else if (teams->contains(*id)) {
                row.problem(column, QStringLiteral("team '%1' is listed twice").arg(teamKey));
                ok = false;
            } else {
                teams->append(*id);
            }
        }
        return ok;
    }

    QHash<QString, int> m_seen;
    std::optional<ImporterOwnership> m_store;
};

} // namespace

std::unique_ptr<ImporterKind> makeOwnershipImporter(ImporterContext &ctx)
{
    return std::make_unique<OwnershipImporter>(ctx);
}

} // namespace karvan
