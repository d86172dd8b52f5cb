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
        return;

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
    history(accountId, stage, entry);
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

void ImporterOwnership::history(qint64 accountId, const QString &stage, const Entry &entry)
{
    QStringList keys;
    for (const qint64 team : entry.supporting)
        keys.append(m_ctx.teamKey(team));
    QSqlQuery &q = prepared(m_history,
        "INSERT INTO ownership_history (account_id, stage, person_id, team_id, supporting,"
        " valid_from, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, accountId);
    q.bindValue(1, stage);
    q.bindValue(2, entry.personId);
    q.bindValue(3, entry.teamId);
    q.bindValue(4, entry.supportingSet ? QVariant(keys.join(QLatin1Char(';'))) : QVariant());
    q.bindValue(5, m_ctx.now());
    q.bindValue(6, m_ctx.actor());
    sql::exec(q);
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
        QVariant account, stage, person;
        qint64 teamId = 0;
        bool ok = row.account(QStringLiteral("account_id"), true, &account);
        ok = row.choice(stageColumn, stageKeys(), true, &stage) && ok;
        ok = row.person(QStringLiteral("owner"), true, &person, &teamId) && ok;
        std::optional<QList<qint64>> supporting;
        if (has(QStringLiteral("supporting"))) {
            supporting.emplace();
            ok = readSupporting(row, &*supporting) && ok;
        }
        if (!account.isNull() && !stage.isNull()) {
            const QString k = account.toString() + QLatin1Char('/') + stage.toString();
            const auto keyText = [&] {
                return QStringLiteral("(account_id '%1', stage '%2')")
                    .arg(row.trimmed(QStringLiteral("account_id")), stage.toString());
            };
            if (!firstOccurrence(m_seen, k, row, stageColumn, keyText))
                ok = false;
        }
        if (!ok)
            return;
        count(m_store->find(account.toLongLong(), stage.toString()) != nullptr);
        if (!m_ctx.writing())
            return;
        m_store->set(account.toLongLong(), stage.toString(), person, teamId, supporting);
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
