#include "storage/settingsstore.h"

#include "domain/errors.h"
#include "domain/fixedlists.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <QSqlQuery>
#include <QVariant>

namespace karvan {

SettingsStore::SettingsStore(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<QString> SettingsStore::value(const QString &name) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    q.addBindValue(name);
    sql::exec(q);
    if (!sql::next(q))
        return std::nullopt;
    return q.value(0).toString();
}

QString SettingsStore::value(const QString &name, const QString &fallback) const
{
    return value(name).value_or(fallback);
}

int SettingsStore::intValue(const QString &name, int fallback) const
{
    const std::optional<QString> text = value(name);
    bool ok = false;
    const int n = text ? text->toInt(&ok) : 0;
    return ok ? n : fallback;
}

void SettingsStore::setValue(const QString &name, const QString &value)
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral(
        "INSERT INTO settings (name, value) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    sql::exec(q);
}

void SettingsStore::remove(const QString &name)
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("DELETE FROM settings WHERE name = ?"));
    q.addBindValue(name);
    sql::exec(q);
}

QString SettingsStore::currency() const
{
    const std::optional<QString> code = value(currencyKey());
    return code && currencies().contains(*code) ? *code : currencies().key(0);
}

void SettingsStore::setCurrency(const QString &code)
{
    if (!currencies().contains(code))
        throw DataError(QCoreApplication::translate("karvan::SettingsStore", "'%1' is not a currency Karvan knows (%2).")
                            .arg(code, currencies().keys().join(QStringLiteral(", "))));
    setValue(currencyKey(), code);
}

} // namespace karvan
