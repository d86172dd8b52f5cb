#include "commands/settingcommand.h"

#include "shell/session.h"
#include "storage/settingsstore.h"

namespace karvan {

SettingCommand::SettingCommand(Session &session, QString name, QString value, const QString &text)
    : m_session(session), m_name(std::move(name)), m_value(std::move(value)),
      m_before(SettingsStore(session.connection()).value(m_name))
{
    setText(text);
}

void SettingCommand::redo()
{
    write(m_value);
}

void SettingCommand::undo()
{
    write(m_before);
}

void SettingCommand::write(const std::optional<QString> &value)
{
    SettingsStore store(m_session.connection());
    if (value)
        store.setValue(m_name, *value);
    else
        store.remove(m_name);
    m_session.notifyDataChanged();
}

} // namespace karvan
