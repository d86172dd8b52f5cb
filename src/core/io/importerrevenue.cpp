// revenue.csv: MRR per account and month.
#include "io/monthlyimporter.h"
#include "domain/money.h"

namespace karvan {

namespace {

class RevenueImporter : public MonthlyImporter
{
public:
    explicit RevenueImporter(ImporterContext &ctx)
        : MonthlyImporter(ctx, QStringLiteral("revenue"), {QStringLiteral("mrr")})
    {
    }

    void begin(const QHash<QString, int> &columns, const QStringList &extra) override
    {
        MonthlyImporter::begin(columns, extra);
        m_mrrIndex = columns.value(QStringLiteral("mrr"));  // required: present
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        // A valid amount by index, without a message; anything else through the validating
        // getter, which reports it.
        const std::optional<qint64> quick = money::parse(QStringView(row.cell(m_mrrIndex)).trimmed());
        if (quick) {
            values->append(QVariant(*quick));
            return true;
        }
        QVariant mrr;
        const bool ok = row.money(QStringLiteral("mrr"), true, &mrr);
        values->append(mrr);
        return ok;
    }

private:
    int m_mrrIndex = 0;
};

} // namespace

std::unique_ptr<ImporterKind> makeRevenueImporter(ImporterContext &ctx)
{
    return std::make_unique<RevenueImporter>(ctx);
}

} // namespace karvan
