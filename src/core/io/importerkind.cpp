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
