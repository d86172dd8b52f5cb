#include "health/healthcalculator.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace karvan {

namespace {

constexpr double kEpsilon = 1e-9;

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// A fraction as a whole percent, rounded up (for what is needed) or to nearest (for what is).
QString percent(double fraction, bool up = false)
{
    const double p = fraction * 100.0;
    return QStringLiteral("%1%").arg(up ? std::ceil(p - kEpsilon) : std::round(p));
}

QString oneDecimal(double v)
{
    return QString::number(v, 'f', 1);
}

// "1 answer", "3 answers".
QString count(qint64 n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun)).arg(n == 1 ? "" : "s");
}

} // namespace

HealthCalculator::HealthCalculator(Scorecard scorecard) : m_scorecard(std::move(scorecard))
{
    if (const ScorecardMeasure *m = m_scorecard.measure(u"adoption")) {
        m_floor = m->param(QStringLiteral("floor"), m_floor);
        m_full = m->param(QStringLiteral("full"), m_full);
    }
    if (const ScorecardMeasure *m = m_scorecard.measure(u"support")) {
        m_openPenalty = m->param(QStringLiteral("open_penalty"), m_openPenalty);
        m_escalationPenalty = m->param(QStringLiteral("escalation_penalty"), m_escalationPenalty);
    }
    if (const ScorecardMeasure *m = m_scorecard.measure(u"engagement")) {
        m_fullDays = m->param(QStringLiteral("full_days"), m_fullDays);
        m_zeroDays = m->param(QStringLiteral("zero_days"), m_zeroDays);
    }
}

std::optional<double> HealthCalculator::adoptionScore(const HealthInputs &in) const
{
    if (in.usageMonth.isEmpty() || in.licensedUsers <= 0)
        return std::nullopt;
    const double r = double(in.activeUsers) / double(in.licensedUsers);
    return 100.0 * std::clamp((r - m_floor) / (m_full - m_floor), 0.0, 1.0);
}

std::optional<double> HealthCalculator::npsScore(const HealthInputs &in) const
{
    if (in.npsCount <= 0)
        return std::nullopt;
    return in.npsSum / in.npsCount * 10.0;
}

std::optional<double> HealthCalculator::csatScore(const HealthInputs &in) const
{
    if (in.csatCount <= 0)
        return std::nullopt;
    return 100.0 * in.csatGood / in.csatCount;
}

std::optional<double> HealthCalculator::supportScore(const HealthInputs &in) const
{
    if (in.ticketsEver <= 0)
        return std::nullopt;
    return std::max(0.0, 100.0 - m_openPenalty * in.ticketsOpen
                             - m_escalationPenalty * in.escalatedRecent);
}

std::optional<double> HealthCalculator::engagementScore(const HealthInputs &in, const QDate &asOf) const
{
    if (!in.lastInteraction.isValid())
        return std::nullopt;
    const double d = double(in.lastInteraction.daysTo(asOf));
    if (d <= m_fullDays)
        return 100.0;
    if (d >= m_zeroDays)
        return 0.0;
    return 100.0 * (m_zeroDays - d) / (m_zeroDays - m_fullDays);
}

MeasureResult HealthCalculator::measure(const ScorecardMeasure &m, const HealthInputs &in,
                                        const QDate &asOf) const
{
    MeasureResult r;
    r.key = m.key;
    r.label = m.label;
    r.weight = m.weight;
    std::optional<double> score;
    if (m.key == QLatin1String("adoption")) {
        score = adoptionScore(in);
        if (score) {
            const double ratio = double(in.activeUsers) / double(in.licensedUsers);
            r.value = ratio;
            r.detail = QStringLiteral("%1 of licensed users active (%2 of %3, %4)")
                           .arg(percent(ratio)).arg(in.activeUsers).arg(in.licensedUsers)
                           .arg(in.usageMonth);
        } else {
            r.detail = in.usageMonth.isEmpty() ? QStringLiteral("no usage reported")
                                               : QStringLiteral("no licensed users");
        }
    } else if (m.key == QLatin1String("nps")) {
        score = npsScore(in);
        if (score) {
            r.value = in.npsSum / in.npsCount;
            r.detail = QStringLiteral("mean answer %1 of 10 over %2")
                           .arg(oneDecimal(in.npsSum / in.npsCount), count(in.npsCount, "answer"));
        } else {
            r.detail = QStringLiteral("no NPS answers in %1 days")
                           .arg(m.param(QStringLiteral("window_days"), 180));
        }
    } else if (m.key == QLatin1String("csat")) {
        score = csatScore(in);
        if (score) {
            r.value = double(in.csatGood) / in.csatCount;
            r.detail = QStringLiteral("%1 of %2 rated %3-5")
                           .arg(percent(double(in.csatGood) / in.csatCount), count(in.csatCount, "answer"))
                           .arg(m.param(QStringLiteral("good_from"), 4));
        } else {
            r.detail = QStringLiteral("no CSAT answers in %1 days")
                           .arg(m.param(QStringLiteral("window_days"), 90));
        }
    } else if (m.key == QLatin1String("support")) {
        score = supportScore(in);
        if (score) {
            r.value = QJsonObject{{"open", in.ticketsOpen}, {"escalated", in.escalatedRecent},
                                  {"tickets", in.ticketsEver}};
            r.detail = QStringLiteral("%1 open, %2 escalated in %3 days (%4 in all)")
                           .arg(count(in.ticketsOpen, "ticket")).arg(in.escalatedRecent)
                           .arg(m.param(QStringLiteral("window_days"), 90)).arg(in.ticketsEver);
        } else {
            r.detail = QStringLiteral("no tickets");
        }
    } else if (m.key == QLatin1String("engagement")) {
        score = engagementScore(in, asOf);
        if (score) {
            const qint64 days = in.lastInteraction.daysTo(asOf);
            r.value = double(days);
            r.detail = QStringLiteral("last contact %1 days ago (%2)")
                           .arg(days).arg(in.lastInteraction.toString(Qt::ISODate));
        } else {
            r.detail = QStringLiteral("no contact recorded");
        }
    }
    r.hasData = score.has_value();
    r.score = score.value_or(0.0);
    return r;
}

