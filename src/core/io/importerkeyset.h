#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace karvan {

// The text keys a file has named so far, each with the line it was first seen on: exact (the
// bytes are compared), and compact enough that a file of 2,000,000 keys stays small. Each key
// is kept once as UTF-8 in one growing buffer, with a 16-byte slot in an open-addressing table
// (linear probing, at most three quarters full): about 50 bytes per key of 17 characters, where
// a QHash<QString, int> takes about 110.
class ImporterKeySet
{
public:
    // The line `key` was first seen on, or 0 when it is new (then remembered with `line`).
    int insert(QStringView key, int line);
    qsizetype size() const { return m_count; }

private:
    struct Slot
    {
        quint64 hash = 0;
        quint32 offset = 0;  // where the key starts in m_bytes, + 1 (0: an empty slot)
        qint32 line = 0;
    };

    bool matches(const Slot &slot, const QByteArray &utf8) const;
    void grow();

    std::vector<Slot> m_slots;
    std::vector<char> m_bytes;  // each key: 4-byte length, then its UTF-8 bytes
    qsizetype m_count = 0;
};

} // namespace karvan
