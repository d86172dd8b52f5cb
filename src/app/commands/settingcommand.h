#pragma once

#include "commands/storecommand.h"

#include <optional>

namespace karvan {

// Changing one of the database's settings (a threshold such as the owner book size), undoable:
// undo puts back the previous value, or removes the setting when it had none.
class SettingCommand : public StoreCommand
{
public:
    SettingCommand(Session &session, QString name, QString value, const QString &text);

protected:
    void apply(bool forward) override;

private:
    QString m_name;
    QString m_value;
    std::optional<QString> m_before;
};

} // namespace karvan
