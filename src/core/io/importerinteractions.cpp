// interactions.csv: the interaction log, keyed by our optional id.
#include "domain/fixedlists.h"
#include "io/columnnames.h"
#include "io/idkeyedimporter.h"

namespace karvan {

namespace {

class InteractionsImporter : public IdKeyedImporter
{
public:
    explicit InteractionsImporter(ImporterContext &ctx)
        : IdKeyedImporter(ctx, QStringLiteral("interactions"),
            { columns::kAccount, columns::kDate, columns::kKind, QStringLiteral("author"),
                QStringLiteral("summary") },
            { columns::kAccount, columns::kDate, columns::kKind, QStringLiteral("author_id"),
                QStringLiteral("summary") })
    {
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        static const QStringList kinds = interactionKinds().keys();
        QVariant account, date, kind, author, summary;
        bool ok = row.account(columns::kAccount, true, &account);
        ok = row.date(columns::kDate, true, &date) && ok;
        ok = row.choice(columns::kKind, kinds, true, &kind) && ok;
        ok = row.person(QStringLiteral("author"), false, &author) && ok;
        ok = row.text(QStringLiteral("summary"), false, &summary) && ok;
        *values = {account, date, kind, author, summary};
        return ok;
    }
};

} // namespace

std::unique_ptr<ImporterKind> makeInteractionsImporter(ImporterContext &ctx)
{
    return std::make_unique<InteractionsImporter>(ctx);
}

} // namespace karvan
