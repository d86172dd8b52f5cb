#pragma once

#include "accounts/accountfilterspec.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QStringMatcher>

#include <vector>

namespace karvan {

class AccountListModel;

// Filters and sorts the book: filter-as-you-type over name, industry, owner and custom field
// values (every word must match), the quick filters of AccountFilterSpec, and "mine" (the
// owner of the current stage is a given person). Sorting compares raw values, not text.
class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterModel(QObject *parent = nullptr);

    void setListModel(AccountListModel *model);

    void setSpec(const AccountFilterSpec &spec);
    AccountFilterSpec spec() const { return m_spec; }
    void setText(const QString &text);
    // Empty: every owner. Otherwise only the accounts whose current-stage owner has this email.
    void setOwnerEmail(const QString &email);
    QString ownerEmail() const { return m_ownerEmail; }
    void setMineOnly(bool mineOnly);
    bool mineOnly() const { return m_mineOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountListModel *m_list = nullptr;
    AccountFilterSpec m_spec;
    QStringList m_words;
    std::vector<QStringMatcher> m_matchers;  // one per word, built once per text change
    QString m_ownerEmail;
    bool m_mineOnly = false;
};

} // namespace karvan
