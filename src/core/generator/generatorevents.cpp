#include "generator/generatorevents.h"

#include "generator/generatorbook.h"
#include "generator/generatornames.h"
#include "generator/generatorrng.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace karvan {

namespace {

// Random-stream purposes (the third part of a GeneratorRng seed).
enum Stream : quint64 {
    kInteractionStream = 2,
    kTicketStream = 3,
    kSurveyStream = 4,
    kCostStream = 5,
    kUsageStream = 6,
    kReferralStream = 12,
    kSharedCostStream = 1000, // + month
};

// The index of `referral` in interactionKinds().
constexpr int kReferral = 6;

// In the order of costCategories() (domain/fixedlists.h).
enum Category { Support, Training, Engagement, Marketing, Success, Other, Acquisition };

// A round amount of Toman (to the thousand) between lo and hi, in minor units.
qint64 toman(GeneratorRng &rng, double lo, double hi)
{
    return std::max<qint64>(1000, std::llround(rng.uniform(lo, hi) / 1000) * 1000) * 100;
}

template<typename T>
void sortByDate(std::vector<T> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const T &a, const T &b) { return a.date < b.date; });
}

bool persianText(const GeneratedAccount &a, GeneratorRng &rng)
{
    return rng.chance(a.persian ? 0.6 : 0.03);
}

} // namespace

QDate GeneratorEvents::dayIn(int month, GeneratorRng &rng) const
{
    return m_book.monthStart(month).addDays(rng.below(m_book.daysInMonth(month)));
}

bool GeneratorEvents::billed(int account, int month) const
{
    return m_book.mrr(account, month) > 0;
}

std::vector<GeneratedUsage> GeneratorEvents::usage(int account) const
{
    const GeneratedAccount &a = m_book.accounts()[size_t(account)];
    GeneratorRng rng(m_book.options().seed, quint64(account) + 1, kUsageStream);
    std::vector<GeneratedUsage> result(size_t(m_book.monthCount()));
    const double adoption = 0.25 + 0.7 * a.happiness;
    for (int m = 0; m < m_book.monthCount(); ++m) {
        const qint64 mrr = m_book.mrr(account, m);
        if (mrr == 0)
            continue;
        const int licensed = int(std::clamp<qint64>(mrr / 100 / a.seatPrice, 1, 100000));
        const int age = m_book.monthsSinceContract(a, m);
        const double ramp = std::min(1.0, (age + 1) / 4.0);
        const double ratio = std::clamp((adoption + rng.uniform(-0.08, 0.08)) * ramp, 0.02, 1.0);
        result[size_t(m)] = {std::min(licensed, int(std::lround(licensed * ratio))), licensed};
    }
    return result;
}

std::vector<GeneratedInteraction> GeneratorEvents::interactions(int account) const
{
    const GeneratedAccount &a = m_book.accounts()[size_t(account)];
    GeneratorRng rng(m_book.options().seed, quint64(account) + 1, kInteractionStream);
    const int months = m_book.monthCount();
    std::vector<GeneratedInteraction> result;
    for (int m = 0; m < months; ++m) {
        const bool talking = billed(account, m) || (a.start < 0 && m >= months - 3)
                             || (a.start >= 1 && m == a.start - 1);
        if (!talking)
            continue;
        int count = 0;
        if (!a.b2b)
            count = rng.chance(0.3) ? 1 : 0;
        else if (a.segment == Segment::Enterprise)
            count = rng.between(1, 4);
        else if (a.segment == Segment::MidMarket)
            count = rng.between(0, 2);
        else
            count = rng.chance(0.5) ? 1 : 0;
        const bool quarterEnd = a.segment != Segment::Smb && m % 3 == 2;
        for (int k = 0; k < count; ++k) {
            GeneratedInteraction i;
            i.date = dayIn(m, rng);
            i.kind = rng.weighted(std::array{15, 20, 30, 20, quarterEnd ? 10 : 0, 10});
            i.author = m_book.ownerAt(a, m_book.stageAt(a, m));
            if (rng.chance(0.1))
                i.author = a.support;
            else if (rng.chance(0.04))
                i.author = -1;
            if (rng.chance(0.9))
                i.summary = generatornames::interactionSummary(i.kind, rng, persianText(a, rng));
            result.push_back(std::move(i));
        }
    }
    // Advocates refer new prospects (their own stream: the other rows stay as they were).
    const QDate advocacy = a.entered(Stage::Advocacy);
    if (advocacy.isValid()) {
        GeneratorRng referrals(m_book.options().seed, quint64(account) + 1, kReferralStream);
        const QDate from = std::max(advocacy, m_book.firstDay());
        const int days = int(from.daysTo(m_book.lastDay()));
        for (int k = referrals.between(1, 3); k > 0 && days >= 0; --k) {
            GeneratedInteraction i;
            i.date = from.addDays(referrals.below(days + 1));
            i.kind = kReferral;
            i.author = a.marketing;
            i.summary = QStringLiteral("Referred a new prospect");
            result.push_back(std::move(i));
        }
    }
    sortByDate(result);
    return result;
}

