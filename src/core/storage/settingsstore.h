#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace karvan {

// Named values of the database's `settings` table (thresholds, "who am I", ...). Reads and
// writes one value at a time with bound SQL; a write is its own statement (callers that need
// it inside a larger change open a Transaction around it).
class SettingsStore
{
public:
    explicit SettingsStore(QSqlDatabase db);

    std::optional<QString> value(const QString &name) const;
    QString value(const QString &name, const QString &fallback) const;
    int intValue(const QString &name, int fallback) const;
    void setValue(const QString &name, const QString &value);
    void remove(const QString &name);

    // The email of the person this database's user acts as ("who am I"), or empty.
    static QString whoAmIKey() { return QStringLiteral("who_am_i"); }

    // The currency of this database's money: a key of domain's currencies(). A new database
    // stores defaultCurrency() of the locale it is made in; one made before that (none set) or a
    // stored value not in the list reads as the first, the Toman. Money formatting asks here.
    static QString currencyKey() { return QStringLiteral("currency"); }
    QString currency() const;
    // Throws DataError when the code is not one of currencies().
    void setCurrency(const QString &code);

private:
    QSqlDatabase m_db;
};

} // namespace karvan
