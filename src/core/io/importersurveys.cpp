// surveys.csv: survey answers, keyed by our optional id; the score range depends on the kind.
#include "io/idkeyedimporter.h"
#include "domain/fixedlists.h"

#include <limits>

namespace karvan {

namespace {

const QString kAccount = QStringLiteral("account_id");
const QString kDate = QStringLiteral("date");
const QString kKind = QStringLiteral("kind");

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
        static const QStringList kinds = surveyKinds().keys();
        QVariant account, date, kind, score, comment, ticket;
        bool ok = row.account(kAccount, true, &account);
        ok = row.date(kDate, true, &date) && ok;
        ok = row.choice(kKind, kinds, true, &kind) && ok;
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
