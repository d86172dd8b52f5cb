#include "models/accountfiltermodel.h"

#include "models/accountlistmodel.h"

#include "domain/persiantext.h"

#include <algorithm>
#include <utility>

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
    m_words = text::searchKey(spec.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Longest word first: it rejects the most rows.
    std::stable_sort(m_words.begin(), m_words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_matchers.clear();
    m_matchers.reserve(size_t(m_words.size()));
    for (const QString &word : std::as_const(m_words))
        m_matchers.emplace_back(word, Qt::CaseSensitive);
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
    const bool churned = row.band == Band::Churned;
    // My book holds the accounts one looks after: the churned ones are out of it.
    if (m_mineOnly && (m_ownerEmail.isEmpty() || churned
                       || row.ownerEmail.compare(m_ownerEmail, Qt::CaseInsensitive) != 0))
        return false;
    if (m_spec.status == AccountFilterSpec::Status::Active && churned)
        return false;
    if (m_spec.status == AccountFilterSpec::Status::Churned && !churned)
        return false;
    if (m_spec.band && row.band != *m_spec.band)
        return false;
    if (m_spec.renewalWithinDays > 0) {
        const QDate today = m_list->today();
        if (!row.renewalDate.isValid())
            return false;
        const qint64 days = today.daysTo(row.renewalDate);
        if (days < 0 || days > m_spec.renewalWithinDays)
            return false;
    }
    if (m_spec.notContactedDays > 0 && row.lastContact.isValid()
        && row.lastContact.daysTo(m_list->today()) < m_spec.notContactedDays)
        return false;
    for (const QStringMatcher &matcher : m_matchers) {
        if (matcher.indexIn(row.searchText) < 0)
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
    if (column == AccountListModel::Name)  // name ranks are unique: no tie to break
        return m_list->sortKey(column, l) < m_list->sortKey(column, r);
    const double a = m_list->sortKey(column, l), b = m_list->sortKey(column, r);
    if (a != b)
        return a < b;
    return m_list->sortKey(AccountListModel::Name, l) < m_list->sortKey(AccountListModel::Name, r);
}

} // namespace karvan
