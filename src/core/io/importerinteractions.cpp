// interactions.csv: the interaction log, keyed by our optional id.
#include "io/idkeyedimporter.h"
#include "domain/fixedlists.h"

namespace karvan {

namespace {

const QString kAccount = QStringLiteral("account_id");
const QString kDate = QStringLiteral("date");
const QString kKind = QStringLiteral("kind");

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
        static const QStringList kinds = interactionKinds().keys();
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

} // namespace

std::unique_ptr<ImporterKind> makeInteractionsImporter(ImporterContext &ctx)
{
    return std::make_unique<InteractionsImporter>(ctx);
}

} // namespace karvan
