#pragma once

#include "accounts/accountwriter.h"
#include "domain/accountdetail.h"

namespace karvan {

// An account's records: the communication log, tickets, goals and contacts. Adds return the
// new row's id; setters return the old value (what the undo needs).
class ActivityRecords : public AccountWriter
{
public:
    ActivityRecords(QSqlDatabase db, QString actor);

    qint64 addInteraction(qint64 accountId, const Interaction &interaction);
    void removeInteraction(qint64 interactionId);
    qint64 addTicket(qint64 accountId, const Ticket &ticket);  // extId generated when empty
    void removeTicket(qint64 ticketId);
    QDate setTicketClosed(qint64 ticketId, const QDate &closed);
    bool setTicketEscalated(qint64 ticketId, bool escalated);
    qint64 addGoal(qint64 accountId, const Goal &goal);
    void removeGoal(qint64 goalId);
    QString setGoalStatus(qint64 goalId, const QString &status);
    qint64 addContact(qint64 accountId, const Contact &contact);
    void removeContact(qint64 contactId);
};

} // namespace karvan
