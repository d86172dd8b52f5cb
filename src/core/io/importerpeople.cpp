// people.csv: email (key), name, team, active.
#include "io/importercontext.h"
#include "io/importerkind.h"

namespace karvan {

namespace {

class PeopleImporter : public ImporterKind
{
public:
    using ImporterKind::ImporterKind;

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        ImporterKind::begin(columns, extra);
        QString set = QStringLiteral("name = excluded.name, team_id = excluded.team_id");
        if (has(QStringLiteral("active")))
            set += QStringLiteral(", active = excluded.active");
        m_batch.emplace(m_ctx.db(), QStringLiteral("INSERT INTO people (email, name, team_id, active)"),
                        4, QStringLiteral(" ON CONFLICT (email) DO UPDATE SET ") + set);
    }

    void row(const ImporterRow &row) override
    {
        const QString email = QStringLiteral("email");
        const QString team = QStringLiteral("team");
        QVariant key, name, teamKey, active;
        bool ok = row.key(email, true, &key);
        if (ok && (!key.toString().contains(QLatin1Char('@')) || key.toString().contains(QLatin1Char(' ')))) {
            row.problem(email, QStringLiteral("not an email address"));
            ok = false;
        }
        ok = row.text(QStringLiteral("name"), true, &name) && ok;
        QVariant teamId;
        if (row.key(team, true, &teamKey)) {
            const std::optional<qint64> id = m_ctx.teamId(teamKey.toString());
            if (id) {
                teamId = *id;
            } else {
                row.problem(team, QStringLiteral("unknown team"));
                ok = false;
            }
        } else {
            ok = false;
        }
        ok = row.boolean(QStringLiteral("active"), false, &active) && ok;
        if (!key.isNull() && !firstOccurrence(m_seen, key.toString(), row, email, [&] { return email; }))
            ok = false;
        if (!ok)
            return;
        count(m_ctx.person(key.toString()).has_value());
        if (!m_ctx.writing())
            return;
        m_batch->add({key, name, teamId, active.isNull() ? QVariant(1) : active});
    }

    void finish() override { m_batch->flush(); }

private:
    ImporterKeySet m_seen;
    std::optional<ImporterBatch> m_batch;
};

} // namespace

std::unique_ptr<ImporterKind> makePeopleImporter(ImporterContext &ctx)
{
    return std::make_unique<PeopleImporter>(ctx);
}

} // namespace karvan
