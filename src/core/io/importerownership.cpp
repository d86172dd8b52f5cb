#include "io/importerownership.h"

#include "domain/errors.h"
#include "io/importercontext.h"
#include "io/importerkind.h"
#include "storage/sql.h"
#include "domain/stage.h"

#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace karvan {

namespace {

QVariant personValue(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toLongLong());
}

} // namespace

ImporterOwnership::ImporterOwnership(ImporterContext &ctx) : m_ctx(ctx)
{
    QHash<qint64, qint64> keysById;
    QSqlQuery q = sql::run(ctx.db(), QStringLiteral(
        "SELECT id, account_id, stage, person_id, team_id, supporting_set FROM ownership"));
    while (sql::next(q)) {
        Entry entry;
        entry.id = q.value(0).toLongLong();
        entry.personId = q.value(3).isNull() ? QVariant() : QVariant(q.value(3).toLongLong());
        entry.teamId = q.value(4).isNull() ? QVariant() : QVariant(q.value(4).toLongLong());
        entry.supportingSet = q.value(5).toInt() != 0;
        const qint64 k = stageKey(q.value(1).toLongLong(), q.value(2).toString());
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

void ImporterOwnership::addHistoryRow(std::initializer_list<QVariant> values)
{
    if (!m_historyRows) {
        m_historyRows.emplace(m_ctx.db(), QStringLiteral(
            "INSERT INTO ownership_history (account_id, stage, person_id, team_id, supporting,"
            " valid_from, changed_by, placeholder)"), 8);
    }
    m_historyRows->add(values);
}

void ImporterOwnership::flush()
{
    if (m_historyRows)
        m_historyRows->flush();
    if (m_supportingRows)
        m_supportingRows->flush();
    m_supportingWaiting.clear();
    dropPlaceholders();
}

void ImporterOwnership::flushSupportingOf(qint64 ownershipId)
{
    if (!m_supportingWaiting.contains(ownershipId))
        return;
    m_supportingRows->flush();
    m_supportingWaiting.clear();
}

void ImporterOwnership::dropPlaceholders()
{
    if (m_placeholdersToDrop.isEmpty())
        return;
    if (m_historyRows)
        m_historyRows->flush();  // the placeholders still waiting go too
    std::vector<qint64> keys(m_placeholdersToDrop.cbegin(), m_placeholdersToDrop.cend());
    m_placeholdersToDrop.clear();
    std::sort(keys.begin(), keys.end());  // in the index's order
    BulkInserter &del = prepared(m_dropPlaceholders,
        "DELETE FROM ownership_history WHERE account_id = ? AND stage = ? AND placeholder = 1");
    for (const qint64 k : keys) {
        del.bindInt(0, k / 8);
        del.bindText(1, karvan::stageKey(kAllStages[size_t(k % 8)]));
        del.step();
    }
}

void ImporterOwnership::loadHistory()
{
    if (m_historyLoaded)
        return;
    m_historyLoaded = true;
    flush();  // the rows this import added so far are part of the history read here
    QSqlQuery q = sql::run(m_ctx.db(), QStringLiteral(
        "SELECT id, account_id, stage, person_id, valid_from, placeholder FROM ownership_history"
        " ORDER BY id"));
    while (sql::next(q)) {
        const qint64 accountId = q.value(1).toLongLong();
        const QString stage = q.value(2).toString();
        StageHistory &h = m_history[stageKey(accountId, stage)];
        if (q.value(5).toInt() != 0) {
            ++h.placeholders;
            h.newestPlaceholder = personValue(q.value(3));
            continue;
        }
        const int day = dayNumber(q.value(4).toString());
        h.latestDated = std::max(h.latestDated, day);
        m_dated.insert(DatedKey{accountId, stageIndex(stageFromKey(stage).value_or(Stage::Acquisition)), day},
                       q.value(0).toLongLong());
    }
}

BulkInserter &ImporterOwnership::prepared(std::unique_ptr<BulkInserter> &slot, const char *statement)
{
    if (!slot)
        slot = std::make_unique<BulkInserter>(m_ctx.db(), QString::fromLatin1(statement));
    return *slot;
}

qint64 ImporterOwnership::stageKey(qint64 accountId, const QString &stage)
{
    return accountId * 8 + stageIndex(stageFromKey(stage).value_or(Stage::Acquisition));
}

const ImporterOwnership::Entry *ImporterOwnership::find(qint64 accountId, const QString &stage) const
{
    const auto it = m_rows.constFind(stageKey(accountId, stage));
    return it == m_rows.cend() ? nullptr : &*it;
}

void ImporterOwnership::set(qint64 accountId, const QString &stage, const QVariant &personId,
                            const QVariant &teamId, const std::optional<QList<qint64>> &supporting)
{
    Entry written;
    if (store(accountId, stage, personId, teamId, supporting, &written))
        history(accountId, stage, written);
}

bool ImporterOwnership::store(qint64 accountId, const QString &stage, const QVariant &personId,
                              const QVariant &teamId, const std::optional<QList<qint64>> &supporting,
                              Entry *written)
{
    const qint64 k = stageKey(accountId, stage);
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
        BulkInserter &q = prepared(m_update,
            "UPDATE ownership SET person_id = ?, team_id = ?, supporting_set = ? WHERE id = ?");
        q.bind(0, entry.personId);
        q.bind(1, entry.teamId);
        q.bindInt(2, entry.supportingSet ? 1 : 0);
        q.bindInt(3, entry.id);
        q.step();
    } else {
        BulkInserter &q = prepared(m_insert,
            "INSERT INTO ownership (account_id, stage, person_id, team_id, supporting_set)"
            " VALUES (?, ?, ?, ?, ?)");
        q.bindInt(0, accountId);
        q.bindText(1, stage);
        q.bind(2, entry.personId);
        q.bind(3, entry.teamId);
        q.bindInt(4, entry.supportingSet ? 1 : 0);
        entry.id = q.stepForNewId();
    }
    if (supportingChanged)
        writeSupporting(entry, existed);
    if (m_eachStageOnce)
        m_rows.remove(k);
    else
        m_rows.insert(k, entry);
    if (written)
        *written = entry;
    return true;
}

void ImporterOwnership::clearOwner(qint64 accountId, const QString &stage)
{
    const qint64 k = stageKey(accountId, stage);
    const auto it = m_rows.constFind(k);
    if (it == m_rows.cend() || (it->personId.isNull() && it->teamId.isNull()))
        return;
    if (it->supportingSet) {
        set(accountId, stage, QVariant(), QVariant(), std::nullopt);
        return;
    }
    flushSupportingOf(it->id);
    BulkInserter &del = prepared(m_delete, "DELETE FROM ownership WHERE id = ?");
    del.bindInt(0, it->id);
    del.step();
    m_rows.remove(k);
    history(accountId, stage, Entry());
}

void ImporterOwnership::writeSupporting(const Entry &entry, bool replace)
{
    if (replace) {
        flushSupportingOf(entry.id);  // the rows this import gave it before go too
        BulkInserter &del = prepared(m_deleteSupporting,
            "DELETE FROM ownership_supporting WHERE ownership_id = ?");
        del.bindInt(0, entry.id);
        del.step();
    }
    if (!entry.supportingSet)
        return;
    if (!m_supportingRows) {
        m_supportingRows.emplace(m_ctx.db(), QStringLiteral(
            "INSERT INTO ownership_supporting (ownership_id, team_id, position)"), 3);
    }
    for (qsizetype i = 0; i < entry.supporting.size(); ++i)
        m_supportingRows->add({entry.id, entry.supporting.at(i), i});
    m_supportingWaiting.insert(entry.id);
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
    // A placeholder written after the dates replaced the stage's placeholders is newer and
    // stays: the ones before it go first.
    if (m_placeholdersToDrop.contains(stageKey(accountId, stage)))
        dropPlaceholders();
    addHistoryRow({accountId, stage, entry.personId, entry.teamId,
                   entry.supportingSet ? QVariant(supportingText(entry.supporting)) : QVariant(),
                   m_ctx.now(), m_ctx.actor(), 1});
    if (m_historyLoaded) {
        StageHistory &h = m_history[stageKey(accountId, stage)];
        ++h.placeholders;
        h.newestPlaceholder = personValue(entry.personId);
    }
}

bool ImporterOwnership::hasDated(qint64 accountId, const QString &stage, const QString &from)
{
    loadHistory();
    return m_dated.contains(DatedKey{accountId, stageIndex(stageFromKey(stage).value_or(Stage::Acquisition)),
                                     dayNumber(from)});
}

void ImporterOwnership::setDated(qint64 accountId, const QString &stage, const QVariant &personId,
                                 const QVariant &teamId, const QList<qint64> &supporting,
                                 const QString &from)
{
    loadHistory();
    const int day = dayNumber(from);
    const DatedKey datedKey{accountId, stageIndex(stageFromKey(stage).value_or(Stage::Acquisition)), day};
    const auto dated = m_dated.constFind(datedKey);
    if (dated != m_dated.cend()) {
        flush();  // the update names a row by its id: every row in its place first
        BulkInserter &q = prepared(m_updateDated,
            "UPDATE ownership_history SET person_id = ?, team_id = ?, supporting = ? WHERE id = ?");
        q.bind(0, personId);
        q.bind(1, teamId);
        if (supporting.isEmpty())
            q.bindNull(2);
        else
            q.bindText(2, supportingText(supporting));
        q.bindInt(3, *dated);
        q.step();
    } else {
        addHistoryRow({accountId, stage, personId, teamId,
                       supporting.isEmpty() ? QVariant() : QVariant(supportingText(supporting)),
                       from, m_ctx.actor(), 0});
        // Not remembered: the file cannot name this key again (a duplicate is an error).
    }
    // The latest dated row and the newest placeholder's owner, as the history now holds them.
    StageHistory &h = m_history[stageKey(accountId, stage)];
    h.latestDated = std::max(h.latestDated, day);
    if (day < h.latestDated)
        return;  // history before the current owner
    const bool sameOwner = !h.newestPlaceholder.isNull() && personId.isValid()
        && h.newestPlaceholder.toLongLong() == personId.toLongLong();
    if (h.placeholders > 0 && !sameOwner)
        return;  // a newer change of the owner, made on an import day
    if (h.placeholders > 0) {
        // The stage's placeholders go, those this import wrote too; dropped together later
        // (flush) so that the history rows keep going in statements of many rows.
        m_placeholdersToDrop.insert(stageKey(accountId, stage));
        h.placeholders = 0;
        h.newestPlaceholder = QVariant();
    }
    store(accountId, stage, personId, teamId, supporting);
}

namespace {

// A row's key (account, stage, from as YYYYMMDD or 0): 16 bytes instead of its text.
struct SeenKey
{
    qint64 account = 0;
    int stage = 0;
    int day = 0;
    bool operator==(const SeenKey &o) const
    {
        return account == o.account && stage == o.stage && day == o.day;
    }
};

size_t qHash(const SeenKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.account, k.stage, k.day);
}

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

    void finish() override { m_store->flush(); }

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
            const SeenKey k{account.toLongLong(), stageIndex(stageFromKey(stage.toString()).value_or(Stage::Acquisition)),
                            dayNumber(fromText)};
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

    QHash<SeenKey, int> m_seen;
    std::optional<ImporterOwnership> m_store;
};

} // namespace

std::unique_ptr<ImporterKind> makeOwnershipImporter(ImporterContext &ctx)
{
    return std::make_unique<OwnershipImporter>(ctx);
}

} // namespace karvan
