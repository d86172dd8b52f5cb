#pragma once

#include "domain/handoffrule.h"
#include "handoffs/handoff.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace karvan {

// The Sales-to-CSM hand-off workflow (shared/contract.md): start, items, submit, accept,
// return. `actor` is the acting person's email. Each step checks its rule first (DataError
// with one line for the user, nothing written), then writes in one Transaction: the hand-off,
// its event (who and when) and the audit log. accept() also moves the customer-success stages
// to the CSM through StageOwnerEditor (ownership_history), acquisition -> implementation
// (stage_history) and adds the kickoff and 30-day check-in tasks.
class HandoffService
{
public:
    HandoffService(QSqlDatabase db, QString actor);

    // Returns the new hand-off's id.
    qint64 start(const QString &accountExtId, const QString &csmEmail);
    // Ticks or unticks item n (1-based); nullopt note keeps the item's note.
    void setItem(qint64 id, int n, bool done, const std::optional<QString> &note = std::nullopt);
    void submit(qint64 id);
    void accept(qint64 id);
    void returnToSales(qint64 id, const QString &reason);

    // The time the steps are recorded at (UTC); invalid (the default) means the clock. The demo
    // book dates its example hand-offs in the past with it; the audit log keeps the real time.
    void setNow(const QDateTime &utc) { m_now = utc; }

    // --- reading (`now` decides what is overdue)
    // One hand-off with its items and events; DataError when there is none.
    Handoff get(qint64 id, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Newest first, without items and events; `state` empty for all (DataError when unknown).
    std::vector<Handoff> list(const QString &state = QString(),
                              const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The account's newest hand-off, if any.
    std::optional<Handoff> latestFor(qint64 accountId,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Per Sales person and per CSM: started, accepted, returned (why), median days from start
    // to accept, overdue now.
    HandoffQuality quality(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The same for the hand-offs started from `firstDay` to before `dayAfter` ('YYYY-MM-DD',
    // UTC days: a period's MetricsPeriod::firstDay() and dayAfter()); "overdue now" still as of `now`.
    HandoffQuality quality(const QString &firstDay, const QString &dayAfter,
                           const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Days after submission when an undecided hand-off is overdue (setting, default 5).
    int overdueDays() const;

    // For the start form: active accounts with no open hand-off (by name), and the people a
    // hand-off may go to (active members of Customer Success and Account Management, by name).
    struct Choice
    {
        qint64 id = 0;
        QString key;   // ext_id or email
        QString name;
    };
    std::vector<Choice> startableAccounts() const;
    std::vector<Choice> csmCandidates() const;
    // The acting person's team key, empty when unknown.
    QString actorTeam() const;

    static QStringList states();
    static QString overdueDaysSetting() { return handoffrule::overdueDaysSetting(); }
    // The tasks accept() adds: title and days after acceptance.
    static QString kickoffTitle() { return QStringLiteral("Kickoff meeting"); }
    static QString checkinTitle() { return QStringLiteral("30-day check-in"); }

private:
    struct Person
    {
        qint64 id = 0;
        QString email;
        QString teamKey;
        bool active = false;
        qint64 teamId = 0;
    };
    std::optional<Person> person(const QString &email) const;
    Person actingPerson() const;
    Handoff require(qint64 id) const;
    void requireState(const Handoff &h, const QStringList &allowed, const QString &step) const;
    void requireActor(const QString &email, const Handoff &h, const QString &who) const;
    void setState(qint64 id, const QString &state, const QString &column, const QString &note);
    void event(qint64 id, const QString &action, const QString &reason = QString());
    void audit(const Handoff &h, const QString &field, const QVariant &before, const QVariant &after);
    void moveOwnership(const Handoff &h, const Person &csm);
    void addTasks(const Handoff &h);
    std::vector<Handoff> read(const QString &where, const QVariantList &values,
                              const QDateTime &now) const;
    HandoffQuality qualityOf(const QString &where, const QVariantList &values, const QDateTime &now) const;

    QString stamp() const;

    QSqlDatabase m_db;
    QString m_actor;
    QDateTime m_now;
};

} // namespace karvan
