#pragma once

#include <QString>

// The column names several CSV kinds share (../shared/contract.md), spelled once.
namespace karvan::columns {

inline const QString kAccount = QStringLiteral("account_id");
inline const QString kDate = QStringLiteral("date");
inline const QString kKind = QStringLiteral("kind");

} // namespace karvan::columns
