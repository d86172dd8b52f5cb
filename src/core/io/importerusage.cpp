// usage.csv: active and licensed users per account and month.
#include "io/monthlyimporter.h"

#include <limits>

namespace karvan {

namespace {

class UsageImporter : public MonthlyImporter
{
public:
    explicit UsageImporter(ImporterContext &ctx)
        : MonthlyImporter(ctx, QStringLiteral("usage"),
                          {QStringLiteral("active_users"), QStringLiteral("licensed_users")})
    {
    }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        constexpr qint64 kMax = std::numeric_limits<int>::max();
        const QString activeColumn = QStringLiteral("active_users");
        QVariant active, licensed;
        bool ok = row.integer(activeColumn, 0, kMax, true, &active);
        ok = row.integer(QStringLiteral("licensed_users"), 0, kMax, true, &licensed) && ok;
        if (ok && active.toLongLong() > licensed.toLongLong()) {
            row.problem(activeColumn, QStringLiteral("more than licensed_users (%1)").arg(licensed.toLongLong()));
            ok = false;
        }
        values->append(active);
        values->append(licensed);
        return ok;
    }
};

} // namespace

std::unique_ptr<ImporterKind> makeUsageImporter(ImporterContext &ctx)
{
    return std::make_unique<UsageImporter>(ctx);
}

} // namespace karvan
