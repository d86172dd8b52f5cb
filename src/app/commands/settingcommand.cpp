#include "commands/settingcommand.h"

#include "shell/session.h"
#include "storage/settingsstore.h"

namespace karvan {

SettingCommand::SettingCommand(Session &session, QString name, QString value, const QString &text)
    : StoreCommand(session, text), m_name(std::move(name)), m_value(std::move(value)),
      m_before(SettingsStore(session.connection()).value(m_name))
{
}

void SettingCommand::apply(bool forward)
{
    SettingsStore store(session().connection());
    const std::optional<QString> value = forward ? std::optional<QString>(m_value) : m_before;
    if (value)
        store.setValue(m_name, *value);
    else
        store.remove(m_name);
}

} // namespace karvan
