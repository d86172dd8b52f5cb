#include "io/csvkind.h"

namespace karvan {

namespace {

struct KindInfo
{
    CsvKind kind;
    const char *name;
    QStringList columns;   // export order, key columns first
    QStringList required;
    QStringList key;
};

const std::array<KindInfo, 10> &kinds()
{
    static const std::array<KindInfo, 10> all = {{
        {CsvKind::People, "people", {"email", "name", "team", "active"},
         {"email", "name", "team"}, {"email"}},
        {CsvKind::Accounts, "accounts",
         {"id", "name", "industry", "segment", "model", "stage", "owner", "contract_start",
          "renewal_date", "status"},
         {"id", "name"}, {"id"}},
        {CsvKind::Ownership, "ownership", {"account_id", "stage", "from", "owner", "supporting"},
         {"account_id", "stage", "owner"}, {"account_id", "stage", "from"}},
        {CsvKind::Stages, "stages", {"account_id", "entered", "stage"},
         {"account_id", "stage", "entered"}, {"account_id", "entered"}},
        {CsvKind::Revenue, "revenue", {"account_id", "month", "mrr"},
         {"account_id", "month", "mrr"}, {"account_id", "month"}},
        {CsvKind::Usage, "usage", {"account_id", "month", "active_users", "licensed_users"},
         {"account_id", "month", "active_users", "licensed_users"}, {"account_id", "month"}},
        {CsvKind::Interactions, "interactions",
         {"id", "account_id", "date", "kind", "author", "summary"},
         {"account_id", "date", "kind"}, {"id"}},
        {CsvKind::Tickets, "tickets",
         {"id", "account_id", "opened", "closed", "priority", "escalated"},
         {"id", "account_id", "opened"}, {"id"}},
        {CsvKind::Surveys, "surveys",
         {"id", "account_id", "date", "kind", "score", "comment", "ticket_id"},
         {"account_id", "date", "kind", "score"}, {"id"}},
        {CsvKind::Costs, "costs", {"id", "date", "category", "amount", "account_id"},
         {"date", "category", "amount"}, {"id"}},
    }};
    return all;
}

const KindInfo &info(CsvKind kind)
{
    return kinds()[size_t(kind)];
}

} // namespace

QString csvKindName(CsvKind kind)
{
    return QString::fromLatin1(info(kind).name);
}

std::optional<CsvKind> csvKindFromName(QStringView name)
{
    for (const KindInfo &k : kinds()) {
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

const std::array<CsvKind, 10> &allCsvKinds()
{
    static const std::array<CsvKind, 10> all = {
        CsvKind::People,  CsvKind::Accounts,     CsvKind::Ownership,    CsvKind::Stages,
        CsvKind::Revenue, CsvKind::Usage,        CsvKind::Interactions,
        CsvKind::Tickets, CsvKind::Surveys,      CsvKind::Costs};
    return all;
}

QStringList csvColumns(CsvKind kind)
{
    return info(kind).columns;
}

QStringList csvRequiredColumns(CsvKind kind)
{
    return info(kind).required;
}

QStringList csvKeyColumns(CsvKind kind)
{
    return info(kind).key;
}

} // namespace karvan
