// stages.csv: the dates an account entered its stages, keyed by (account_id, entered). The
// account's latest row must name its current stage (accounts.stage). Dated rows replace the
// placeholder rows that an accounts import opened on the import day.
#include "io/importercontext.h"
#include "io/importerkind.h"
#include "domain/stage.h"
#include "storage/sql.h"

#include <QSet>
#include <QSqlQuery>

#include <map>

namespace karvan {

namespace {

class StagesImporter : public ImporterKind
{
public:
    using ImporterKind::ImporterKind;

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        QSqlQuery a = sql::run(m_ctx.db(), QStringLiteral("SELECT id, stage FROM accounts"));
        while (sql::next(a))
            m_current.insert(a.value(0).toLongLong(), a.value(1).toString());
        QSqlQuery h = sql::run(m_ctx.db(), QStringLiteral(
            "SELECT account_id, substr(started_at, 1, 10), stage, id FROM stage_history"
            " WHERE placeholder = 0 ORDER BY id"));
        while (sql::next(h)) {
            Stored &s = m_stored[h.value(0).toLongLong()][h.value(1).toString()];
            s.stage = h.value(2).toString();
            s.id = h.value(3).toLongLong();
        }
    }

    void row(const ImporterRow &row) override
    {
        const QString enteredColumn = QStringLiteral("entered");
        QVariant account, stage, entered;
        bool ok = row.account(QStringLiteral("account_id"), true, &account);
        ok = row.choice(QStringLiteral("stage"), stageKeys(), true, &stage) && ok;
        ok = row.date(enteredColumn, true, &entered) && ok;
        if (!account.isNull() && !entered.isNull()) {
            const QString k = account.toString() + QLatin1Char('/') + entered.toString();
            const auto keyText = [&] {
                return QStringLiteral("(account_id '%1', entered '%2')")
                    .arg(row.trimmed(QStringLiteral("account_id")), entered.toString());
            };
            if (!firstOccurrence(m_seen, k, row, enteredColumn, keyText))
                ok = false;
        }
        if (!ok)
            return;
        const qint64 id = account.toLongLong();
        const auto stored = m_stored.constFind(id);
        count(stored != m_stored.cend() && stored->contains(entered.toString()));
        m_rows.append(Row{id, stage.toString(), entered.toString(), row.line(),
                          row.trimmed(QStringLiteral("account_id"))});
    }

    void end() override
    {
        // The latest entry of each account, the file's rows over the stored ones.
        QHash<qint64, std::map<QString, const Row *>> file;
        for (const Row &r : std::as_const(m_rows))
            file[r.account][r.entered] = &r;
        for (auto it = file.cbegin(); it != file.cend(); ++it) {
            const Row *latestRow = it->rbegin()->second;
            QString latest = latestRow->entered;
            QString latestStage = latestRow->stage;
            const auto stored = m_stored.constFind(it.key());
            if (stored != m_stored.cend()) {
                for (auto s = stored->cbegin(); s != stored->cend(); ++s) {
                    if (s.key() > latest && it->find(s.key()) == it->end()) {
                        latest = s.key();
                        latestStage = s->stage;
                    }
                }
            }
            const QString current = m_current.value(it.key());
            if (latestStage != current) {
                m_ctx.problem(latestRow->line, QStringLiteral("stage"),
                              QStringLiteral("the latest stage of account '%1' (entered %2) is not"
                                             " its stage in accounts ('%3')")
                                  .arg(latestRow->extId, latest, current),
                              latestStage);
            }
        }
    }

    void finish() override
    {
        QSqlQuery insert = sql::prepare(m_ctx.db(), QStringLiteral(
            "INSERT INTO stage_history (account_id, stage, started_at, changed_by, placeholder)"
            " VALUES (?, ?, ?, ?, 0)"));
        QSqlQuery update = sql::prepare(m_ctx.db(), QStringLiteral(
            "UPDATE stage_history SET stage = ? WHERE id = ?"));
        QSet<qint64> touched;
        for (const Row &r : std::as_const(m_rows)) {
            touched.insert(r.account);
            const auto stored = m_stored.constFind(r.account);
            if (stored != m_stored.cend() && stored->contains(r.entered)) {
                const Stored &s = stored->value(r.entered);
                if (s.stage == r.stage)
                    continue;
                update.bindValue(0, r.stage);
                update.bindValue(1, s.id);
                sql::exec(update);
                continue;
            }
            insert.bindValue(0, r.account);
            insert.bindValue(1, r.stage);
            insert.bindValue(2, r.entered);
            insert.bindValue(3, m_ctx.actor());
            sql::exec(insert);
        }
        // The placeholders go where the dates now explain the current stage; then each row
        // ends where the next one starts.
        QSqlQuery dropPlaceholders = sql::prepare(m_ctx.db(), QStringLiteral(
            "DELETE FROM stage_history WHERE account_id = ? AND placeholder = 1"
            " AND (SELECT stage FROM stage_history WHERE account_id = ? AND placeholder = 1"
            "      ORDER BY id DESC LIMIT 1) = (SELECT stage FROM stage_history"
            "      WHERE account_id = ? AND placeholder = 0 ORDER BY started_at DESC LIMIT 1)"));
        QSqlQuery ends = sql::prepare(m_ctx.db(), QStringLiteral(
            "UPDATE stage_history SET ended_at = (SELECT min(n.started_at) FROM stage_history n"
            " WHERE n.account_id = stage_history.account_id"
            " AND n.started_at > stage_history.started_at) WHERE account_id = ?"));
        for (const qint64 account : std::as_const(touched)) {
            for (int i = 0; i < 3; ++i)
                dropPlaceholders.bindValue(i, account);
            sql::exec(dropPlaceholders);
            ends.bindValue(0, account);
            sql::exec(ends);
        }
    }

private:
    struct Row
    {
        qint64 account = 0;
        QString stage;
        QString entered;
        int line = 0;
        QString extId;
    };
    struct Stored
    {
        QString stage;
        qint64 id = 0;
    };

    QHash<QString, int> m_seen;
    QHash<qint64, QString> m_current;
    QHash<qint64, QHash<QString, Stored>> m_stored;
    QList<Row> m_rows;
};

} // namespace

std::unique_ptr<ImporterKind> makeStagesImporter(ImporterContext &ctx)
{
    return std::make_unique<StagesImporter>(ctx);
}

} // namespace karvan
