#include "io/importerkeyset.h"

#include <QHashFunctions>

#include <cstring>
#include <stdexcept>

namespace karvan {

namespace {

quint64 hashOf(const QByteArray &utf8)
{
    // 64-bit FNV-1a: only a first filter, keys are compared byte for byte.
    quint64 h = 14695981039346656037ull;
    for (const char c : utf8) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

bool ImporterKeySet::matches(const Slot &slot, const QByteArray &utf8) const
{
    const char *at = m_bytes.data() + slot.offset - 1;
    quint32 length = 0;
    std::memcpy(&length, at, sizeof length);
    return length == quint32(utf8.size()) && std::memcmp(at + sizeof length, utf8.constData(), length) == 0;
}

void ImporterKeySet::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot());
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.offset == 0)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].offset != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

int ImporterKeySet::insert(QStringView key, int line)
{
    // At most three quarters full: 2,000,000 keys take 4 Mi slots (64 MB), and a growth holds
    // the old table and the new one at once.
    if (size_t(m_count + 1) * 4 > m_slots.size() * 3)
        grow();
    const QByteArray utf8 = key.toUtf8();
    const quint64 hash = hashOf(utf8);
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    while (m_slots[i].offset != 0) {
        if (m_slots[i].hash == hash && matches(m_slots[i], utf8))
            return m_slots[i].line;
        i = (i + 1) & mask;
    }
    const size_t offset = m_bytes.size();
    if (offset + sizeof(quint32) + size_t(utf8.size()) >= 0xffffffffu)
        throw std::length_error("ImporterKeySet: more than 4 GB of keys");
    const quint32 length = quint32(utf8.size());
    m_bytes.resize(offset + sizeof length + length);
    std::memcpy(m_bytes.data() + offset, &length, sizeof length);
    std::memcpy(m_bytes.data() + offset + sizeof length, utf8.constData(), length);
    m_slots[i] = Slot{hash, quint32(offset + 1), line};
    ++m_count;
    return 0;
}

} // namespace karvan
