// tickets.csv: support tickets, keyed by the user's ticket id (tickets.ext_id).
#include "domain/fixedlists.h"
#include "io/columnnames.h"
#include "io/importerbatch.h"
#include "io/importercontext.h"
#include "io/importerkind.h"

#include <optional>

namespace karvan {

namespace {

const QString kId = QStringLiteral("id");

class TicketsImporter : public ImporterKind
{
public:
    using ImporterKind::ImporterKind;

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        const QStringList optional = {"closed", "priority", "escalated"};
        QString set = QStringLiteral("account_id = excluded.account_id, opened = excluded.opened");
        const QString more = updateSet(optional, optional);
        if (!more.isEmpty())
            set += QStringLiteral(", ") + more;
        m_batch.emplace(m_ctx.db(),
                        QStringLiteral("INSERT INTO tickets (ext_id, account_id, opened, closed, priority, escalated)"),
                        6, QStringLiteral(" ON CONFLICT (ext_id) DO UPDATE SET ") + set);
    }

    void row(const ImporterRow &row) override
    {
        const QString closedColumn = QStringLiteral("closed");
        QVariant key, account, opened, closed, priority, escalated;
        bool ok = row.key(kId, true, &key);
        ok = row.account(columns::kAccount, true, &account) && ok;
        ok = row.date(QStringLiteral("opened"), true, &opened) && ok;
        ok = row.date(closedColumn, false, &closed) && ok;
        static const QStringList priorities = ticketPriorities().keys();
        ok = row.choice(QStringLiteral("priority"), priorities, false, &priority) && ok;
        ok = row.boolean(QStringLiteral("escalated"), false, &escalated) && ok;
        if (!opened.isNull() && !closed.isNull() && closed.toString() < opened.toString()) {
            row.problem(closedColumn, QStringLiteral("closed before it was opened (%1)").arg(opened.toString()));
            ok = false;
        }
        if (!key.isNull() && !firstOccurrence(m_seen, key.toString(), row, kId, [&] { return kId; }))
            ok = false;
        if (!ok)
            return;
        count(m_ctx.ticketId(key.toString()).has_value());
        if (!m_ctx.writing())
            return;
        m_batch->add({key, account, opened, closed, priority, escalated.isNull() ? QVariant(0) : escalated});
    }

    void finish() override { m_batch->flush(); }

private:
    ImporterKeySet m_seen;
    std::optional<ImporterBatch> m_batch;
};

} // namespace

std::unique_ptr<ImporterKind> makeTicketsImporter(ImporterContext &ctx)
{
    return std::make_unique<TicketsImporter>(ctx);
}

} // namespace karvan
