#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace karvan {

// What every kind's importer shares while one file is read: the database, the problems found
// so far (in the contract's `FILE:LINE: column 'NAME': ... (value 'V')` form) and lookups from
// the user's keys to our ids, each loaded once in one query on first use.
class ImporterContext
{
public:
    static constexpr int kMaxMessages = 100;

    ImporterContext(QSqlDatabase db, QString fileName, QString actor, bool dryRun);

    QSqlDatabase db() const { return m_db; }
    QString actor() const { return m_actor; }
    QString fileName() const { return m_fileName; }
    // The time stamp of this import, the same for every row.
    QString now() const { return m_now; }
    bool dryRun() const { return m_dryRun; }
    // Whether rows are written: not in a dry run, and only while no problem was found.
    bool writing() const { return !m_dryRun && m_problemCount == 0; }

    void problem(int line, const QString &column, const QString &what, const QString &value);
    void problem(int line, const QString &what);
    // A problem message already in its final form (e.g. from the CSV reader).
    void problemMessage(const QString &message);
    int problemCount() const { return m_problemCount; }
    // The first kMaxMessages problems, then "... and N more problems".
    QStringList messages() const;

    struct Person
    {
        qint64 id = 0;
        qint64 teamId = 0;
    };
    std::optional<qint64> accountId(const QString &extId);
    // With tracking on, every account a row names (accountId) is remembered: the import raises
    // those accounts' row versions before it commits (storage/rowversion), so that a window
    // editing one of them from an older copy is told.
    void trackAccounts(bool on) { m_trackAccounts = on; }
    std::vector<qint64> trackedAccounts() const;
    void addAccount(const QString &extId, qint64 id);
    std::optional<Person> person(const QString &email);
    std::optional<qint64> teamId(const QString &key);
    QString teamKey(qint64 id);
    std::optional<qint64> ticketId(const QString &extId);
    void addTicket(const QString &extId, qint64 id);

private:
    void loadAccounts();
    void loadPeople();
    void loadTeams();
    void loadTickets();

    QSqlDatabase m_db;
    QString m_fileName;
    QString m_actor;
    QString m_now;
    bool m_dryRun;
    int m_problemCount = 0;
    QStringList m_messages;

    bool m_accountsLoaded = false;
    bool m_trackAccounts = false;
    std::vector<bool> m_tracked;  // by account id
    bool m_peopleLoaded = false;
    bool m_teamsLoaded = false;
    bool m_ticketsLoaded = false;
    QHash<QString, qint64> m_accounts;
    QHash<QString, Person> m_people;
    QHash<QString, qint64> m_teams;
    QHash<qint64, QString> m_teamKeys;
    QHash<QString, qint64> m_tickets;
};

} // namespace karvan
