#pragma once

#include "domain/currenthealth.h"
#include "health/healthcalculator.h"
#include "health/healthloader.h"
#include "health/scorecard.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace karvan {

// A CSM's override of an account's band (`health_overrides`); it applies on every as-of date
// D with D <= endsOn.
struct HealthOverride
{
    qint64 id = 0;
    qint64 accountId = 0;
    Band band = Band::Red;
    QString reason;
    QString author;
    QString createdAt;           // YYYY-MM-DDTHH:MM:SSZ
    QDate endsOn;
};

// One account's health as of a date: the computed result, the override in force, the trend.
struct AccountHealth
{
    qint64 accountId = 0;
    QString extId;
    QString name;
    HealthResult computed;
    std::optional<HealthOverride> override_;
    // The score compared with the latest snapshot of an earlier month (trendBetween).
    Trend trend = Trend::None;
    std::optional<double> previousScore;
    QString previousMonth;       // YYYY-MM of the snapshot compared with, or empty

    // The band shown: churned for a churned account, else the override's while it applies,
    // else the computed one.
    Band band() const
    {
        return override_ && computed.band != Band::Churned ? override_->band : computed.band;
    }
    // The same as stored in health_current.
    CurrentHealth current(const QDate &asOf) const;
};

// Health for the app and karvan-cli: evaluate every account at once, manage overrides,
// record monthly snapshots.
class HealthService
{
public:
    explicit HealthService(const QSqlDatabase &db);

    // The scorecard as stored (read on first use).
    const Scorecard &scorecard() const;

    // Every account, ordered by ext_id.
    std::vector<AccountHealth> evaluateAll(const QDate &asOf) const;
    // One account by its row id; throws DataError when there is no such account.
    AccountHealth evaluate(qint64 accountId, const QDate &asOf) const;
    // The row id of the account with this user-facing id; nullopt when unknown.
    std::optional<qint64> accountIdForKey(const QString &extId) const;

    // Adds an override (own transaction, audit log). Throws DataError on an unknown account,
    // an insufficient band, an empty reason or author, or an invalid end date.
    qint64 addOverride(qint64 accountId, Band band, const QString &reason,
                       const QString &author, const QDate &endsOn);
    // Removes every override of the account (own transaction, audit log); returns how many.
    int clearOverrides(qint64 accountId, const QString &actor);
    // Removes one override by its id (own transaction, audit log); the undo of addOverride.
    void removeOverride(qint64 overrideId, const QString &actor);
    // The override in force for the account on `asOf`: ends_on >= asOf, the latest created
    // wins (then the highest id). The one rule; evaluateAll uses the same query.
    std::optional<HealthOverride> activeOverride(qint64 accountId, const QDate &asOf) const;
    // Every override of the account, newest first.
    std::vector<HealthOverride> overrides(qint64 accountId) const;

    // Upserts every account's score and band (the band shown, override included) for asOf's
    // month into `health_snapshots`; own transaction; returns the number of accounts. Nothing
    // is stored for a date after today (returns 0).
    int recordSnapshot(const QDate &asOf);
    // The same from every account's health already evaluated as of `asOf` (evaluateAll).
    int recordSnapshot(const QDate &asOf, const std::vector<AccountHealth> &evaluated);
    // Whether any snapshot exists for the month (YYYY-MM).
    bool hasSnapshot(const QString &month) const;
    // The bands over time: for each month from `fromMonth` to `toMonth` (YYYY-MM) that has
    // snapshots, the number of accounts in each band; months in order.
    std::map<QString, std::map<Band, int>> bandsByMonth(const QString &fromMonth, const QString &toMonth) const;

    // --- the health now (`health_current`): what the book, the workspace header, the band
    // filters read. Kept up to date by every edit of an input (the account writers, overrides), an
    // import, and a new day (ensureCurrent).
    // Re-evaluates every account (or one) as of `today` and stores it; own transaction.
    int refreshCurrent(const QDate &today, std::optional<qint64> only = std::nullopt);
    // The same inside the caller's open write transaction.
    int refreshCurrentInTransaction(const QDate &today, std::optional<qint64> only = std::nullopt);
    // After a change to these accounts' inputs (an import of usage, interactions, tickets or
    // surveys): re-evaluates them one by one, or the whole book in one pass when that is
    // cheaper (measured on 50,000 accounts: 1.1 ms an account one by one, 50 us in one pass, so
    // one by one while they are fewer than a twenty-fifth of the book); own transaction. The
    // other accounts keep what is stored: their inputs did not change.
    static constexpr qint64 kOneByOneCost = 25;
    int refreshAccounts(const QDate &today, const std::vector<qint64> &accounts);
    // How many accounts a refresh of every account evaluates at once: a book with more is
    // refreshed in parts of consecutive row ids (the same values, less memory).
    void setAccountsPerPart(qint64 accounts) { m_accountsPerPart = std::max<qint64>(accounts, 1); }
    // Stores results already evaluated as of `today` (evaluateAll); own transaction. Rows
    // already as of `today` (an edit refreshed them meanwhile) are left as they are.
    void storeCurrent(const QDate &today, const std::vector<AccountHealth> &evaluated);
    // Whether an account's stored health (one or any) is missing or not as of `today`.
    bool currentIsStale(const QDate &today, std::optional<qint64> only = std::nullopt) const;
    // Refreshes every account when any is stale (a new day, a new scorecard); returns whether
    // it did. For one account: refreshes only that one.
    bool ensureCurrent(const QDate &today, std::optional<qint64> only = std::nullopt);
    // Marks every stored row stale (the scorecard or the snapshots changed); the caller's
    // transaction.
    static void invalidateCurrent(QSqlDatabase &db);
    // Every stored row (or one account's), one call per row.
    void readCurrent(const std::function<void(qint64 accountId, CurrentHealth &&health)> &visit,
                     std::optional<qint64> only = std::nullopt) const;
    // One account's stored health; a default (never scored) value when none is stored.
    CurrentHealth readCurrent(qint64 accountId) const;
    // Every stored row's band alone (the matrix, the filters), one call per row.
    void readBands(const std::function<void(qint64 accountId, Band band)> &visit) const;
    // How many accounts are stored in each band now (the dashboard's distribution).
    std::map<Band, int> bandCounts() const;

    // The contract's JSON form of one account (plus computed_band, trend, contribution, lift).
    static QJsonObject toJson(const AccountHealth &health);

private:
    std::vector<AccountHealth> evaluateSome(const QDate &asOf, std::optional<qint64> only) const;
    // The same, one account at a time (ordered by ext_id), without holding every result.
    // `range`: only the accounts whose row id is in it.
    void evaluateEach(const QDate &asOf, std::optional<qint64> only,
                      const std::function<void(AccountHealth &&)> &visit,
                      std::optional<HealthLoader::IdRange> range = std::nullopt) const;
    // The override in force per account on `asOf` (all accounts, or one).
    QHash<qint64, HealthOverride> overridesInForce(const QDate &asOf, std::optional<qint64> only) const;
    void writeCurrent(const QDate &today, const std::vector<AccountHealth> &evaluated, bool onlyStale);
    // Evaluates every account (or one) as of `today` and upserts each as it is evaluated.
    int evaluateAndWriteCurrent(const QDate &today, std::optional<qint64> only);

    QSqlDatabase m_db;
    mutable std::optional<Scorecard> m_scorecard;
    qint64 m_accountsPerPart = 50000;
};

} // namespace karvan
