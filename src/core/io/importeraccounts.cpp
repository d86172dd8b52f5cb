// accounts.csv: keyed by the user's id (accounts.ext_id). Unknown columns become custom
// fields; owner sets the ownership of the account's current stage; a stage change closes the
// open stage_history row and opens a new one.
#include "domain/errors.h"
#include "io/importercontext.h"
#include "io/importerkind.h"
#include "io/importerownership.h"
#include "storage/bulkinserter.h"
#include "storage/sql.h"
#include "domain/stage.h"

#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace karvan {

namespace {

// The stored columns compared and written, in this order.
enum Field { Name, Industry, Segment, Model, Stage, ContractStart, RenewalDate, Status, FieldCount };

const char *const kFileColumns[FieldCount] = {"name", "industry", "segment", "model",
                                              "stage", "contract_start", "renewal_date", "status"};

QVariant nullable(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toString());
}

class AccountsImporter : public ImporterKind
{
public:
    using ImporterKind::ImporterKind;

    bool acceptsExtraColumns() const override { return true; }

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        for (int f = 0; f < FieldCount; ++f)
            m_present[f] = has(QString::fromLatin1(kFileColumns[f]));
        m_hasOwner = has(QStringLiteral("owner"));
        m_store.emplace(m_ctx);
        m_store->setEachStageOnce(true);
        QSqlQuery q = sql::run(m_ctx.db(), QStringLiteral(
            "SELECT ext_id, id, name, industry, segment, model, stage, contract_start,"
            " renewal_date, status FROM accounts"));
        while (sql::next(q)) {
            Stored s;
            s.id = q.value(1).toLongLong();
            for (int f = 0; f < FieldCount; ++f)
                s.values[f] = nullable(q.value(2 + f));
            m_stored.insert(q.value(0).toString(), s);
        }
        if (!extra.isEmpty())
            beginCustomFields(extra);
    }

    void row(const ImporterRow &row) override
    {
        const QString idColumn = QStringLiteral("id");
        QVariant key, person;
        QVariant v[FieldCount];
        qint64 teamId = 0;
        bool ok = row.key(idColumn, true, &key);
        ok = row.text(QStringLiteral("name"), true, &v[Name]) && ok;
        ok = row.text(QStringLiteral("industry"), false, &v[Industry]) && ok;
        ok = row.text(QStringLiteral("segment"), false, &v[Segment]) && ok;
        ok = row.choice(QStringLiteral("model"), {"b2b", "b2c"}, false, &v[Model]) && ok;
        ok = row.choice(QStringLiteral("stage"), stageKeys(), false, &v[Stage]) && ok;
        ok = row.person(QStringLiteral("owner"), false, &person, &teamId) && ok;
        ok = row.date(QStringLiteral("contract_start"), false, &v[ContractStart]) && ok;
        ok = row.date(QStringLiteral("renewal_date"), false, &v[RenewalDate]) && ok;
        ok = row.choice(QStringLiteral("status"), {"active", "churned"}, false, &v[Status]) && ok;
        if (!key.isNull() && !firstOccurrence(m_seen, key.toString(), row, idColumn, [&] { return idColumn; }))
            ok = false;
        if (!ok)
            return;
        const QString extId = key.toString();
        const auto it = m_stored.constFind(extId);
        const bool existed = it != m_stored.cend();
        count(existed);
        if (!m_ctx.writing())
            return;

        Stored s = existed ? *it : Stored();
        const Stored old = s;
        for (int f = 0; f < FieldCount; ++f) {
            const bool present = m_present[f];
            // Stage and status cannot be empty: an empty cell keeps what is stored.
            const bool keep = (f == Stage || f == Status) && v[f].isNull();
            if (present && !keep)
                s.values[f] = v[f];
        }
        if (s.values[Stage].isNull())
            s.values[Stage] = stageKey(karvan::Stage::Acquisition);
        if (s.values[Status].isNull())
            s.values[Status] = QStringLiteral("active");

        if (!existed) {
            s.id = insertAccount(extId, s);
            openStage(s.id, s.values[Stage].toString());
        } else if (!std::equal(std::begin(s.values), std::end(s.values), std::begin(old.values))) {
            updateAccount(s);
            if (s.values[Stage] != old.values[Stage]) {
                closeStage(s.id);
                openStage(s.id, s.values[Stage].toString());
            }
        }
        // Nothing more is remembered of the row: the file cannot name this id again (a
        // duplicate is an error), so a file of 2,000,000 new accounts stays small.
        writeCustomFields(row, s.id);
        if (m_hasOwner) {
            const QString stage = s.values[Stage].toString();
            if (person.isNull())
                m_store->clearOwner(s.id, stage);
            else
                m_store->set(s.id, stage, person, teamId, std::nullopt);
        }
    }

    // Indexes on an account's name, a custom field's value and an owner: each takes the rows
    // in random order, and nothing here reads through them (rows are found by id and by key).
    // Measured on 2,000,000 new accounts: 168 s to the commit keeping them, 55 s without them
    // plus 12 s to build them at the end. The stage history's index stays: closing an
    // account's open stage reads through it.
    QStringList bulkTables() const override
    {
        return {QStringLiteral("accounts"), QStringLiteral("account_fields"), QStringLiteral("ownership")};
    }

    void finish() override
    {
        if (m_openStage)
            m_openStage->flush();
        if (m_fieldUpsert)
            m_fieldUpsert->flush();
        m_store->flush();
    }

