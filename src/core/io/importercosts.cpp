// costs.csv: costs by category, of one account or shared, keyed by our optional id.
#include "io/idkeyedimporter.h"
#include "domain/fixedlists.h"

namespace karvan {

namespace {

const QString kAccount = QStringLiteral("account_id");
const QString kDate = QStringLiteral("date");

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
        static const QStringList categories = costCategories().keys();
        QVariant date, category, amount, account;
        bool ok = row.date(kDate, true, &date);
        ok = row.choice(QStringLiteral("category"), categories, true, &category) && ok;
        ok = row.money(QStringLiteral("amount"), true, &amount) && ok;
        ok = row.account(kAccount, false, &account) && ok;
        *values = {date, category, amount, account};
        return ok;
    }
};

} // namespace

std::unique_ptr<ImporterKind> makeCostsImporter(ImporterContext &ctx)
{
    return std::make_unique<CostsImporter>(ctx);
}

} // namespace karvan
