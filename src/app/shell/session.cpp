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

} // namespace karvan
