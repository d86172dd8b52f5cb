#include "io/importercontext.h"

#include "storage/audit.h"
#include "storage/bulkreader.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace karvan {

namespace {

// Long or multi-line values are shortened so that every problem stays on one line.
QString shown(const QString &value)
{
    constexpr int kMaxShown = 60;
    QString text = value.size() > kMaxShown ? value.left(kMaxShown) + QStringLiteral("...")
                                            : value;
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

ImporterContext::ImporterContext(QSqlDatabase db, QString fileName, QString actor, bool dryRun)
    : m_db(std::move(db)), m_fileName(std::move(fileName)), m_actor(std::move(actor)),
      m_now(audit::nowUtc()), m_dryRun(dryRun)
{
}

void ImporterContext::problem(int line, const QString &column, const QString &what,
                              const QString &value)
{
    QString message = QStringLiteral("%1:%2: column '%3': %4").arg(m_fileName).arg(line).arg(column, what);
    if (!value.isEmpty())
        message += QStringLiteral(" (value '%1')").arg(shown(value));
    ++m_problemCount;
    if (m_messages.size() < kMaxMessages)
        m_messages.append(message);
}

void ImporterContext::problem(int line, const QString &what)
{
    ++m_problemCount;
    if (m_messages.size() < kMaxMessages)
        m_messages.append(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(what));
}

void ImporterContext::problemMessage(const QString &message)
{
    ++m_problemCount;
    if (m_messages.size() < kMaxMessages)
        m_messages.append(message);
}

QStringList ImporterContext::messages() const
{
    QStringList all = m_messages;
    if (m_problemCount > m_messages.size())
        all.append(QStringLiteral("... and %1 more problems").arg(m_problemCount - m_messages.size()));
    return all;
}

std::optional<qint64> ImporterContext::accountId(const QString &extId)
{
    loadAccounts();
    const auto it = m_accounts.constFind(extId);
    if (it == m_accounts.cend())
        return std::nullopt;
    if (m_trackAccounts && *it > 0) {
        if (size_t(*it) >= m_tracked.size())
            m_tracked.resize(size_t(*it) + 1024);
        m_tracked[size_t(*it)] = true;
    }
    return *it;
}

std::vector<qint64> ImporterContext::trackedAccounts() const
{
    std::vector<qint64> ids;
    for (size_t id = 0; id < m_tracked.size(); ++id)
        if (m_tracked[id])
            ids.push_back(qint64(id));
    return ids;
}

void ImporterContext::addAccount(const QString &extId, qint64 id)
{
    loadAccounts();
    m_accounts.insert(extId, id);
}

std::optional<ImporterContext::Person> ImporterContext::person(const QString &email)
{
    loadPeople();
    const auto it = m_people.constFind(email);
    return it == m_people.cend() ? std::nullopt : std::optional<Person>(*it);
}

std::optional<qint64> ImporterContext::teamId(const QString &key)
{
    loadTeams();
    const auto it = m_teams.constFind(key);
    return it == m_teams.cend() ? std::nullopt : std::optional<qint64>(*it);
}

QString ImporterContext::teamKey(qint64 id)
{
    loadTeams();
    return m_teamKeys.value(id);
}

std::optional<qint64> ImporterContext::ticketId(const QString &extId)
{
    loadTickets();
    const auto it = m_tickets.constFind(extId);
    return it == m_tickets.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void ImporterContext::addTicket(const QString &extId, qint64 id)
{
    loadTickets();
    m_tickets.insert(extId, id);
}

void ImporterContext::loadAccounts()
{
    if (m_accountsLoaded)
        return;
    m_accountsLoaded = true;
    BulkReader q(m_db, QStringLiteral("SELECT ext_id, id FROM accounts"));
    while (q.next())
        m_accounts.insert(q.text(0), q.integer(1));
}

void ImporterContext::loadPeople()
{
    if (m_peopleLoaded)
        return;
    m_peopleLoaded = true;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT email, id, team_id FROM people"));
    while (sql::next(q))
        m_people.insert(q.value(0).toString(), Person{q.value(1).toLongLong(), q.value(2).toLongLong()});
}

void ImporterContext::loadTeams()
{
    if (m_teamsLoaded)
        return;
    m_teamsLoaded = true;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT team_key, id FROM teams"));
    while (sql::next(q)) {
        m_teams.insert(q.value(0).toString(), q.value(1).toLongLong());
        m_teamKeys.insert(q.value(1).toLongLong(), q.value(0).toString());
    }
}

void ImporterContext::loadTickets()
{
    if (m_ticketsLoaded)
        return;
    m_ticketsLoaded = true;
    BulkReader q(m_db, QStringLiteral("SELECT ext_id, id FROM tickets"));
    while (q.next())
        m_tickets.insert(q.text(0), q.integer(1));
}

} // namespace karvan
