#include "models/accountlistmodel.h"

#include "domain/displaydate.h"
#include "domain/displaymoney.h"
#include "domain/journey.h"
#include "domain/persiantext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace karvan {

AccountListModel::AccountListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccountListModel::setRows(std::vector<AccountRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    rebuildIndex();
    endResetModel();
}

void AccountListModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(int(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].id, int(i));
    clearSortCaches();
}

void AccountListModel::clearSortCaches() const
{
    m_nameRank.clear();
    m_ownerRank.clear();
    for (std::vector<double> &keys : m_sortKeys)
        keys.clear();
}

double AccountListModel::sortKey(int column, int row) const
{
    if (column < 0 || column >= ColumnCount)
        return sortNumber(column, row);
    std::vector<double> &keys = m_sortKeys[column];
    if (keys.size() != m_rows.size()) {
        keys.resize(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i)
            keys[i] = sortNumber(column, int(i));
    }
    return keys[size_t(row)];
}

void AccountListModel::updateRow(qint64 accountId, const std::optional<AccountRow> &row)
{
    const int at = indexOf(accountId);
    if (at < 0 && row) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size()));
        m_rows.push_back(*row);
        rebuildIndex();
        endInsertRows();
    } else if (at >= 0 && !row) {
        beginRemoveRows(QModelIndex(), at, at);
        m_rows.erase(m_rows.begin() + at);
        rebuildIndex();
        endRemoveRows();
    } else if (at >= 0) {
        m_rows[size_t(at)] = *row;
        clearSortCaches();
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

void AccountListModel::setToday(const QDate &today)
{
    m_today = today;
    clearSortCaches();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AccountListModel::rank(Column column, int row) const
{
    std::vector<int> &ranks = column == Owner ? m_ownerRank : m_nameRank;
    if (ranks.size() != m_rows.size()) {
        std::vector<int> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        const bool owner = column == Owner;
        // The locale's alphabetical order (Persian: پ after ب, گ after ک), case-insensitive,
        // through collation keys made once (not compared text by text), of the normalised
        // names (Arabic ي and ك sort with Persian ی and ک).
        const QCollator collator = text::collator();
        std::vector<QCollatorSortKey> keys;
        keys.reserve(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i)
            keys.push_back(collator.sortKey(text::normalized(owner ? m_rows[i].ownerName : m_rows[i].name)));
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int a, int b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
        ranks.assign(m_rows.size(), 0);
        for (size_t i = 0; i < order.size(); ++i)
            ranks[size_t(order[i])] = int(i);
    }
    return ranks[size_t(row)];
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::trendText(const AccountRow &row)
{
    const double delta = row.score && row.previousScore ? *row.score - *row.previousScore : 0;
    const QString d = QLocale().toString(std::abs(delta), 'f', 1);
    switch (row.trend) {
    case karvan::Trend::Up: return QCoreApplication::translate("Trend", "\u2191 up %1").arg(d);
    case karvan::Trend::Down: return QCoreApplication::translate("Trend", "\u2193 down %1").arg(d);
    case karvan::Trend::Same: return QCoreApplication::translate("Trend", "\u2192 same");
    case karvan::Trend::None: break;
    }
    return QString();
}

QVariant AccountListModel::display(const AccountRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name: return row.name;
    case Stage: return stageLabel(row.stage);
    case Owner: return row.ownerName;
    case Health:
        return row.score ? QStringLiteral("%1 %2").arg(bandLabel(row.band), locale.toString(*row.score, 'f', 0))
                         : bandLabel(row.band);
    case Trend: return trendText(row);
    case Mrr: return display::money(row.mrr);
    case Renewal:
        return display::date(row.renewalDate);
    case LastContact:
        if (!row.lastContact.isValid())
            return QCoreApplication::translate("AccountListModel", "never");
        if (row.lastContact.daysTo(m_today) <= 0)
            return QCoreApplication::translate("AccountListModel", "today");
        if (row.lastContact.daysTo(m_today) == 1)
            return QCoreApplication::translate("AccountListModel", "1 day");
        return QCoreApplication::translate("AccountListModel", "%1 days")
            .arg(QLocale().toString(row.lastContact.daysTo(m_today)));
    case InStage: {
        const std::optional<int> days = journey::daysInStage(row.stageEntered, m_today);
        if (!days)
            return QString();
        return *days == 1 ? QCoreApplication::translate("AccountListModel", "1 day")
                          : QCoreApplication::translate("AccountListModel", "%1 days")
                                .arg(QLocale().toString(*days));
    }
    }
    return QVariant();
}

double AccountListModel::sortNumber(int column, int index) const
{
    constexpr double kLast = 1e12;
    const AccountRow &row = m_rows[size_t(index)];
    switch (column) {
    case Name: return rank(Name, index);
    case Stage: return stageIndex(row.stage);
    case Owner: return rank(Owner, index);
    case Health: return row.score ? *row.score : -1.0;
    case Trend: return row.score && row.previousScore ? *row.score - *row.previousScore : -1000.0;
    case Mrr: return double(row.mrr);
    case Renewal: return row.renewalDate.isValid() ? double(row.renewalDate.toJulianDay()) : kLast;
    case LastContact: return row.lastContact.isValid() ? double(row.lastContact.daysTo(m_today)) : kLast;
    case InStage: return double(journey::daysInStage(row.stageEntered, m_today).value_or(-1));
    }
    return 0;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AccountRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Health && r.bandOverridden)
            return QCoreApplication::translate("AccountListModel", "Band overridden by a CSM");
        if (index.column() == Name)
            return QStringLiteral("%1 (%2)").arg(r.name, r.extId);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Mrr || index.column() == LastContact
            || index.column() == InStage)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole: return sortNumber(index.column(), index.row());
    case AccountIdRole: return r.id;
    case BandRole: return int(r.band);
    case MutedRole: return r.band == Band::Churned;  // churned: the view greys the row
    case OwnerEmailRole: return r.ownerEmail;
    default: return QVariant();
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Account");
    case Stage: return tr("Stage");
    case Owner: return tr("Owner");
    case Health: return tr("Health");
    case Trend: return tr("Trend");
    case Mrr: return tr("MRR");
    case Renewal: return tr("Renewal");
    case LastContact: return tr("Last contact");
    case InStage: return tr("In stage");
    }
    return QVariant();
}

} // namespace karvan
