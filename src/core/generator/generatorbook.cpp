#include "generator/generatorbook.h"

#include "domain/errors.h"
#include "domain/dates.h"
#include "generator/generatornames.h"
#include "generator/generatorrng.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace karvan {

namespace {

// Random-stream purposes (the third part of a GeneratorRng seed).
constexpr quint64 kPeopleStream = 100;
constexpr quint64 kAccountStream = 1;

// A whole amount of major units rounded to a "price-like" step, with cents now and then
// (e.g. 399000.50), in minor units.
qint64 priceMinor(double major, GeneratorRng &rng)
{
    const double step = major >= 1e6 ? 10000 : 1000;
    const qint64 whole = std::max<qint64>(qint64(step), qint64(std::llround(major / step) * step));
    qint64 cents = 0;
    if (rng.chance(0.12))
        cents = 50;
    else if (rng.chance(0.05))
        cents = rng.between(1, 99);
    return whole * 100 + cents;
}

// Scales an amount in minor units, keeping its cents and a price-like step.
qint64 scaled(qint64 minor, double factor, GeneratorRng &rng)
{
    const qint64 cents = minor % 100;
    const double major = double(minor / 100) * factor;
    return priceMinor(major, rng) / 100 * 100 + cents;
}

double logUniform(GeneratorRng &rng, double lo, double hi)
{
    return std::exp(rng.uniform(std::log(lo), std::log(hi)));
}

} // namespace

