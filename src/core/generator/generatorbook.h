#pragma once

#include "domain/stage.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace karvan {

class GeneratorRng;

// What `karvan-cli generate` is asked for.
struct GeneratorOptions
{
    int accounts = 400;
    int months = 24;
    quint64 seed = 1;
    // The last generated month, "YYYY-MM". Fixed by default so that the output never depends
    // on today's date.
    QString endMonth = QStringLiteral("2026-11");

    static constexpr int kMaxAccounts = 1000000;
    static constexpr int kMaxMonths = 240;
};

enum class Segment { Smb, MidMarket, Enterprise };

struct GeneratedPerson
{
    QString email;
    QString name;
    QString team; // a team key
    bool active = true;
    bool persian = false;
};

struct GeneratedAccount
{
    QString id; // "ACC-000123"
    QString name;
    QString domain;
    QString taxId;
    QString industry;
    Segment segment = Segment::Smb;
    bool b2b = true;
    bool persian = false;
    bool duplicate = false; // a likely duplicate of an earlier account (same domain)
    int start = -1;         // the first month index with MRR; -1: a prospect, never billed
    int lastExpansion = -1; // the last month index with an expansion
    Stage stage = Stage::Acquisition;
    bool churned = false;   // no MRR in the last month after having had some
    QDate contractStart;    // null for prospects
    int contractMonth = 0;  // contractStart's year * 12 + month - 1
    QDate renewal;          // null for prospects and churned accounts
    double happiness = 0.5; // 0..1: drives churn, NPS, CSAT and adoption
    int seatPrice = 1;      // major units per licensed user
    bool managerRetains = false; // Account Management rather than the CSM owns retention
    // People (indices into GeneratorBook::people()).
    int csm = 0, sales = 0, manager = 0, support = 0, marketing = 0;
    int formerSales = -1;   // an inactive sales rep who still owns the acquisition stage
    // The journey: the day it entered each stage it went through, in order; the last entry
    // is `stage`.
    std::vector<std::pair<Stage, QDate>> journey;
    // When the retention owner changed: the earlier owner (a person index) and the day the
    // current one took over; -1 / null when it never changed.
    int previousOwner = -1;
    QDate ownerChanged;

    QDate entered(Stage s) const
    {
        for (const auto &[stage, day] : journey) {
            if (stage == s)
                return day;
        }
        return {};
    }
};

// The generated book of business: the people, the accounts with their stages, owners and MRR
// month by month. Everything else (usage, interactions, tickets, surveys, costs) is derived
// from it per account with its own random stream (see GeneratorEvents), so each file can be
// written on its own while staying consistent with the others.
class GeneratorBook
{
public:
    // Throws DataError when the options are out of range or the end month is not YYYY-MM.
    explicit GeneratorBook(const GeneratorOptions &options);

    const GeneratorOptions &options() const { return m_options; }
    int monthCount() const { return m_options.months; }
    QDate monthStart(int month) const { return m_monthStarts[size_t(month)]; }
    int daysInMonth(int month) const { return m_monthDays[size_t(month)]; }
    const QString &monthKey(int month) const { return m_monthKeys[size_t(month)]; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // "YYYY-MM-DD" of a day inside the generated months (kept ready for speed).
    const QString &dateKey(const QDate &day) const
    {
        return m_dateKeys[size_t(m_first.daysTo(day))];
    }

    const std::vector<GeneratedPerson> &people() const { return m_people; }
    const std::vector<GeneratedAccount> &accounts() const { return m_accounts; }
    // MRR in minor units of account `account` (an index) in month `month` (an index).
    qint64 mrr(int account, int month) const
    {
        return m_mrr[size_t(account) * size_t(m_options.months) + size_t(month)];
    }

    // The person (index) owning an account at a stage, following the business model:
    // in B2B Sales hands over to a CSM; in B2C Support and Marketing keep the relationship.
    int ownerAt(const GeneratedAccount &account, Stage stage) const;
    // Whole months from the account's contract start to a month (index); 0 in the same month.
    int monthsSinceContract(const GeneratedAccount &account, int month) const
    {
        return m_firstMonthNumber + month - account.contractMonth;
    }
    // The stage an account was in during a month (for interaction authors).
    Stage stageAt(const GeneratedAccount &account, int month) const;

    static QString segmentKey(Segment segment);

private:
    void makePeople();
    void makeAccount(int index);
    void makeRevenue(GeneratedAccount &account, int index, GeneratorRng &rng);
    void setStage(GeneratedAccount &account, int index, GeneratorRng &rng);
    void makeJourney(GeneratedAccount &account, int index);
    int member(const QString &team, GeneratorRng &rng) const;

    GeneratorOptions m_options;
    QDate m_first;
    QDate m_last;
    int m_firstMonthNumber = 0; // m_first's year * 12 + month - 1
    std::vector<QDate> m_monthStarts;
    std::vector<int> m_monthDays;
    std::vector<QString> m_monthKeys;
    std::vector<QString> m_dateKeys;
    std::vector<GeneratedPerson> m_people;
    std::vector<GeneratedAccount> m_accounts;
    std::vector<qint64> m_mrr;
    QStringList m_teams;                       // team keys with people, in a fixed order
    std::vector<std::vector<int>> m_members;   // active people per m_teams entry
    std::vector<int> m_formerSales;            // inactive sales reps
    std::vector<int> m_formerCsms;             // inactive CSMs who still own accounts
};

} // namespace karvan
