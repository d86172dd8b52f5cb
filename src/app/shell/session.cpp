#include "shell/session.h"

#include "domain/displaymoney.h"
#include "domain/errors.h"
#include "storage/settingsstore.h"

#include <QUndoStack>

namespace karvan {

Session::Session(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_undoStack(new QUndoStack(this))
{
    // Money on screen is in this database's currency.
    try {
        display::setCurrency(SettingsStore(connection()).currency());
    } catch (const DatabaseError &) {
        display::setCurrency(QString());
    }
}

Session::~Session() = default;

void Session::setMe(const QString &email)
{
    if (email == m_me)
        return;
    m_me = email;
    Q_EMIT meChanged(email);
}

QString Session::actor() const
{
    if (!m_me.isEmpty())
        return m_me;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

std::optional<qint64> Session::knownVersion(rowversion::Table table, qint64 id) const
{
    const auto it = m_versions.constFind({int(table), id});
    return it == m_versions.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

void Session::noteVersion(rowversion::Table table, qint64 id, qint64 version)
{
    m_versions.insert({int(table), id}, version);
}

} // namespace karvan
