#pragma once

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace karvan {

class Session;

// Changing one of the database's settings (a threshold such as the owner book size), undoable:
// undo puts back the previous value, or removes the setting when it had none.
class SettingCommand : public QUndoCommand
{
public:
    SettingCommand(Session &session, QString name, QString value, const QString &text);

    void redo() override;
    void undo() override;

private:
    void write(const std::optional<QString> &value);

    Session &m_session;
    QString m_name;
    QString m_value;
    std::optional<QString> m_before;
};

} // namespace karvan
