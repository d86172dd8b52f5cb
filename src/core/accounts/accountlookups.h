#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan {

// The choices the account forms offer (people, teams, custom fields), an account's id, and a
// free id for a new account. Reads only.
class AccountLookups
{
public:
    explicit AccountLookups(QSqlDatabase db);

    struct Choice
    {
        qint64 id = 0;
        QString key;   // email or team key
        QString name;
        bool active = true;
    };
    std::vector<Choice> people() const;
    std::vector<Choice> teams() const;
    // The defined custom fields (id, name), in their order, for the new-account form.
    std::vector<Choice> customFields() const;
    // DataError when the account does not exist.
    QString extIdOf(qint64 accountId) const;
    // A free id in the style of the existing ones ("ACC-0042" after "ACC-0041"), "ACC-0001"
    // on an empty book.
    QString suggestExtId() const;

private:
    QSqlDatabase m_db;
};

} // namespace karvan
