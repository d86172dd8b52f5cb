#pragma once

#include "reports/reportdata.h"

#include <QSqlDatabase>

namespace karvan::reports {

// "Name <email>" for a known person's email; the text itself otherwise (an actor such as
// "karvan-cli:sara"); "" stays "".
QString preparedByLabel(const QSqlDatabase &db, const QString &emailOrActor);

// Gathers one account's client status report as of `asOf` from the core: the account's
// detail (AccountDetailLoader), its owners (the ownership resolver, through the detail), its health
// with each measure and lift (HealthService), its open tasks (TaskStore). Read-only.
// Throws DataError when the account does not exist.
AccountReport buildAccountReport(const QSqlDatabase &db, qint64 accountId, const QDate &asOf,
                                 const QString &preparedBy);
// The same by the account's own id (ext_id); DataError "unknown account" when there is none.
AccountReport buildAccountReport(const QSqlDatabase &db, const QString &extId, const QDate &asOf,
                                 const QString &preparedBy);

// Gathers the portfolio report of a period: the metrics (MetricsLoader; the team's or owner's
// group, attributed as `metrics --by` does), the health distribution (HealthService, as of the
// period's last day or today when that is later), the ownership gaps and load
// (OwnershipMatrix), the stage KPIs (StageKpisLoader) and the accounts at risk: those the
// signal rules red, renewal and silent find (SignalRules, its thresholds). A team or an owner narrows the accounts to those whose
// current stage that team or person owns. Throws DataError for an unknown team or owner.
PortfolioReport buildPortfolioReport(const QSqlDatabase &db, const PortfolioScope &scope,
                                     const QString &preparedBy,
                                     const QDate &today = QDate::currentDate());

} // namespace karvan::reports