std::vector<GeneratedTicket> GeneratorEvents::tickets(int account) const
{
    const GeneratedAccount &a = m_book.accounts()[size_t(account)];
    GeneratorRng rng(m_book.options().seed, quint64(account) + 1, kTicketStream);
    double rate = !a.b2b ? 0.1 : a.segment == Segment::Enterprise ? 0.9
                : a.segment == Segment::MidMarket ? 0.45 : 0.18;
    rate *= 1.5 - a.happiness;
    static constexpr double kEscalation[] = {0.01, 0.04, 0.15, 0.35};
    std::vector<GeneratedTicket> result;
    for (int m = 0; m < m_book.monthCount(); ++m) {
        if (!billed(account, m))
            continue;
        for (int slot = 0; slot < 3; ++slot) {
            if (!rng.chance(rate / 3))
                continue;
            GeneratedTicket t;
            t.opened = dayIn(m, rng);
            t.priority = rng.weighted(std::array{25, 45, 22, 8});
            t.escalated = rng.chance(kEscalation[t.priority]);
            const int days = t.priority == 0 ? rng.between(2, 20)
                           : t.priority == 1 ? rng.between(1, 10)
                           : t.priority == 2 ? rng.between(0, 5) : rng.between(0, 2);
            if (!rng.chance(0.03) && t.opened.addDays(days) <= m_book.lastDay())
                t.closed = t.opened.addDays(days);
            result.push_back(std::move(t));
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const GeneratedTicket &x, const GeneratedTicket &y) {
                         return x.opened < y.opened;
                     });
    for (size_t k = 0; k < result.size(); ++k)
        result[k].id = QStringLiteral("TCK-%1-%2").arg(account + 1, 6, 10, QLatin1Char('0'))
                           .arg(int(k) + 1, 3, 10, QLatin1Char('0'));
    return result;
}

std::vector<GeneratedSurvey>
GeneratorEvents::surveys(int account, const std::vector<GeneratedTicket> &tickets) const
{
    const GeneratedAccount &a = m_book.accounts()[size_t(account)];
    GeneratorRng rng(m_book.options().seed, quint64(account) + 1, kSurveyStream);
    const double h = a.happiness;
    std::vector<GeneratedSurvey> result;
    auto answer = [&](QDate date, int kind, double raw, int lo, int hi, int happyFrom,
                      int neutralFrom, double commentChance, const QString &ticketId) {
        GeneratedSurvey s;
        s.date = date;
        s.kind = kind;
        s.score = std::clamp(int(std::lround(raw)), lo, hi);
        if (rng.chance(commentChance)) {
            const int mood = s.score >= happyFrom ? 2 : s.score >= neutralFrom ? 1 : 0;
            s.comment = generatornames::surveyComment(mood, rng, persianText(a, rng));
        }
        s.ticketId = ticketId;
        result.push_back(std::move(s));
    };
    for (int m = 0; m < m_book.monthCount(); ++m) {
        if (billed(account, m) && rng.chance(1.0 / 6))
            answer(dayIn(m, rng), 0, 4.5 + h * 7 + rng.uniform(-2, 2), 0, 10, 9, 7, 0.35, {});
    }
    for (const GeneratedTicket &t : tickets) {
        if (!t.closed.isValid())
            continue;
        const double penalty = t.escalated ? 1.0 : 0.0;
        if (rng.chance(0.5))
            answer(t.closed, 1, 2.4 + h * 3.5 + rng.uniform(-1.2, 1.2) - penalty, 1, 5, 4, 3,
                   0.25, t.id);
        if (rng.chance(0.2))
            answer(t.closed, 2, 2.5 + h * 5 + rng.uniform(-1.5, 1.5) - penalty, 1, 7, 6, 4,
                   0.1, t.id);
    }
    sortByDate(result);
    return result;
}

std::vector<GeneratedCost>
GeneratorEvents::accountCosts(int account, const std::vector<GeneratedTicket> &tickets) const
{
    const GeneratedAccount &a = m_book.accounts()[size_t(account)];
    GeneratorRng rng(m_book.options().seed, quint64(account) + 1, kCostStream);
    std::vector<GeneratedCost> result;
    const int months = m_book.monthCount();
    if (a.start >= 1 && rng.chance(0.7)) {
        const double mrr = double(m_book.mrr(account, a.start) / 100);
        result.push_back({a.contractStart, Acquisition, toman(rng, 2 * mrr, 8 * mrr)});
    }
    if (a.start >= 0 && a.b2b && a.start + 1 < months && rng.chance(0.3))
        result.push_back({dayIn(a.start + 1, rng), Training, toman(rng, 1e6, 10e6)});
    for (const GeneratedTicket &t : tickets) {
        if (rng.chance(0.4))
            result.push_back({t.opened, Support, toman(rng, 200e3, 2e6) * (t.priority + 1) / 2});
    }
    for (int m = 0; m < months; ++m) {
        if (!billed(account, m))
            continue;
        if (a.segment == Segment::Enterprise && m % 3 == 0)
            result.push_back({dayIn(m, rng), Success, toman(rng, 3e6, 20e6)});
        if (rng.chance(0.03))
            result.push_back({dayIn(m, rng), Engagement, toman(rng, 500e3, 5e6)});
    }
    sortByDate(result);
    return result;
}

std::vector<GeneratedCost> GeneratorEvents::sharedCosts(int month) const
{
    GeneratorRng rng(m_book.options().seed, 0, kSharedCostStream + quint64(month));
    const double scale = std::max(0.2, double(m_book.accounts().size()) / 100.0);
    struct Budget { Category category; int rows; double perHundredAccounts; };
    static constexpr Budget kBudgets[] = {
        {Marketing, 2, 20e6}, {Acquisition, 2, 80e6}, {Training, 1, 5e6},
        {Success, 1, 8e6},    {Support, 1, 6e6},      {Engagement, 1, 4e6}, {Other, 1, 3e6},
    };
    std::vector<GeneratedCost> result;
    for (const Budget &b : kBudgets) {
        const double each = b.perHundredAccounts * scale / b.rows;
        for (int k = 0; k < b.rows; ++k)
            result.push_back({dayIn(month, rng), b.category, toman(rng, 0.6 * each, 1.4 * each)});
    }
    sortByDate(result);
    return result;
}

} // namespace karvan
