// costs.csv: costs by category, of one account or shared, keyed by our optional id.
#include "domain/fixedlists.h"
#include "io/columnnames.h"
#include "io/idkeyedimporter.h"

namespace karvan {

namespace {

class CostsImporter : public IdKeyedImporter
{
public:
    explicit CostsImporter(ImporterContext &ctx)
        : IdKeyedImporter(ctx, QStringLiteral("costs"),
            { columns::kDate, QStringLiteral("category"), QStringLiteral("amount"),
                columns::kAccount },
            { columns::kDate, QStringLiteral("category"), QStringLiteral("amount"),
                columns::kAccount })
    {
    }

    // Rows are written by id and nothing is read back meanwhile. The index on the date takes
    // them in random order: 2,000,000 costs into an empty table took 21.0 s to the commit
    // keeping it, 7.0 s plus 2.5 s building both indexes at the end (at 234,581 rows the two
    // ways measured the same).
    QStringList bulkTables() const override { return {QStringLiteral("costs")}; }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        static const QStringList categories = costCategories().keys();
        QVariant date, category, amount, account;
        bool ok = row.date(columns::kDate, true, &date);
        ok = row.choice(QStringLiteral("category"), categories, true, &category) && ok;
        ok = row.money(QStringLiteral("amount"), true, &amount) && ok;
        ok = row.account(columns::kAccount, false, &account) && ok;
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
