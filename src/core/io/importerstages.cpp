// stages.csv: the dates an account entered its stages, keyed by (account_id, entered). The
// account's latest row must name its current stage (accounts.stage). Dated rows replace the
// placeholder rows that an accounts import opened on the import day.
#include "io/importercontext.h"
#include "io/importerkind.h"
#include "domain/stage.h"
#include "storage/sql.h"

#include "io/importerbatch.h"
#include "storage/bulkinserter.h"

#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace karvan {

namespace {

// (account, day): the key of a dated stage_history row.
struct EntryKey
{
    qint64 account = 0;
    int day = 0;  // YYYYMMDD
    bool operator==(const EntryKey &o) const { return account == o.account && day == o.day; }
};

size_t qHash(const EntryKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.account, k.day);
}

// Rows are written as they are read (the transaction is rolled back when end() finds an
// account whose latest row disagrees with its stage); what stays in memory is a few numbers per
// key and, per account of the file, its latest row.
class StagesImporter : public ImporterKind
{
public:
    using ImporterKind::ImporterKind;

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        QSqlQuery a = sql::run(m_ctx.db(), QStringLiteral("SELECT id, stage FROM accounts"));
        while (sql::next(a))
            m_current.insert(a.value(0).toLongLong(), stageCode(a.value(1).toString()));
        QSqlQuery h = sql::run(m_ctx.db(), QStringLiteral(
            "SELECT account_id, substr(started_at, 1, 10), stage, id FROM stage_history"
            " WHERE placeholder = 0 ORDER BY id"));
        while (sql::next(h)) {
            const qint64 account = h.value(0).toLongLong();
            const int day = dayNumber(h.value(1).toString());
            const qint8 stage = stageCode(h.value(2).toString());
            m_stored.insert(EntryKey{account, day}, Stored{stage, h.value(3).toLongLong()});
            Latest &latest = m_storedLatest[account];
            if (day > latest.day)
                latest = Latest{day, stage, 0, QString()};
        }
        m_insert.emplace(m_ctx.db(), QStringLiteral(
            "INSERT INTO stage_history (account_id, stage, started_at, changed_by, placeholder)"), 5);
    }

    void row(const ImporterRow &row) override
    {
        const QString enteredColumn = QStringLiteral("entered");
        QVariant account, stage, entered;
        bool ok = row.account(QStringLiteral("account_id"), true, &account);
        ok = row.choice(QStringLiteral("stage"), stageKeys(), true, &stage) && ok;
        ok = row.date(enteredColumn, true, &entered) && ok;
        const qint64 id = account.toLongLong();
        const int day = entered.isNull() ? 0 : dayNumber(entered.toString());
        if (!account.isNull() && !entered.isNull()) {
            const auto keyText = [&] {
                return QStringLiteral("(account_id '%1', entered '%2')")
                    .arg(row.trimmed(QStringLiteral("account_id")), entered.toString());
            };
            if (!firstOccurrence(m_seen, EntryKey{id, day}, row, enteredColumn, keyText))
                ok = false;
        }
        if (!ok)
            return;
        const qint8 code = stageCode(stage.toString());
        const auto stored = m_stored.constFind(EntryKey{id, day});
        count(stored != m_stored.cend());
        Latest &latest = m_fileLatest[id];
        if (day > latest.day)
            latest = Latest{day, code, row.line(), row.trimmed(QStringLiteral("account_id"))};
        if (!m_ctx.writing())
            return;
        if (stored != m_stored.cend()) {
            if (stored->stage == code)
                return;
            if (!m_update) {
                m_update = std::make_unique<BulkInserter>(m_ctx.db(), QStringLiteral(
                    "UPDATE stage_history SET stage = ? WHERE id = ?"));
            }
            m_update->bindText(0, stage.toString());
            m_update->bindInt(1, stored->id);
            m_update->step();
            return;
        }
        m_insert->add({account, stage, entered, m_ctx.actor(), 0});
    }

    void end() override
    {
        // The latest entry of each account of the file, the file's rows over the stored ones.
        for (auto it = m_fileLatest.cbegin(); it != m_fileLatest.cend(); ++it) {
            int latest = it->day;
            qint8 latestStage = it->stage;
            const auto stored = m_storedLatest.constFind(it.key());
            if (stored != m_storedLatest.cend() && stored->day > latest) {
                latest = stored->day;
                latestStage = stored->stage;
            }
            const qint8 current = m_current.value(it.key(), -1);
            if (latestStage != current) {
                m_ctx.problem(it->line, QStringLiteral("stage"),
                              QStringLiteral("the latest stage of account '%1' (entered %2) is not"
                                             " its stage in accounts ('%3')")
                                  .arg(it->extId, dayText(latest), stageText(current)),
                              stageText(latestStage));
            }
        }
    }

    void finish() override
    {
        m_insert->flush();
        // The placeholders go where the dates now explain the current stage; then each row
        // ends where the next later one starts. Set-based, for the file's accounts in parts of
        // kAccountsPerStatement ids (one statement each instead of two per account).
        std::vector<qint64> accounts;
        accounts.reserve(size_t(m_fileLatest.size()));
        for (auto it = m_fileLatest.keyBegin(); it != m_fileLatest.keyEnd(); ++it)
            accounts.push_back(*it);
        std::sort(accounts.begin(), accounts.end());
        std::unique_ptr<BulkInserter> drop, ends;
        int prepared = 0;
        for (size_t first = 0; first < accounts.size(); first += kAccountsPerStatement) {
            const int n = int(std::min<size_t>(kAccountsPerStatement, accounts.size() - first));
            if (n != prepared) {
                const QString in = sql::placeholders(n);
                drop = std::make_unique<BulkInserter>(m_ctx.db(), QStringLiteral(
                    "DELETE FROM stage_history WHERE placeholder = 1 AND account_id IN (%1)"
                    " AND (SELECT p.stage FROM stage_history p WHERE p.account_id = stage_history.account_id"
                    "      AND p.placeholder = 1 ORDER BY p.id DESC LIMIT 1)"
                    "   = (SELECT d.stage FROM stage_history d WHERE d.account_id = stage_history.account_id"
                    "      AND d.placeholder = 0 ORDER BY d.started_at DESC LIMIT 1)").arg(in));
                // Each row ends where the account's next later row starts (measured: a
                // window function over the same rows takes three times as long).
                ends = std::make_unique<BulkInserter>(m_ctx.db(), QStringLiteral(
                    "UPDATE stage_history SET ended_at = (SELECT min(n.started_at) FROM stage_history n"
                    " WHERE n.account_id = stage_history.account_id"
                    " AND n.started_at > stage_history.started_at) WHERE account_id IN (%1)").arg(in));
                prepared = n;
            }
            for (int i = 0; i < n; ++i) {
                drop->bindInt(i, accounts[first + size_t(i)]);
                ends->bindInt(i, accounts[first + size_t(i)]);
            }
            drop->step();
            ends->step();
        }
    }

private:
    struct Stored
    {
        qint8 stage = -1;
        qint64 id = 0;
    };
    struct Latest
    {
        int day = 0;
        qint8 stage = -1;
        int line = 0;
        QString extId;
    };

    // A stage as its index in the journey (-1: none), to keep a byte per row instead of a text.
    static qint8 stageCode(const QString &key)
    {
        const std::optional<Stage> s = stageFromKey(key);
        return s ? qint8(stageIndex(*s)) : qint8(-1);
    }
    static QString stageText(qint8 code)
    {
        const QStringList keys = stageKeys();
        return code >= 0 && code < keys.size() ? keys.at(code) : QString();
    }

    static constexpr size_t kAccountsPerStatement = 500;

    QHash<EntryKey, int> m_seen;
    QHash<qint64, qint8> m_current;
    QHash<EntryKey, Stored> m_stored;
    QHash<qint64, Latest> m_storedLatest;
    QHash<qint64, Latest> m_fileLatest;
    std::optional<ImporterBatch> m_insert;
    std::unique_ptr<BulkInserter> m_update;
};

} // namespace

std::unique_ptr<ImporterKind> makeStagesImporter(ImporterContext &ctx)
{
    return std::make_unique<StagesImporter>(ctx);
}

} // namespace karvan
