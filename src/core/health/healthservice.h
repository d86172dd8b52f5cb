#pragma once

#include "health/healthcalculator.h"
#include "health/scorecard.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace karvan {

// A CSM's override of an account's band (`health_overrides`); it applies on every as-of date
// D with D <= endsOn.
struct HealthOverride
{
    qint64 id = 0;
    qint64 accountId = 0;
    HealthBand band = HealthBand::Red;
    QString reason;
    QString author;
    QString createdAt;           // YYYY-MM-DDTHH:MM:SSZ
    QDate endsOn;
};

// The score compared with the latest snapshot of an earlier month (scores rounded to one
// decimal). None: no earlier snapshot, or a score missing on either side.
enum class HealthTrend { None, Up, Down, Same };
QString trendKey(HealthTrend trend); // "none", "up", "down", "same"

// One account's health as of a date: the computed result, the override in force, the trend.
struct AccountHealth
{
    qint64 accountId = 0;
    QString extId;
    QString name;
    HealthResult computed;
    std::optional<HealthOverride> override_;
    HealthTrend trend = HealthTrend::None;
    std::optional<double> previousScore;
    QString previousMonth;       // YYYY-MM of the snapshot compared with, or empty

    // The band shown: the override's while it applies, else the computed one.
    HealthBand band() const { return override_ ? override_->band : computed.band; }
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
    qint64 addOverride(qint64 accountId, HealthBand band, const QString &reason,
                       const QString &author, const QDate &endsOn);
    // Removes every override of the account (own transaction, audit log); returns how many.
    int clearOverrides(qint64 accountId, const QString &actor);
    // Removes one override by its id (own transaction, audit log); the undo of addOverride.
    void removeOverride(qint64 overrideId, const QString &actor);
    // The override in force for the account on `asOf` (the latest created wins).
    std::optional<HealthOverride> activeOverride(qint64 accountId, const QDate &asOf) const;
    // Every override of the account, newest first.
    std::vector<HealthOverride> overrides(qint64 accountId) const;

    // Upserts every account's score and band (the band shown, override included) for asOf's
    // month into `health_snapshots`; own transaction; returns the number of accounts.
    int recordSnapshot(const QDate &asOf);
    // The same from every account's health already evaluated as of `asOf` (evaluateAll).
    int recordSnapshot(const QDate &asOf, const std::vector<AccountHealth> &evaluated);
    // Whether any snapshot exists for the month (YYYY-MM).
    bool hasSnapshot(const QString &month) const;

    // The contract's JSON form of one account (plus computed_band, trend, contribution, lift).
    static QJsonObject toJson(const AccountHealth &health);

private:
    std::vector<AccountHealth> evaluateSome(const QDate &asOf, std::optional<qint64> only) const;

    QSqlDatabase m_db;
    mutable std::optional<Scorecard> m_scorecard;
};

} // namespace karvan
