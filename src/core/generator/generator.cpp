#include "generator/generator.h"

#include "health/healthservice.h"

#include "io/csvwriter.h"
#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "generator/generatorrng.h"
#include "domain/money.h"

#include <QDir>
#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace karvan {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Supporting teams an account may name for a stage instead of following the template.
const QStringList &supportingChoices(Stage stage)
{
    static const QStringList choices[] = {
        {"product", "legal", "marketing"},
        {"support", "training", "product"},
        {"support", "qa", "product"},
        {"marketing", "support", "account_management"},
        {"product", "finance", "customer_success"},
        {"pr", "customer_success", "social"},
    };
    return choices[stageIndex(stage)];
}

} // namespace

Generator::Generator(const GeneratorOptions &options)
    : m_book(options), m_events(m_book)
{
}

qint64 Generator::estimatedBytes(const GeneratorOptions &options)
{
    // Measured with `generate --seed 1` (2026-11): 1,000 accounts x 1 / 12 / 24 / 60 months
    // wrote 0.60 / 1.83 / 3.08 / 6.56 MB, 4,000 accounts 2.42 / 7.28 / 12.15 / 25.83 MB: about
    // 500 bytes per account plus 100 per account and month (people, stages and interactions
    // grow with the accounts). Rounded up by a fifth, plus 1 MB, so the estimate is never short.
    constexpr qint64 kPerAccount = 600;
    constexpr qint64 kPerAccountMonth = 120;
    constexpr qint64 kMargin = 1024 * 1024;
    return qint64(options.accounts) * (kPerAccount + kPerAccountMonth * qint64(options.months)) + kMargin;
}

QStringList Generator::columns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::People:
        return {"email", "name", "team", "active"};
    case CsvKind::Accounts:
        return {"id", "name", "industry", "segment", "model", "stage", "owner",
                "contract_start", "renewal_date", "status", "domain", "tax_id"};
    case CsvKind::Ownership:
        return {"account_id", "stage", "owner", "supporting", "from"};
    case CsvKind::Stages:
        return {"account_id", "stage", "entered"};
    case CsvKind::Revenue:
        return {"account_id", "month", "mrr"};
    case CsvKind::Usage:
        return {"account_id", "month", "active_users", "licensed_users"};
    case CsvKind::Interactions:
        // interactions, surveys and costs carry stable ids (1, 2, ... in file order), so that
        // importing the same data set again updates its rows instead of adding them twice.
        return {"id", "account_id", "date", "kind", "author", "summary"};
    case CsvKind::Tickets:
        return {"id", "account_id", "opened", "closed", "priority", "escalated"};
    case CsvKind::Surveys:
        return {"id", "account_id", "date", "kind", "score", "comment", "ticket_id"};
    case CsvKind::Costs:
        return {"id", "date", "category", "amount", "account_id"};
    }
    return {};
}

void Generator::write(CsvKind kind, QIODevice *out) const
{
    CsvWriter csv(out);
    csv.writeRow(columns(kind));
    switch (kind) {
    case CsvKind::People: writePeople(csv); break;
    case CsvKind::Accounts: writeAccounts(csv); break;
    case CsvKind::Ownership: writeOwnership(csv); break;
    case CsvKind::Stages: writeStages(csv); break;
    case CsvKind::Revenue: writeRevenue(csv); break;
    case CsvKind::Usage: writeUsage(csv); break;
    case CsvKind::Interactions: writeInteractions(csv); break;
    case CsvKind::Tickets: writeTickets(csv); break;
    case CsvKind::Surveys: writeSurveys(csv); break;
    case CsvKind::Costs: writeCosts(csv); break;
    }
    csv.flush();
}

int Generator::backfillSnapshots(const QSqlDatabase &db) const
{
    HealthService service(db);
    int months = 0;
    for (int m = 0; m + 1 < m_book.monthCount(); ++m) {
        service.recordSnapshot(m_book.monthStart(m).addDays(m_book.daysInMonth(m) - 1));
        ++months;
    }
    return months;
}

