#include "io/importerkind.h"

#include "io/importercontext.h"
#include "io/importerrow.h"

namespace karvan {

void ImporterKind::begin(const QHash<QString, int> &columns, const QStringList &)
{
    m_columns = columns;
}

QString ImporterKind::updateSet(const QStringList &columns, const QStringList &dbColumns) const
{
    QStringList parts;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (has(columns.at(i)))
            parts.append(QStringLiteral("%1 = excluded.%1").arg(dbColumns.at(i)));
    }
    return parts.join(QStringLiteral(", "));
}

int dayNumber(QStringView text)
{
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return 0;
    int n = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return 0;
        n = n * 10 + int(c - u'0');
    }
    return n;
}

QString dayText(int day)
{
    return QString::asprintf("%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
}

void reportDuplicate(const ImporterRow &row, const QString &column, const QString &keyText,
                     int firstLine)
{
    row.problem(column, QStringLiteral("duplicate key %1, first on line %2").arg(keyText).arg(firstLine),
                row.trimmed(column));
}

std::unique_ptr<ImporterKind> makeImporterKind(CsvKind kind, ImporterContext &ctx)
{
    switch (kind) {
    case CsvKind::People: return makePeopleImporter(ctx);
    case CsvKind::Accounts: return makeAccountsImporter(ctx);
    case CsvKind::Ownership: return makeOwnershipImporter(ctx);
    case CsvKind::Stages: return makeStagesImporter(ctx);
    case CsvKind::Revenue: return makeRevenueImporter(ctx);
    case CsvKind::Usage: return makeUsageImporter(ctx);
    case CsvKind::Interactions: return makeInteractionsImporter(ctx);
    case CsvKind::Tickets: return makeTicketsImporter(ctx);
    case CsvKind::Surveys: return makeSurveysImporter(ctx);
    case CsvKind::Costs: return makeCostsImporter(ctx);
    }
    return nullptr;
}

} // namespace karvan
