#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace karvan {

class GeneratorBook;
class GeneratorRng;

struct GeneratedUsage
{
    int active = 0;
    int licensed = 0; // 0: no row (the account paid nothing that month)
};

struct GeneratedInteraction
{
    QDate date;
    int kind = 0;    // index into interactionKinds() (domain/fixedlists.h)
    int author = -1; // a person index, -1 for none
    QString summary;
};

struct GeneratedTicket
{
    QString id; // "TCK-000123-004"
    QDate opened;
    QDate closed; // null while open
    int priority = 1; // index into ticketPriorities()
    bool escalated = false;
};

struct GeneratedSurvey
{
    QDate date;
    int kind = 0; // index into surveyKinds()
    int score = 0;
    QString comment;
    QString ticketId;
};

struct GeneratedCost
{
    QDate date;
    int category = 0; // index into costCategories()
    qint64 amount = 0; // minor units
};

// The per-account history behind usage, interactions, tickets, surveys and costs. Each
// function draws from its own random stream of (seed, account, purpose), so the result is the
// same whichever file asks and in whatever order; all dates fall within the book's months.
class GeneratorEvents
{
public:
    explicit GeneratorEvents(const GeneratorBook &book) : m_book(book) {}

    // One entry per month index.
    std::vector<GeneratedUsage> usage(int account) const;
    // Sorted by date.
    std::vector<GeneratedInteraction> interactions(int account) const;
    std::vector<GeneratedTicket> tickets(int account) const;
    std::vector<GeneratedSurvey> surveys(int account,
                                         const std::vector<GeneratedTicket> &tickets) const;
    std::vector<GeneratedCost> accountCosts(int account,
                                            const std::vector<GeneratedTicket> &tickets) const;
    // Costs of the whole company in a month, not tied to an account.
    std::vector<GeneratedCost> sharedCosts(int month) const;

private:
    QDate dayIn(int month, GeneratorRng &rng) const;
    bool billed(int account, int month) const;

    const GeneratorBook &m_book;
};

} // namespace karvan
