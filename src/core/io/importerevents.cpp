// interactions.csv, tickets.csv, surveys.csv and costs.csv: the customer's history.
#include "io/importercontext.h"
#include "io/importerkind.h"

#include <limits>

namespace karvan {

namespace {

const QString kId = QStringLiteral("id");
const QString kAccount = QStringLiteral("account_id");
const QString kDate = QStringLiteral("date");
const QString kKind = QStringLiteral("kind");

// Base for the kinds keyed by our own optional integer id.
class IdKeyedImporter : public ImporterKind
{
public:
    IdKeyedImporter(ImporterContext &ctx, QString table, QStringList fileColumns, QStringList dbColumns)
        : ImporterKind(ctx), m_table(std::move(table)), m_fileColumns(std::move(fileColumns)),
          m_dbColumns(std::move(dbColumns))
    {
    }

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        QList<bool> updatable;
        for (const QString &c : std::as_const(m_fileColumns))
            updatable.append(has(c));
        m_writer.emplace(m_ctx, m_table, m_dbColumns, updatable);
    }

    void row(const ImporterRow &row) override
    {
        QVariant id;
        bool ok = m_writer->readId(row, &id);
        QVector<QVariant> values;
        ok = readValues(row, &values) && ok;
        if (!ok)
            return;
        count(m_writer->exists(id));
        if (!m_ctx.writing())
            return;
        m_writer->add(id, values);
    }

    void finish() override { m_writer->flush(); }

protected:
    // The values of m_dbColumns, in order; false after a problem.
    virtual bool readValues(const ImporterRow &row, QVector<QVariant> *values) = 0;

private:
    QString m_table;
    QStringList m_fileColumns;
    QStringList m_dbColumns;
    std::optional<ImporterIdKeyed> m_writer;
};

class InteractionsImporter : public IdKeyedImporter
{
public:
    explicit InteractionsImporter(ImporterContext &ctx)
        : IdKeyedImporter(ctx, QStringLiteral("interactions"),
                          {kAccount, kDate, kKind, QStringLiteral("author"), QStringLiteral("summary")},
                          {kAccount, kDate, kKind, QStringLiteral("author_id"), QStringLiteral("summary")})
    {
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        static const QStringList kinds = {"meeting", "call", "email", "checkin", "qbr", "note"};
        QVariant account, date, kind, author, summary;
        bool ok = row.account(kAccount, true, &account);
        ok = row.date(kDate, true, &date) && ok;
        ok = row.choice(kKind, kinds, true, &kind) && ok;
        ok = row.person(QStringLiteral("author"), false, &author) && ok;
        ok = row.text(QStringLiteral("summary"), false, &summary) && ok;
        *values = {account, date, kind, author, summary};
        return ok;
    }
};

class SurveysImporter : public IdKeyedImporter
{
public:
    explicit SurveysImporter(ImporterContext &ctx)
        : IdKeyedImporter(ctx, QStringLiteral("surveys"),
                          {kAccount, kDate, kKind, QStringLiteral("score"), QStringLiteral("comment"),
                           QStringLiteral("ticket_id")},
                          {kAccount, kDate, kKind, QStringLiteral("score"), QStringLiteral("comment"),
                           QStringLiteral("ticket_id")})
    {
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        QVariant account, date, kind, score, comment, ticket;
        bool ok = row.account(kAccount, true, &account);
        ok = row.date(kDate, true, &date) && ok;
        ok = row.choice(kKind, {"nps", "csat", "ces"}, true, &kind) && ok;
        qint64 min = std::numeric_limits<qint64>::min();
        qint64 max = std::numeric_limits<qint64>::max();
        const QString k = kind.toString();
        if (k == QLatin1String("nps")) {
            min = 0;
            max = 10;
        } else if (k == QLatin1String("csat")) {
            min = 1;
            max = 5;
        } else if (k == QLatin1String("ces")) {
            min = 1;
            max = 7;
        }
        ok = row.integer(QStringLiteral("score"), min, max, true, &score) && ok;
        ok = row.text(QStringLiteral("comment"), false, &comment) && ok;
        ok = row.ticket(QStringLiteral("ticket_id"), false, &ticket) && ok;
        *values = {account, date, kind, score, comment, ticket};
        return ok;
    }
};

class CostsImporter : public IdKeyedImporter
{
public:
    explicit CostsImporter(ImporterContext &ctx)
        : IdKeyedImporter(ctx, QStringLiteral("costs"),
                          {kDate, QStringLiteral("category"), QStringLiteral("amount"), kAccount},
                          {kDate, QStringLiteral("category"), QStringLiteral("amount"), kAccount})
    {
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        static const QStringList categories = {"support", "training", "engagement", "marketing",
                                               "success", "other", "acquisition"};
        QVariant date, category, amount, account;
        bool ok = row.date(kDate, true, &date);
        ok = row.choice(QStringLiteral("category"), categories, true, &category) && ok;
        ok = row.money(QStringLiteral("amount"), true, &amount) && ok;
        ok = row.account(kAccount, false, &account) && ok;
        *values = {date, category, amount, account};
        return ok;
    }
};

// tickets.csv: keyed by the user's ticket id (tickets.ext_id).
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
        ok = row.account(kAccount, true, &account) && ok;
        ok = row.date(QStringLiteral("opened"), true, &opened) && ok;
        ok = row.date(closedColumn, false, &closed) && ok;
        ok = row.choice(QStringLiteral("priority"), {"low", "normal", "high", "urgent"}, false, &priority) && ok;
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
    QHash<QString, int> m_seen;
    std::optional<ImporterBatch> m_batch;
};

} // namespace

std::unique_ptr<ImporterKind> makeInteractionsImporter(ImporterContext &ctx)
{
    return std::make_unique<InteractionsImporter>(ctx);
}

std::unique_ptr<ImporterKind> makeTicketsImporter(ImporterContext &ctx)
{
    return std::make_unique<TicketsImporter>(ctx);
}

std::unique_ptr<ImporterKind> makeSurveysImporter(ImporterContext &ctx)
{
    return std::make_unique<SurveysImporter>(ctx);
}

std::unique_ptr<ImporterKind> makeCostsImporter(ImporterContext &ctx)
{
    return std::make_unique<CostsImporter>(ctx);
}

} // namespace karvan
