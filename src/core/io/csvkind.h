#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace karvan {

// The kinds of CSV file Karvan imports and exports (contract.md). The order of the enum is the
// import order: a kind may refer only to kinds before it.
enum class CsvKind {
    People, Accounts, Ownership, Stages, Revenue, Usage, Interactions, Tickets, Surveys, Costs
};

// "people", "accounts", ... as used on the command line and as file names (KIND.csv).
QString csvKindName(CsvKind kind);
// Case-insensitive; std::nullopt for an unknown name.
std::optional<CsvKind> csvKindFromName(QStringView name);
// All ten kinds, in import order.
const std::array<CsvKind, 10> &allCsvKinds();

// The standard columns of a kind in export order, key columns first (all lower case).
// For accounts, custom-field columns follow these on export.
QStringList csvColumns(CsvKind kind);
// The columns a file of this kind must have.
QStringList csvRequiredColumns(CsvKind kind);
// The columns that together form the row's key (e.g. {"account_id", "month"} for revenue).
QStringList csvKeyColumns(CsvKind kind);

} // namespace karvan
