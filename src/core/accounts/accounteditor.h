#pragma once

#include "accounts/accountwriter.h"
#include "domain/stage.h"

#include <QStringList>

#include <optional>

namespace karvan {

// An account's profile, its custom fields and its journey stage. Each edit returns what its
// undo needs.
class AccountEditor : public AccountWriter
{
public:
    AccountEditor(QSqlDatabase db, QString actor);

    // --- profile: field is one of name industry segment model status contract_start
    // renewal_date; an empty value clears an optional field. Returns the old value.
    static QStringList profileFields();
    QVariant profileValue(qint64 accountId, const QString &field) const;
    QVariant setProfileValue(qint64 accountId, const QString &field, const QVariant &value);

    // --- custom fields
    qint64 addCustomField(const QString &name);  // DataError when the name exists
    void removeCustomField(qint64 fieldId);      // only when no account has a value
    // nullopt/empty clears the value. Returns the old value.
    std::optional<QString> setCustomValue(qint64 accountId, qint64 fieldId,
                                          const std::optional<QString> &value);

    // --- journey stage: closes the open stage_history row, opens a new one.
    struct StageChange
    {
        qint64 accountId = 0;
        Stage from = Stage::Acquisition;
        Stage to = Stage::Acquisition;
        qint64 closedHistoryId = 0;  // the row closed (0 if none was open)
        qint64 openedHistoryId = 0;  // the row opened
    };
    StageChange changeStage(qint64 accountId, Stage to);
    // Undo: deletes the opened row, reopens the closed one, restores accounts.stage.
    void revertStageChange(const StageChange &change);
};

} // namespace karvan
