#include "domain/fixedlist.h"

#include <QCoreApplication>

namespace karvan {

FixedList::FixedList(const char *context, std::initializer_list<FixedListItem> items)
    : m_context(context), m_items(items)
{
}

QStringList FixedList::keys() const
{
    QStringList result;
    result.reserve(size());
    for (const FixedListItem &item : m_items)
        result << QString::fromLatin1(item.key);
    return result;
}

QString FixedList::key(int index) const
{
    return QString::fromLatin1(m_items.at(size_t(index)).key);
}

bool FixedList::contains(QStringView key) const
{
    for (const FixedListItem &item : m_items) {
        if (key == QLatin1String(item.key))
            return true;
    }
    return false;
}

QString FixedList::label(QStringView key) const
{
    for (const FixedListItem &item : m_items) {
        if (key == QLatin1String(item.key))
            return QCoreApplication::translate(m_context, item.label);
    }
    return key.toString();
}

QString FixedList::label(int index) const
{
    return QCoreApplication::translate(m_context, m_items.at(size_t(index)).label);
}

QString FixedList::sqlInList() const
{
    QStringList quoted;
    for (const FixedListItem &item : m_items)
        quoted << QLatin1Char('\'') + QString::fromLatin1(item.key) + QLatin1Char('\'');
    return quoted.join(QLatin1String(", "));
}

} // namespace karvan
