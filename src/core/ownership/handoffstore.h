#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan {

// One hand-off of an account from Sales to a CSM, as the hand-offs list shows it.
struct HandoffSummary
{
    qint64 accountId = 0;
    QString accountKey;       // ext_id
    QString accountName;
    QString fromName;         // empty when no person
    QString toName;           // empty when no person
    QString status;           // draft, submitted, accepted, returned
    QString createdAt;        // UTC timestamp
    int itemsDone = 0;        // checklist items done
    int items = 0;            // checklist items
};

// Reads the hand-offs (the workflow that writes them comes later).
class HandoffStore
{
public:
    explicit HandoffStore(QSqlDatabase db);

    // Every hand-off, newest first. Throws DatabaseError.
    std::vector<HandoffSummary> summaries() const;

private:
    QSqlDatabase m_db;
};

} // namespace karvan
