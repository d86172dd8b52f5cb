#include "accountfiltermodel.h"

#include "accountlistmodel.h"

namespace karvan {

AccountFilterModel::AccountFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AccountListModel::SortRole);
}

void AccountFilterModel::setListModel(AccountListModel *model)
{
    m_list = model;
    setSourceModel(model);
}

void AccountFilterModel::setSpec(const AccountFilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    m_words = spec.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // invalidate() rebuilds the mapping at once; invalidateFilter() would announce every
    // removed range separately, which is quadratic on a large book.
    invalidate();
}

void AccountFilterModel::setText(const QString &text)
{
    AccountFilterSpec s = m_spec;
    s.text = text;
    setSpec(s);
}

void AccountFilterModel::setOwnerEmail(const QString &email)
{
    if (email == m_ownerEmail)
        return;
    m_ownerEmail = email;
    if (m_mineOnly)
        invalidateFilter();
}

void AccountFilterModel::setMineOnly(bool mineOnly)
{
    if (mineOnly == m_mineOnly)
        return;
    m_mineOnly = mineOnly;
    invalidateFilter();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_list || sourceParent.isValid())
        return false;
    const AccountRow &row = m_list->row(sourceRow);
    if (m_mineOnly && (m_ownerEmail.isEmpty()
                       || row.ownerEmail.compare(m_ownerEmail, Qt::CaseInsensitive) != 0))
        return false;
    if (m_spec.band && row.band != *m_spec.band)
        return false;
    const QDate today = m_list->today();
    if (m_spec.renewalWithinDays > 0) {
        if (!row.renewalDate.isValid())
            return false;
        const qint64 days = today.daysTo(row.renewalDate);
        if (days < 0 || days > m_spec.renewalWithinDays)
            return false;
    }
    if (m_spec.notContactedDays > 0 && row.lastContact.isValid()
        && row.lastContact.daysTo(today) < m_spec.notContactedDays)
        return false;
    for (const QString &word : m_words) {
        if (!row.searchText.contains(word))
            return false;
    }
    return true;
}

bool AccountFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_list)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    const int l = left.row(), r = right.row();
    const double a = m_list->sortNumber(column, l), b = m_list->sortNumber(column, r);
    if (a != b)
        return a < b;
    return m_list->rank(AccountListModel::Name, l) < m_list->rank(AccountListModel::Name, r);
}

} // namespace karvan
