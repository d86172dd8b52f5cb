#include "io/importerrow.h"

#include "io/importercontext.h"
#include "domain/dates.h"
#include "domain/money.h"

#include <QDate>

namespace karvan {

ImporterRow::ImporterRow(ImporterContext &ctx, const QHash<QString, int> &columns,
                         const QStringList &fields, int line)
    : m_ctx(ctx), m_columns(columns), m_fields(fields), m_line(line)
{
}

QString ImporterRow::raw(const QString &column) const
{
    const auto it = m_columns.constFind(column);
    return it == m_columns.cend() ? QString() : m_fields.value(*it);
}

void ImporterRow::problem(const QString &column, const QString &what) const
{
    m_ctx.problem(m_line, column, what, raw(column));
}

void ImporterRow::problem(const QString &column, const QString &what, const QString &value) const
{
    m_ctx.problem(m_line, column, what, value);
}

bool ImporterRow::checkEmpty(const QString &column, const QString &value, bool required,
                             bool *empty) const
{
    *empty = value.isEmpty();
    if (*empty && required) {
        m_ctx.problem(m_line, column, QStringLiteral("a value is required"), QString());
        return false;
    }
    return true;
}

bool ImporterRow::text(const QString &column, bool required, QVariant *out) const
{
    const QString value = raw(column);
    bool empty = false;
    if (!checkEmpty(column, value.trimmed(), required, &empty))
        return false;
    *out = value.isEmpty() ? QVariant() : QVariant(value);
    return true;
}

bool ImporterRow::key(const QString &column, bool required, QVariant *out) const
{
    const QString value = trimmed(column);
    bool empty = false;
    if (!checkEmpty(column, value, required, &empty))
        return false;
    *out = empty ? QVariant() : QVariant(value);
    return true;
}

bool ImporterRow::choice(const QString &column, const QStringList &allowed, bool required,
                         QVariant *out) const
{
    const QString value = trimmed(column);
    bool empty = false;
    if (!checkEmpty(column, value, required, &empty))
        return false;
    if (empty) {
        *out = QVariant();
        return true;
    }
    const QString lower = value.toLower();
    if (!allowed.contains(lower)) {
        problem(column, QStringLiteral("unknown value; expected one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return false;
    }
    *out = lower;
    return true;
}

bool ImporterRow::boolean(const QString &column, bool required, QVariant *out) const
{
    QVariant text;
    if (!choice(column, {QStringLiteral("true"), QStringLiteral("false")}, required, &text))
        return false;
    *out = text.isNull() ? QVariant() : QVariant(text.toString() == QLatin1String("true") ? 1 : 0);
    return true;
}

bool ImporterRow::date(const QString &column, bool required, QVariant *out) const
{
    const QString value = trimmed(column);
    bool empty = false;
    if (!checkEmpty(column, value, required, &empty))
        return false;
    if (empty) {
        *out = QVariant();
        return true;
    }
    if (!dates::isDate(value)) {
        problem(column, QStringLiteral("not a date; expected YYYY-MM-DD"));
        return false;
    }
    *out = value;
    return true;
}

bool ImporterRow::month(const QString &column, bool required, QVariant *out) const
{
    const QString value = trimmed(column);
    bool empty = false;
    if (!checkEmpty(column, value, required, &empty))
        return false;
    if (empty) {
        *out = QVariant();
        return true;
    }
    if (dates::monthNumber(value) < 0) {
        problem(column, QStringLiteral("not a month; expected YYYY-MM"));
        return false;
    }
    *out = value;
    return true;
}

bool ImporterRow::money(const QString &column, bool required, QVariant *out) const
{
    const QString value = trimmed(column);
    bool empty = false;
    if (!checkEmpty(column, value, required, &empty))
        return false;
    if (empty) {
        *out = QVariant();
        return true;
    }
    QString why;
    const std::optional<qint64> minor = money::parse(value, &why);
    if (!minor) {
        problem(column, QStringLiteral("not a valid amount: %1").arg(why));
        return false;
    }
    *out = *minor;
    return true;
}

bool ImporterRow::integer(const QString &column, qint64 min, qint64 max, bool required,
                          QVariant *out) const
{
    const QString value = trimmed(column);
    bool empty = false;
    if (!checkEmpty(column, value, required, &empty))
        return false;
    if (empty) {
        *out = QVariant();
        return true;
    }
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || value.startsWith(QLatin1Char('+'))) {
        problem(column, QStringLiteral("not a whole number"));
        return false;
    }
    if (number < min || number > max) {
        problem(column, min == 0 && number < 0
                            ? QStringLiteral("must not be negative")
                            : QStringLiteral("out of range %1 to %2").arg(min).arg(max));
        return false;
    }
    *out = number;
    return true;
}

bool ImporterRow::reference(const QString &column, bool required, QVariant *out, const QString &what,
                            const std::function<std::optional<qint64>(const QString &)> &lookup) const
{
    QVariant key;
    if (!this->key(column, required, &key))
        return false;
    if (key.isNull()) {
        *out = QVariant();
        return true;
    }
    const std::optional<qint64> id = lookup(key.toString());
    if (!id) {
        problem(column, QStringLiteral("unknown %1").arg(what));
        return false;
    }
    *out = *id;
    return true;
}

bool ImporterRow::account(const QString &column, bool required, QVariant *out) const
{
    return reference(column, required, out, QStringLiteral("account"),
                     [this](const QString &extId) { return m_ctx.accountId(extId); });
}

bool ImporterRow::person(const QString &column, bool required, QVariant *out, qint64 *teamId) const
{
    return reference(column, required, out, QStringLiteral("person"),
                     [this, teamId](const QString &email) -> std::optional<qint64> {
                         const std::optional<ImporterContext::Person> found = m_ctx.person(email);
                         if (!found)
                             return std::nullopt;
                         if (teamId)
                             *teamId = found->teamId;
                         return found->id;
                     });
}

bool ImporterRow::ticket(const QString &column, bool required, QVariant *out) const
{
    return reference(column, required, out, QStringLiteral("ticket"),
                     [this](const QString &extId) { return m_ctx.ticketId(extId); });
}

} // namespace karvan