GeneratorBook::GeneratorBook(const GeneratorOptions &options)
    : m_options(options)
{
    if (options.accounts < 1 || options.accounts > GeneratorOptions::kMaxAccounts)
        throw DataError(QStringLiteral("the number of accounts must be from 1 to %1")
                            .arg(GeneratorOptions::kMaxAccounts));
    if (options.months < 1 || options.months > GeneratorOptions::kMaxMonths)
        throw DataError(QStringLiteral("the number of months must be from 1 to %1")
                            .arg(GeneratorOptions::kMaxMonths));
    const QDate end = dates::parseMonth(options.endMonth);
    if (!end.isValid() || end.year() < 1900)
        throw DataError(QStringLiteral("the end month must be YYYY-MM (value '%1')")
                            .arg(options.endMonth));

    m_first = end.addMonths(-(options.months - 1));
    m_last = end.addMonths(1).addDays(-1);
    m_firstMonthNumber = dates::monthNumber(m_first);
    for (int m = 0; m < options.months; ++m) {
        m_monthStarts.push_back(m_first.addMonths(m));
        m_monthDays.push_back(m_monthStarts.back().daysInMonth());
        m_monthKeys.push_back(dates::monthKey(m_monthStarts.back()));
    }
    for (QDate d = m_first; d <= m_last; d = d.addDays(1))
        m_dateKeys.push_back(dates::dateKey(d));

    makePeople();
    m_accounts.reserve(size_t(options.accounts));
    m_mrr.assign(size_t(options.accounts) * size_t(options.months), 0);
    QSet<QString> names;
    for (int i = 0; i < options.accounts; ++i) {
        GeneratorRng rng(m_options.seed, quint64(i) + 1, kAccountStream);
        GeneratedAccount a;
        a.id = QStringLiteral("ACC-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        a.b2b = rng.chance(0.75);
        a.segment = Segment(a.b2b ? rng.weighted(std::array{55, 33, 12})
                                  : rng.weighted(std::array{80, 20, 0}));
        a.happiness = (rng.real() + rng.real()) / 2;
        a.seatPrice = a.b2b ? rng.between(60000, 250000) : rng.between(20000, 100000);
        a.managerRetains = a.b2b && a.segment != Segment::Smb && rng.chance(0.3);

        if (i >= 20 && rng.chance(0.01)) {
            // A lead typed in again by someone who did not find the existing record.
            const GeneratedAccount &original = m_accounts[size_t(rng.below(i))];
            a.duplicate = true;
            a.persian = original.persian;
            a.name = generatornames::companyVariant(original.name, rng);
            a.domain = original.domain;
            a.taxId = rng.chance(0.5) ? original.taxId : QString();
            a.industry = original.industry;
            a.b2b = original.b2b;
            a.segment = original.segment;
        } else {
            a.persian = rng.chance(0.1);
            generatornames::CompanyName c;
            for (int attempt = 0;; ++attempt) {
                c = generatornames::company(rng, a.persian, std::max(0, attempt - 2));
                if (!names.contains(c.base))
                    break;
            }
            names.insert(c.base);
            a.name = c.name;
            a.domain = c.slug + (a.persian ? QStringLiteral(".ir") : QStringLiteral(".com"));
            a.industry = c.industry;
            a.taxId = a.persian
                ? QStringLiteral("10%1").arg(rng.between64(0, 999999999), 9, 10, QLatin1Char('0'))
                : QStringLiteral("%1-%2").arg(rng.between(10, 99)).arg(
                      rng.between(0, 9999999), 7, 10, QLatin1Char('0'));
            if (rng.chance(0.04)) {
                a.start = -1; // a prospect still in the pipeline
            } else if (options.months == 1 || rng.chance(0.55)) {
                a.start = 0; // a customer from before the generated months
                a.contractStart = m_first.addDays(-rng.below(3 * 365));
            } else {
                a.start = rng.between(1, options.months - 1);
                a.contractStart = monthStart(a.start).addDays(rng.below(28));
            }
        }
        a.csm = member(QStringLiteral("customer_success"), rng);
        if (a.start >= 0 && !m_formerCsms.empty() && rng.chance(0.02)) {
            // A CSM who left and whose accounts were never handed on: the gap a manager must
            // see on the ownership dashboard.
            a.csm = m_formerCsms[size_t(rng.below(int(m_formerCsms.size())))];
        }
        a.sales = member(QStringLiteral("sales"), rng);
        a.manager = member(QStringLiteral("account_management"), rng);
        a.support = member(QStringLiteral("support"), rng);
        a.marketing = member(QStringLiteral("marketing"), rng);
        if (a.start >= 0 && rng.chance(0.03))
            a.formerSales = m_formerSales[size_t(rng.below(int(m_formerSales.size())))];
        if (a.start >= 0) {
            a.contractMonth = dates::monthNumber(a.contractStart);
            makeRevenue(a, i, rng);
        }
        setStage(a, i, rng);
        makeJourney(a, i);
        m_accounts.push_back(std::move(a));
    }
}

void GeneratorBook::makePeople()
{
    const int n = m_options.accounts;
    struct TeamSize { const char *team; int active; int inactive; };
    const int csms = std::max(1, (n + 40) / 80);
    const int sales = std::max(2, n / 250);
    const int support = std::max(1, n / 150);
    const TeamSize sizes[] = {
        {"sales", sales, std::max(1, sales / 10)},
        {"customer_success", csms, std::max(1, csms / 15)},
        {"account_management", std::max(1, n / 200), 0},
        {"support", support, std::max(1, support / 10)},
        {"marketing", std::max(1, n / 500) + 1, 0},
        {"product", std::max(1, n / 1000) + 1, 0},
        {"legal", 1, 0},
        {"training", std::max(1, n / 2000), 0},
        {"qa", 1, 0},
        {"finance", 1, 0},
        {"pr", 1, 0},
        {"social", 1, 0},
    };
    GeneratorRng rng(m_options.seed, 0, kPeopleStream);
    QHash<QString, int> emails;
    for (const TeamSize &size : sizes) {
        const QString team = QString::fromLatin1(size.team);
        m_teams << team;
        m_members.emplace_back();
        for (int k = 0; k < size.active + size.inactive; ++k) {
            GeneratedPerson p;
            p.persian = rng.chance(0.1);
            const generatornames::PersonName name = generatornames::person(rng, p.persian);
            p.name = name.name;
            const int seen = emails.value(name.emailLocal);
            emails.insert(name.emailLocal, seen + 1);
            p.email = name.emailLocal + (seen ? QString::number(seen + 1) : QString())
                      + QStringLiteral("@karvan.example");
            p.team = team;
            p.active = k < size.active;
            const int index = int(m_people.size());
            if (p.active)
                m_members.back().push_back(index);
            else if (team == QLatin1String("sales"))
                m_formerSales.push_back(index);
            else if (team == QLatin1String("customer_success"))
                m_formerCsms.push_back(index);
            m_people.push_back(std::move(p));
        }
    }
}

int GeneratorBook::member(const QString &team, GeneratorRng &rng) const
{
    const std::vector<int> &members = m_members[size_t(m_teams.indexOf(team))];
    return members[size_t(rng.below(int(members.size())))];
}

void GeneratorBook::makeRevenue(GeneratedAccount &a, int index, GeneratorRng &rng)
{
    double lo = 300e3, hi = 3e6; // Toman a month
    if (!a.b2b)
        lo = 49e3, hi = a.segment == Segment::Smb ? 499e3 : 2e6;
    else if (a.segment == Segment::MidMarket)
        lo = 3e6, hi = 25e6;
    else if (a.segment == Segment::Enterprise)
        lo = 25e6, hi = 250e6;
    double churn = !a.b2b ? 0.025 : a.segment == Segment::Smb ? 0.02
                 : a.segment == Segment::MidMarket ? 0.012 : 0.006;
    churn *= 0.85 * (1.5 - a.happiness);
    const double expansion = 0.025 * (0.5 + a.happiness);

    qint64 *mrr = &m_mrr[size_t(index) * size_t(m_options.months)];
    qint64 current = priceMinor(logUniform(rng, lo, hi), rng);
    qint64 beforeChurn = current;
    for (int m = a.start; m < m_options.months; ++m) {
        if (m > a.start) {
            if (current > 0) {
                if (m - a.start >= 2 && rng.chance(churn)) {
                    beforeChurn = current;
                    current = 0;
                } else if (rng.chance(expansion)) {
                    current = scaled(current, rng.uniform(1.1, 1.6), rng);
                    a.lastExpansion = m;
                } else if (rng.chance(0.012)) {
                    current = scaled(current, rng.uniform(0.6, 0.95), rng);
                }
            } else if (rng.chance(0.04)) {
                current = scaled(beforeChurn, rng.uniform(0.8, 1.1), rng); // reactivated
            }
        }
        mrr[m] = current;
    }
}

void GeneratorBook::setStage(GeneratedAccount &a, int index, GeneratorRng &rng)
{
    if (a.start < 0) {
        a.stage = Stage::Acquisition;
        return;
    }
    if (mrr(index, m_options.months - 1) == 0) {
        a.churned = true;
        a.stage = Stage::Retention;
        return;
    }
    a.renewal = a.contractStart.addYears(1);
    while (a.renewal <= m_last)
        a.renewal = a.renewal.addYears(1);
    const int age = monthsSinceContract(a, m_options.months - 1);
    if (age <= 1)
        a.stage = Stage::Implementation;
    else if (age <= 4)
        a.stage = Stage::Deployment;
    else if (a.lastExpansion >= m_options.months - 6 && rng.chance(0.6))
        a.stage = Stage::Expansion;
    else if (a.happiness > 0.65 && age >= 12 && rng.chance(0.45))
        a.stage = Stage::Advocacy;
    else
        a.stage = Stage::Retention;
}

// Acquisition some weeks before the contract, implementation at its start, deployment about
// two months later, retention after five, then expansion or advocacy for some. Its own random
// stream, so that the journey never shifts the other files' numbers.
void GeneratorBook::makeJourney(GeneratedAccount &a, int index)
{
    GeneratorRng rng(m_options.seed, quint64(index) + 1, 11);
    auto add = [&](Stage stage, QDate day) {
        if (!a.journey.empty() && day <= a.journey.back().second)
            day = a.journey.back().second.addDays(1);
        a.journey.emplace_back(stage, std::min(day, m_last));
    };
    if (a.start < 0) {
        add(Stage::Acquisition, m_last.addDays(-rng.below(100)));
        return;
    }
    add(Stage::Acquisition, a.contractStart.addDays(-20 - rng.below(90)));
    add(Stage::Implementation, a.contractStart);
    const QDate month0(a.contractStart.year(), a.contractStart.month(), 1);
    if (a.stage == Stage::Implementation)
        return;
    add(Stage::Deployment, month0.addMonths(2).addDays(rng.below(10)));
    if (a.stage == Stage::Deployment)
        return;
    const QDate retention = month0.addMonths(5).addDays(rng.below(10));
    add(Stage::Retention, retention);
    if (a.stage == Stage::Expansion) {
        const QDate expansion = a.lastExpansion >= 0 ? monthStart(a.lastExpansion) : retention;
        add(Stage::Expansion, std::max(expansion, retention.addDays(30)).addDays(rng.below(20)));
    } else if (a.stage == Stage::Advocacy) {
        add(Stage::Advocacy, retention.addMonths(6).addDays(rng.below(60)));
    }
    // Some retention owners changed: another CSM before, or a CSM who left and whose
    // account was reassigned.
    const QDate from = a.entered(Stage::Retention);
    if (a.b2b && !a.managerRetains && from.isValid() && from.daysTo(m_last) > 60
        && rng.chance(0.2)) {
        const bool departed = !m_formerCsms.empty() && rng.chance(0.3);
        const int before = departed ? m_formerCsms[size_t(rng.below(int(m_formerCsms.size())))]
                                    : member(QStringLiteral("customer_success"), rng);
        if (before != a.csm) {
            a.previousOwner = before;
            a.ownerChanged = from.addDays(30 + rng.below(int(from.daysTo(m_last)) - 30));
        }
    }
}

int GeneratorBook::ownerAt(const GeneratedAccount &a, Stage stage) const
{
    switch (stage) {
    case Stage::Acquisition:
        return a.sales;
    case Stage::Implementation:
    case Stage::Deployment:
        return a.b2b ? a.csm : a.support;
    case Stage::Retention:
        if (!a.b2b)
            return a.happiness < 0.5 ? a.support : a.marketing;
        return a.managerRetains ? a.manager : a.csm;
    case Stage::Expansion:
        return a.b2b ? a.manager : a.marketing;
    case Stage::Advocacy:
        return a.marketing;
    }
    return a.csm;
}

Stage GeneratorBook::stageAt(const GeneratedAccount &a, int month) const
{
    if (a.start < 0 || month < a.start)
        return Stage::Acquisition;
    const int age = monthsSinceContract(a, month);
    if (age <= 1)
        return Stage::Implementation;
    if (age <= 4)
        return Stage::Deployment;
    return month == m_options.months - 1 ? a.stage : Stage::Retention;
}

QString GeneratorBook::segmentKey(Segment segment)
{
    switch (segment) {
    case Segment::Smb: return QStringLiteral("smb");
    case Segment::MidMarket: return QStringLiteral("mid_market");
    case Segment::Enterprise: return QStringLiteral("enterprise");
    }
    return {};
}

} // namespace karvan
