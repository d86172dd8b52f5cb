#pragma once

#include "health/scorecard.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace karvan {

// The raw inputs of one account's health as of a date, already limited to the measures'
// windows (HealthLoader reads them for every account at once). Plain data: no database.
struct HealthInputs
{
    qint64 accountId = 0;
    QString extId;
    QString name;
    bool churned = false;        // accounts.status = 'churned': not scored, band churned

    // adoption: the latest usage month not after the as-of date
    QString usageMonth;          // empty: no usage row
    qint64 activeUsers = 0;
    qint64 licensedUsers = 0;

    // nps: answers in the window (date > D - window_days and <= D)
    int npsCount = 0;
    double npsSum = 0;           // sum of the 0-10 scores

    // csat: answers in the window
    int csatCount = 0;
    int csatGood = 0;            // answers >= good_from (4)

    // support
    int ticketsEver = 0;         // tickets opened on or before D
    int ticketsOpen = 0;         // opened <= D and (closed null or closed > D)
    int escalatedRecent = 0;     // escalated, opened in the window (> D - window_days, <= D)

    // engagement
    QDate lastInteraction;       // latest interaction not after D; null: none
};

// What would lift an account to the next band through one measure, holding the others.
struct HealthLift
{
    Band targetBand = Band::Green;
    double score = 0;            // the measure score needed
    QJsonValue value;            // the input needed, in the measure's value units
    QString text;                // "adoption: 45% -> 62% of licensed users active lifts it to yellow"
};

// One measure's part of a score.
struct MeasureResult
{
    QString key;
    QString label;
    bool hasData = false;
    double score = 0;            // 0-100 when hasData
    double weight = 0;
    double contribution = 0;     // score x weight / (sum of the weights with data)
    // The raw input: adoption the active/licensed ratio, nps the mean 0-10 score, csat the share
    // of good answers (fraction), support {"open", "escalated", "tickets"}, engagement the days
    // since the latest interaction. Null without data.
    QJsonValue value;
    QString detail;              // the input in words: "45% of 90 licensed users active"
    std::optional<HealthLift> lift;
};

// The computed health of one account.
struct HealthResult
{
    std::optional<double> score; // rounded to 2 decimals; nullopt when insufficient or churned
    Band band = Band::Insufficient; // Churned for a churned account
    double weightWithData = 0;
    QList<MeasureResult> measures; // every enabled measure, in scorecard order
};

// Pure scoring over plain inputs (the contract's "default health scorecard", with the
// scorecard's weights, thresholds and bands).
class HealthCalculator
{
public:
    explicit HealthCalculator(Scorecard scorecard);

    HealthResult evaluate(const HealthInputs &inputs, const QDate &asOf) const;

    const Scorecard &scorecard() const { return m_scorecard; }

    // Each measure's score from its input (nullopt: no data), with the scorecard's params.
    std::optional<double> adoptionScore(const HealthInputs &in) const;
    std::optional<double> npsScore(const HealthInputs &in) const;
    std::optional<double> csatScore(const HealthInputs &in) const;
    std::optional<double> supportScore(const HealthInputs &in) const;
    std::optional<double> engagementScore(const HealthInputs &in, const QDate &asOf) const;

private:
    MeasureResult measure(const ScorecardMeasure &m, const HealthInputs &in, const QDate &asOf) const;
    void addLifts(HealthResult &result, double rawScore, const HealthInputs &in, const QDate &asOf) const;
    std::optional<HealthLift> lift(const MeasureResult &m, const HealthInputs &in,
                                   const QDate &asOf, double neededScore, Band target) const;

    Scorecard m_scorecard;
    // The thresholds, read once from the scorecard's params.
    double m_floor = 0.2, m_full = 0.8;
    double m_openPenalty = 20, m_escalationPenalty = 30;
    double m_fullDays = 30, m_zeroDays = 120;
};

} // namespace karvan
