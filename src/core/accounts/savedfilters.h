#pragma once

#include "accounts/accountfilterspec.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace karvan {

// Named filters of the book ("red, renewing in 90 days"), stored in `saved_filters` with the
// spec as JSON. Saving under an existing name replaces it.
class SavedFilters
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        AccountFilterSpec spec;
    };

    SavedFilters(QSqlDatabase db, QString actor);

    std::vector<Entry> list() const;  // by name
    qint64 save(const QString &name, const AccountFilterSpec &spec);
    void remove(qint64 id);

private:
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace karvan