QStringList Generator::writeAll(const QString &dir) const
{
    if (!QDir().mkpath(dir))
        throw DataError(QStringLiteral("cannot create the directory '%1'").arg(dir));
    QStringList paths;
    for (CsvKind kind : allCsvKinds()) {
        const QString path = QDir(dir).filePath(csvKindName(kind) + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw DataError(QStringLiteral("cannot write '%1': %2").arg(path, file.errorString()));
        write(kind, &file);
        if (!file.commit())
            throw DataError(QStringLiteral("cannot write '%1': %2").arg(path, file.errorString()));
        spdlog::debug("generated {}", path.toStdString());
        paths << path;
    }
    return paths;
}

void Generator::writePeople(CsvWriter &csv) const
{
    for (const GeneratedPerson &p : m_book.people())
        csv.writeRow({p.email, p.name, p.team, boolText(p.active)});
}

void Generator::writeAccounts(CsvWriter &csv) const
{
    const auto &people = m_book.people();
    for (const GeneratedAccount &a : m_book.accounts()) {
        const QString contractStart =
            a.contractStart.isValid() ? a.contractStart.toString(Qt::ISODate) : QString();
        const QString renewal = a.renewal.isValid() ? a.renewal.toString(Qt::ISODate) : QString();
        csv.writeRow({a.id, a.name, a.industry, GeneratorBook::segmentKey(a.segment),
                      a.b2b ? QStringLiteral("b2b") : QStringLiteral("b2c"), stageKey(a.stage),
                      people[size_t(m_book.ownerAt(a, a.stage))].email, contractStart, renewal,
                      a.churned ? QStringLiteral("churned") : QStringLiteral("active"), a.domain,
                      a.taxId});
    }
}

void Generator::writeOwnership(CsvWriter &csv) const
{
    const auto &people = m_book.people();
    const auto &accounts = m_book.accounts();
    for (size_t i = 0; i < accounts.size(); ++i) {
        const GeneratedAccount &a = accounts[i];
        // Its own stream, so that ownership rows never shift the other files' random numbers.
        GeneratorRng rng(m_book.options().seed, quint64(i) + 1, 7);
        for (Stage stage : kAllStages) {
            int owner = -1;
            if (stage == a.stage)
                owner = m_book.ownerAt(a, stage);
            else if (stage == Stage::Acquisition && a.start >= 0)
                owner = a.formerSales >= 0 ? a.formerSales : a.sales;
            else if (stage == Stage::Retention && stageIndex(a.stage) < stageIndex(stage)
                     && a.start >= 0 && rng.chance(0.3))
                owner = m_book.ownerAt(a, stage); // the CSM named ahead of the hand-over
            else if (stage == Stage::Advocacy && a.start >= 0 && rng.chance(0.05))
                owner = m_book.ownerAt(a, stage);
            if (owner < 0)
                continue;
            QStringList supporting;
            if (rng.chance(0.5)) { // else empty: the template's supporting teams apply
                const QStringList &choices = supportingChoices(stage);
                for (const QString &team : choices) {
                    if (rng.chance(0.5))
                        supporting << team;
                }
                if (supporting.isEmpty())
                    supporting << choices.first();
            }
            // From the day it entered the stage; an owner named ahead from the hand-off.
            QDate from = a.entered(stage);
            if (!from.isValid())
                from = a.journey.back().second;
            const QString teams = supporting.join(QLatin1Char(';'));
            if (stage == Stage::Retention && a.previousOwner >= 0 && owner == a.csm
                && a.ownerChanged > from) {
                csv.writeRow({a.id, stageKey(stage), people[size_t(a.previousOwner)].email, teams,
                              from.toString(Qt::ISODate)});
                from = a.ownerChanged;
            }
            csv.writeRow({a.id, stageKey(stage), people[size_t(owner)].email, teams,
                          from.toString(Qt::ISODate)});
        }
    }
}

void Generator::writeStages(CsvWriter &csv) const
{
    for (const GeneratedAccount &a : m_book.accounts()) {
        for (const auto &[stage, day] : a.journey)
            csv.writeRow({a.id, stageKey(stage), day.toString(Qt::ISODate)});
    }
}

void Generator::writeRevenue(CsvWriter &csv) const
{
    const auto &accounts = m_book.accounts();
    for (size_t i = 0; i < accounts.size(); ++i) {
        const GeneratedAccount &a = accounts[i];
        if (a.start < 0)
            continue;
        // One row per month from the first billed month on; 0 while churned.
        for (int m = a.start; m < m_book.monthCount(); ++m)
            csv.writeRow({a.id, m_book.monthKey(m), money::format(m_book.mrr(int(i), m))});
    }
}

void Generator::writeUsage(CsvWriter &csv) const
{
    const auto &accounts = m_book.accounts();
    for (size_t i = 0; i < accounts.size(); ++i) {
        if (accounts[i].start < 0)
            continue;
        const std::vector<GeneratedUsage> usage = m_events.usage(int(i));
        for (int m = 0; m < m_book.monthCount(); ++m) {
            const GeneratedUsage &u = usage[size_t(m)];
            if (u.licensed > 0)
                csv.writeRow({accounts[i].id, m_book.monthKey(m), QString::number(u.active),
                              QString::number(u.licensed)});
        }
    }
}

void Generator::writeInteractions(CsvWriter &csv) const
{
    const auto &people = m_book.people();
    const FixedList &kinds = interactionKinds();
    const auto &accounts = m_book.accounts();
    qint64 id = 0;
    for (size_t i = 0; i < accounts.size(); ++i) {
        for (const GeneratedInteraction &x : m_events.interactions(int(i))) {
            csv.writeRow({QString::number(++id), accounts[i].id, m_book.dateKey(x.date), kinds.key(x.kind),
                          x.author >= 0 ? people[size_t(x.author)].email : QString(), x.summary});
        }
    }
}

void Generator::writeTickets(CsvWriter &csv) const
{
    const FixedList &priorities = ticketPriorities();
    const auto &accounts = m_book.accounts();
    for (size_t i = 0; i < accounts.size(); ++i) {
        for (const GeneratedTicket &t : m_events.tickets(int(i))) {
            csv.writeRow({t.id, accounts[i].id, m_book.dateKey(t.opened),
                          t.closed.isValid() ? m_book.dateKey(t.closed) : QString(),
                          priorities.key(t.priority), boolText(t.escalated)});
        }
    }
}

void Generator::writeSurveys(CsvWriter &csv) const
{
    const FixedList &kinds = surveyKinds();
    const auto &accounts = m_book.accounts();
    qint64 id = 0;
    for (size_t i = 0; i < accounts.size(); ++i) {
        for (const GeneratedSurvey &s : m_events.surveys(int(i), m_events.tickets(int(i)))) {
            csv.writeRow({QString::number(++id), accounts[i].id, m_book.dateKey(s.date), kinds.key(s.kind),
                          QString::number(s.score), s.comment, s.ticketId});
        }
    }
}

void Generator::writeCosts(CsvWriter &csv) const
{
    const FixedList &categories = costCategories();
    qint64 id = 0;
    for (int m = 0; m < m_book.monthCount(); ++m) {
        for (const GeneratedCost &c : m_events.sharedCosts(m))
            csv.writeRow({QString::number(++id), m_book.dateKey(c.date), categories.key(c.category),
                          money::format(c.amount), QString()});
    }
    const auto &accounts = m_book.accounts();
    for (size_t i = 0; i < accounts.size(); ++i) {
        for (const GeneratedCost &c : m_events.accountCosts(int(i), m_events.tickets(int(i))))
            csv.writeRow({QString::number(++id), m_book.dateKey(c.date), categories.key(c.category),
                          money::format(c.amount), accounts[i].id});
    }
}

} // namespace karvan
