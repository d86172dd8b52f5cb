#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace karvan::audit {

// Appends one entry to the audit log: who changed which field of which record, when, from
// what to what. Call it inside the transaction of the change itself.
// entity: a table-like name ("account", "ownership", "person", "team", "template", "import"...)
// entityId: the record's user-facing key (account ext_id, person email, ...).
void record(const QSqlDatabase &db, const QString &actor, const QString &entity,
            const QString &entityId, const QString &field, const QVariant &oldValue,
            const QVariant &newValue);

// The current UTC time as stored everywhere in Karvan: "YYYY-MM-DDTHH:MM:SSZ".
QString nowUtc();

} // namespace karvan::audit
