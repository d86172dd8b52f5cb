#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan {

// One entry of the audit log: who changed which field of which record, when, from what to what.
struct AuditEntry
{
    qint64 id = 0;
    QString at;        // ISO 8601 UTC
    QString actor;     // the acting person's email, or the tool ("karvan-cli:import")
    QString entity;    // "account", "ownership", "handoff", "task", "person", "import", ...
    QString entityId;  // the record's user-facing key
    QString field;
    QString oldValue;
    QString newValue;
};

// What the History view asks for; empty fields do not filter.
struct AuditFilter
{
    QString account;   // an account's ext_id: its own entries, its hand-offs' and its tasks'
    QString actor;     // exact email (or tool name)
    QDate from;        // inclusive, UTC day
    QDate to;          // inclusive, UTC day
    int limit = 2000;  // newest first; at most this many
};

// Reads the audit log (the writes are audit::record's, inside each change's transaction).
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    std::vector<AuditEntry> entries(const AuditFilter &filter) const;
    // The people and tools that appear in the log, for the History view's filter.
    std::vector<QString> actors() const;
    // The UTC day ("YYYY-MM-DD") of the first import by an actor whose name ends in
    // `actorSuffix` (":demo": the demo's imports), empty when there is none.
    QString firstImportDay(const QString &actorSuffix) const;

private:
    QSqlDatabase m_db;
};

} // namespace karvan