private:
    struct Stored
    {
        qint64 id = 0;
        QVariant values[FieldCount];
    };
    struct CustomColumn
    {
        QString column;  // lower-case column key
        qint64 fieldId = 0;
    };

    void beginCustomFields(const QStringList &extra)
    {
        QHash<QString, qint64> existing;
        int position = 0;
        QSqlQuery q = sql::run(m_ctx.db(), QStringLiteral("SELECT id, name, position FROM custom_fields"));
        while (sql::next(q)) {
            existing.insert(q.value(1).toString().toLower(), q.value(0).toLongLong());
            position = std::max(position, q.value(2).toInt() + 1);
        }
        // A header of 10,000 columns must not create 10,000 permanent fields by mistake.
        constexpr qsizetype kMaxNewFields = 100;
        const qsizetype fresh = std::count_if(extra.begin(), extra.end(), [&](const QString &n) {
            return !existing.contains(n.toLower());
        });
        if (fresh > kMaxNewFields) {
            m_ctx.problem(1, QStringLiteral("the header would add %1 new custom fields; at most %2 "
                                            "may be added from one file").arg(fresh).arg(kMaxNewFields));
            return;
        }
        for (const QString &name : extra) {
            const QString lower = name.toLower();
            qint64 id = existing.value(lower, 0);
            if (id == 0 && m_ctx.writing()) {
                QSqlQuery ins = sql::prepare(m_ctx.db(), QStringLiteral(
                    "INSERT INTO custom_fields (name, position) VALUES (?, ?) RETURNING id"));
                ins.addBindValue(name);
                ins.addBindValue(position++);
                id = sql::insertReturningId(ins);
            }
            m_custom.append(CustomColumn{lower, id});
        }
        QSqlQuery values = sql::run(m_ctx.db(), QStringLiteral(
            "SELECT account_id, field_id, value FROM account_fields"));
        while (sql::next(values)) {
            m_fieldValues.insert(FieldKey(values.value(0).toLongLong(), values.value(1).toLongLong()),
                                 values.value(2).toString());
        }
    }

    BulkInserter &prepared(std::unique_ptr<BulkInserter> &slot, const char *statement)
    {
        if (!slot)
            slot = std::make_unique<BulkInserter>(m_ctx.db(), QString::fromLatin1(statement));
        return *slot;
    }

    qint64 insertAccount(const QString &extId, const Stored &s)
    {
        BulkInserter &q = prepared(m_insert,
            "INSERT INTO accounts (ext_id, name, industry, segment, model, stage, contract_start,"
            " renewal_date, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bindText(0, extId);
        for (int f = 0; f < FieldCount; ++f)
            q.bind(1 + f, s.values[f]);
        q.bindText(9, m_ctx.now());
        q.bindText(10, m_ctx.now());
        return q.stepForNewId();
    }

    void updateAccount(const Stored &s)
    {
        BulkInserter &q = prepared(m_update,
            "UPDATE accounts SET name = ?, industry = ?, segment = ?, model = ?, stage = ?,"
            " contract_start = ?, renewal_date = ?, status = ?, updated_at = ?,"
            " version = version + 1, updated_by = ? WHERE id = ?");
        for (int f = 0; f < FieldCount; ++f)
            q.bind(f, s.values[f]);
        q.bindText(8, m_ctx.now());
        q.bindText(9, m_ctx.actor());  // a new row version: a window's older copy is stale
        q.bindInt(10, s.id);
        q.step();
    }

    // A new account's first stage, or a stage after a change. Batched: nothing in this import
    // reads the row back, and an account's rows before the import are closed at once
    // (closeStage) while its new one waits.
    void openStage(qint64 accountId, const QString &stage)
    {
        if (!m_openStage) {
            m_openStage.emplace(m_ctx.db(), QStringLiteral(
                "INSERT INTO stage_history (account_id, stage, started_at, changed_by, placeholder)"), 5);
        }
        m_openStage->add({accountId, stage, m_ctx.now(), m_ctx.actor(), 1});
    }

    void closeStage(qint64 accountId)
    {
        BulkInserter &q = prepared(m_closeStage,
            "UPDATE stage_history SET ended_at = ? WHERE account_id = ? AND ended_at IS NULL");
        q.bindText(0, m_ctx.now());
        q.bindInt(1, accountId);
        q.step();
    }

    void writeCustomFields(const ImporterRow &row, qint64 accountId)
    {
        for (const CustomColumn &c : std::as_const(m_custom)) {
            const QString value = row.raw(c.column);
            const FieldKey k(accountId, c.fieldId);
            const auto it = m_fieldValues.constFind(k);
            if (value.isEmpty()) {
                if (it == m_fieldValues.cend())
                    continue;
                BulkInserter &del = prepared(m_fieldDelete,
                    "DELETE FROM account_fields WHERE account_id = ? AND field_id = ?");
                del.bindInt(0, accountId);
                del.bindInt(1, c.fieldId);
                del.step();
                continue;
            }
            if (it != m_fieldValues.cend() && *it == value)
                continue;
            // Batched: the file names an account once, so no two rows of a statement share a key.
            if (!m_fieldUpsert) {
                m_fieldUpsert.emplace(m_ctx.db(), QStringLiteral(
                    "INSERT INTO account_fields (account_id, field_id, value)"), 3,
                    QStringLiteral(" ON CONFLICT (account_id, field_id) DO UPDATE SET value = excluded.value"));
            }
            m_fieldUpsert->add({accountId, c.fieldId, value});
        }
    }

    using FieldKey = std::pair<qint64, qint64>;  // (account id, field id)

    ImporterKeySet m_seen;
    QHash<QString, Stored> m_stored;
    QList<CustomColumn> m_custom;
    QHash<FieldKey, QString> m_fieldValues;
    bool m_present[FieldCount] = {};
    bool m_hasOwner = false;
    std::optional<ImporterOwnership> m_store;
    std::unique_ptr<BulkInserter> m_insert;
    std::unique_ptr<BulkInserter> m_update;
    std::optional<ImporterBatch> m_openStage;
    std::unique_ptr<BulkInserter> m_closeStage;
    std::optional<ImporterBatch> m_fieldUpsert;
    std::unique_ptr<BulkInserter> m_fieldDelete;
};

} // namespace

std::unique_ptr<ImporterKind> makeAccountsImporter(ImporterContext &ctx)
{
    return std::make_unique<AccountsImporter>(ctx);
}

} // namespace karvan
