#include "io/csvwriter.h"

#include "domain/errors.h"

#include <QIODevice>

#include <csv.h>

namespace karvan {

namespace {

constexpr qsizetype kFlushSize = 256 * 1024;

bool needsQuotes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    const char first = bytes.front();
    const char last = bytes.back();
    if (first == ' ' || first == '\t' || last == ' ' || last == '\t')
        return true;
    for (const char c : bytes) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendField(QByteArray &buffer, const QString &field)
{
    const QByteArray bytes = field.toUtf8();
    if (!needsQuotes(bytes)) {
        buffer += bytes;
        return;
    }
    // csv_write() quotes the field and doubles the quotes inside it.
    const size_t size = csv_write(nullptr, 0, bytes.constData(), size_t(bytes.size()));
    const qsizetype start = buffer.size();
    buffer.resize(start + qsizetype(size));
    csv_write(buffer.data() + start, size, bytes.constData(), size_t(bytes.size()));
}

} // namespace

CsvWriter::CsvWriter(QIODevice *out) : m_out(out)
{
}

CsvWriter::~CsvWriter()
{
    try {
        flush();
    } catch (const DataError &) {
        // A destructor must not throw; callers who care call flush() themselves.
    }
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        appendField(m_buffer, fields.at(i));
    }
    m_buffer += '\n';
    if (m_buffer.size() >= kFlushSize)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    const QByteArray pending = std::exchange(m_buffer, QByteArray());
    if (!m_out || m_out->write(pending) != pending.size()) {
        throw DataError(QStringLiteral("cannot write the CSV output: %1")
                            .arg(m_out ? m_out->errorString() : QStringLiteral("no device")));
    }
}

QByteArray CsvWriter::encodeField(const QString &field)
{
    QByteArray out;
    appendField(out, field);
    return out;
}

} // namespace karvan