HealthResult HealthCalculator::evaluate(const HealthInputs &inputs, const QDate &asOf) const
{
    HealthResult result;
    result.measures.reserve(m_scorecard.measures().size());
    double weighted = 0;
    for (const ScorecardMeasure &m : m_scorecard.measures()) {
        if (!m.enabled)
            continue;
        MeasureResult r = measure(m, inputs, asOf);
        if (r.hasData) {
            result.weightWithData += r.weight;
            weighted += r.score * r.weight;
        }
        result.measures.append(std::move(r));
    }
    const double w = result.weightWithData;
    if (inputs.churned) {
        // A churned account is not scored: its measures are shown, nothing else.
        result.band = Band::Churned;
        return result;
    }
    if (w > 0 && w + kEpsilon >= m_scorecard.minWeight()) {
        result.score = round2(weighted / w);
        for (MeasureResult &r : result.measures) {
            if (r.hasData)
                r.contribution = r.score * r.weight / w;
        }
    }
    result.band = m_scorecard.bandFor(result.score);
    if (result.score)
        addLifts(result, weighted / w, inputs, asOf);
    return result;
}

void HealthCalculator::addLifts(HealthResult &result, double rawScore, const HealthInputs &in,
                                const QDate &asOf) const
{
    const std::optional<Band> target = nextBand(result.band);
    if (!target || !result.score)
        return;
    const double gap = m_scorecard.bandFloor(*target) - rawScore;
    for (MeasureResult &r : result.measures) {
        if (!r.hasData || r.weight <= 0)
            continue;
        const double needed = r.score + gap * result.weightWithData / r.weight;
        if (needed > 100.0 + kEpsilon)
            continue;
        r.lift = lift(r, in, asOf, std::min(needed, 100.0), *target);
    }
}

std::optional<HealthLift> HealthCalculator::lift(const MeasureResult &r, const HealthInputs &in,
                                                 const QDate &asOf, double needed,
                                                 Band target) const
{
    const ScorecardMeasure *m = m_scorecard.measure(r.key);
    if (!m)
        return std::nullopt;
    HealthLift l;
    l.targetBand = target;
    l.score = round2(needed);
    const QString tail = QStringLiteral(" lifts it to %1").arg(bandKey(target));
    if (r.key == QLatin1String("adoption")) {
        const double ratio = m_floor + needed / 100.0 * (m_full - m_floor);
        const qint64 users = qint64(std::ceil(ratio * double(in.licensedUsers) - kEpsilon));
        if (users > in.licensedUsers)
            return std::nullopt;
        // The whole number of users needed, and the share that number is.
        const double reached = double(users) / double(in.licensedUsers);
        l.value = reached;
        l.text = QStringLiteral("adoption: %1 -> %2 of licensed users active (%3 of %4)")
                     .arg(percent(r.value.toDouble()), percent(reached, true)).arg(users)
                     .arg(in.licensedUsers) + tail;
    } else if (r.key == QLatin1String("nps")) {
        const double mean = std::ceil(needed / 10.0 * 10.0 - kEpsilon) / 10.0;
        l.value = needed / 10.0;
        l.text = QStringLiteral("nps: mean answer %1 -> %2").arg(oneDecimal(r.value.toDouble()),
                                                                 oneDecimal(mean)) + tail;
    } else if (r.key == QLatin1String("csat")) {
        l.value = needed / 100.0;
        l.text = QStringLiteral("csat: %1 -> %2 of answers rated %3-5")
                     .arg(percent(r.value.toDouble()), percent(needed / 100.0, true))
                     .arg(m->param(QStringLiteral("good_from"), 4)) + tail;
    } else if (r.key == QLatin1String("support")) {
        const double openPenalty = m_openPenalty;
        const double raw = 100.0 - openPenalty * in.ticketsOpen - m_escalationPenalty * in.escalatedRecent;
        if (openPenalty <= 0)
            return std::nullopt;
        const int close = int(std::ceil((needed - raw) / openPenalty - kEpsilon));
        if (close < 1 || close > in.ticketsOpen)
            return std::nullopt;
        l.value = in.ticketsOpen - close;
        l.text = QStringLiteral("support: %1 open -> %2 (close %3)")
                     .arg(count(in.ticketsOpen, "ticket")).arg(in.ticketsOpen - close).arg(close) + tail;
    } else if (r.key == QLatin1String("engagement")) {
        const qint64 days = qint64(std::floor(m_zeroDays - needed / 100.0 * (m_zeroDays - m_fullDays) + kEpsilon));
        l.value = double(days);
        l.text = QStringLiteral("engagement: last contact %1 days ago -> a contact within %2 days"
                                " (e.g. one today)")
                     .arg(in.lastInteraction.daysTo(asOf)).arg(days) + tail;
    } else {
        return std::nullopt;
    }
    return l;
}

} // namespace karvan
