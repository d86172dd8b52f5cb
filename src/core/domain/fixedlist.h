#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace karvan {

// One value of a fixed list: the key stored in the database and exchanged in CSV files, and
// its English label, marked with QT_TRANSLATE_NOOP in the list's translation context.
struct FixedListItem
{
    const char *key;
    const char *label;
};

// A fixed list of the domain (interaction kinds, ticket priorities, ...): defined once in
// domain/fixedlists.cpp, read by the migrations (CHECK constraints), the importers (validation),
// the store (validation) and the app (combo boxes, labels).
class FixedList
{
public:
    FixedList(const char *context, std::initializer_list<FixedListItem> items);

    const std::vector<FixedListItem> &items() const { return m_items; }
    int size() const { return int(m_items.size()); }
    // The keys in list order.
    QStringList keys() const;
    QString key(int index) const;
    bool contains(QStringView key) const;
    // The translated label of a key; the key itself when it is not in the list.
    QString label(QStringView key) const;
    QString label(int index) const;
    // "'a', 'b', 'c'": the keys as an SQL IN list, for CHECK constraints.
    QString sqlInList() const;

private:
    const char *m_context;
    std::vector<FixedListItem> m_items;
};

} // namespace karvan
