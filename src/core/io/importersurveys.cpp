// surveys.csv: survey answers, keyed by our optional id; the score range depends on the kind.
#include "domain/fixedlists.h"
#include "io/columnnames.h"
#include "io/idkeyedimporter.h"

#include <limits>

namespace karvan {

namespace {

class SurveysImporter : public IdKeyedImporter
{
public:
    explicit SurveysImporter(ImporterContext &ctx)
        : IdKeyedImporter(ctx, QStringLiteral("surveys"),
            { columns::kAccount, columns::kDate, columns::kKind, QStringLiteral("score"),
                QStringLiteral("comment"), QStringLiteral("ticket_id") },
            { columns::kAccount, columns::kDate, columns::kKind, QStringLiteral("score"),
                QStringLiteral("comment"), QStringLiteral("ticket_id") })
    {
    }

    // Rows are written by id and nothing is read back meanwhile. The index on (kind, date)
    // takes the answers in random order, so a large file builds it once at the end: measured on
    // 424,733 answers into an empty table, 5.2 s against 7.0 s (median of 3). The other kinds'
    // indexes follow their files' order (by account, or by month with few months), and building
    // them again measured no faster (revenue, interactions, tickets; costs only at 2,000,000 rows).
    QStringList bulkTables() const override { return {QStringLiteral("surveys")}; }

protected:
    bool readValues(const ImporterRow &row, QVector<QVariant> *values) override
    {
        static const QStringList kinds = surveyKinds().keys();
        QVariant account, date, kind, score, comment, ticket;
        bool ok = row.account(columns::kAccount, true, &account);
        ok = row.date(columns::kDate, true, &date) && ok;
        ok = row.choice(columns::kKind, kinds, true, &kind) && ok;
        qint64 min = std::numeric_limits<qint64>::min();
        qint64 max = std::numeric_limits<qint64>::max();
        if (const std::optional<ScoreRange> range = surveyScoreRange(kind.toString())) {
            min = range->min;
            max = range->max;
        }
        ok = row.integer(QStringLiteral("score"), min, max, true, &score) && ok;
        ok = row.text(QStringLiteral("comment"), false, &comment) && ok;
        ok = row.ticket(QStringLiteral("ticket_id"), false, &ticket) && ok;
        *values = {account, date, kind, score, comment, ticket};
        return ok;
    }
};

} // namespace

std::unique_ptr<ImporterKind> makeSurveysImporter(ImporterContext &ctx)
{
    return std::make_unique<SurveysImporter>(ctx);
}

} // namespace karvan
