// AccountLookups: the choices edit forms offer, and an account's id.
#include "accounts/accountlookups.h"

#include "domain/errors.h"
#include "storage/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace karvan {

AccountLookups::AccountLookups(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AccountLookups::suggestExtId() const
{
    // The most used "PREFIX<digits>" form; the next number after its highest.
    static const QRegularExpression form(QStringLiteral("^(.*?)(\\d+)$"));
    struct Form { int uses = 0; qint64 highest = 0; int width = 0; };
    QHash<QString, Form> forms;
    QSet<QString> taken;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT ext_id FROM accounts"));
    while (sql::next(q)) {
        const QString id = q.value(0).toString();
        taken.insert(id);
        const QRegularExpressionMatch m = form.match(id);
        if (!m.hasMatch())
            continue;
        Form &f = forms[m.captured(1)];
        ++f.uses;
        f.highest = qMax(f.highest, m.captured(2).toLongLong());
        f.width = qMax(f.width, int(m.captured(2).size()));
    }
    QString prefix = QStringLiteral("ACC-");
    Form best{0, 0, 4};
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        if (it->uses > best.uses || (it->uses == best.uses && it.key() < prefix)) {
            prefix = it.key();
            best = *it;
        }
    }
    qint64 n = best.highest + 1;
    QString id;
    do {
        id = prefix + QString::number(n++).rightJustified(best.width, QLatin1Char('0'));
    } while (taken.contains(id));
    return id;
}

std::vector<AccountLookups::Choice> AccountLookups::customFields() const
{
    std::vector<Choice> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, name FROM custom_fields ORDER BY position, id"));
    while (sql::next(q))
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(1).toString(), true});
    return out;
}

QString AccountLookups::extIdOf(qint64 accountId) const
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT ext_id FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    sql::exec(q);
    if (!sql::next(q))
        throw DataError(QObject::tr("The account no longer exists."));
    return q.value(0).toString();
}

std::vector<AccountLookups::Choice> AccountLookups::people() const
{
    std::vector<Choice> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT id, email, name, active FROM people ORDER BY name, email"));
    while (sql::next(q))
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toBool()});
    return out;
}

std::vector<AccountLookups::Choice> AccountLookups::teams() const
{
    std::vector<Choice> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral(
        "SELECT id, team_key, name FROM teams ORDER BY name"));
    while (sql::next(q))
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), true});
    return out;
}

} // namespace karvan
