#include "io/csvreader.h"

#include "domain/errors.h"

#include <QStringDecoder>

#include <csv.h>

#include <cstring>

namespace karvan {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

// Fields are taken literally: no character counts as padding to be trimmed.
int noSpace(unsigned char)
{
    return 0;
}

bool isAscii(const char *data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

struct CsvReaderCallbacks
{
    static void field(void *data, size_t size, void *reader)
    {
        static_cast<CsvReader *>(reader)->addField(static_cast<const char *>(data), size);
    }
    static void record(int, void *reader)
    {
        static_cast<CsvReader *>(reader)->endRecord();
    }
};

CsvReader::CsvReader(const QString &path, const QString &displayName)
    : m_file(path), m_displayName(displayName.isEmpty() ? path : displayName),
      m_parser(std::make_unique<csv_parser>())
{
    if (csv_init(m_parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw DataError(QStringLiteral("%1: cannot set up the CSV parser").arg(m_displayName));
    csv_set_space_func(m_parser.get(), noSpace);
    if (!m_file.open(QIODevice::ReadOnly)) {
        throw DataError(
            QStringLiteral("%1: cannot open the file: %2").arg(m_displayName, m_file.errorString()));
    }
    m_size = m_file.size();
}

CsvReader::~CsvReader()
{
    csv_free(m_parser.get());
}

QStringList CsvReader::header()
{
    if (m_headerRead)
        return m_header;
    m_headerRead = true;
    if (!nextRecord())
        fail(1, QStringLiteral("the file is empty"));
    m_header = m_fields;
    return m_header;
}

bool CsvReader::next()
{
    if (!m_headerRead)
        header();
    return nextRecord();
}

bool CsvReader::nextRecord()
{
    while (m_queue.empty()) {
        if (m_errorLine > 0) {
            const int line = m_errorLine;
            m_errorLine = 0;
            m_eof = true;
            fail(line, m_error);
        }
        if (m_eof)
            return false;
        fillQueue();
    }
    Record record = std::move(m_queue.front());
    m_queue.pop_front();
    m_fields = std::move(record.fields);
    m_line = record.line;
    if (record.badUtf8)
        fail(m_line, QStringLiteral("the text is not valid UTF-8"));
    if (record.nul)
        fail(m_line, QStringLiteral("a field holds a NUL byte (not text)"));
    if (record.bom)
        fail(m_line, QStringLiteral("a field starts with a byte-order mark (U+FEFF), which cannot "
                                    "be stored; remove it"));
    return true;
}

void CsvReader::fillQueue()
{
    QByteArray chunk = m_file.read(kChunkSize);
    if (chunk.isEmpty()) {
        if (m_file.error() != QFileDevice::NoError) {
            m_eof = true;
            fail(m_recordStartLine,
                 QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
        }
        m_eof = true;
        if (csv_fini(m_parser.get(), CsvReaderCallbacks::field, CsvReaderCallbacks::record,
                     this) != 0 && m_errorLine == 0) {
            m_errorLine = m_recordStartLine;
            m_error = QStringLiteral("broken quoting: a quoted field is not closed");
        }
        return;
    }
    m_bytesRead += chunk.size();
    const char *data = chunk.constData();
    qsizetype size = chunk.size();
    if (m_firstChunk) {
        m_firstChunk = false;
        if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
            data += 3;
            size -= 3;
        }
    }
    feed(data, size);
}

// Feeds the parser one physical line at a time, so that each record knows the line where it
// starts (libcsv itself does not count lines).
void CsvReader::feed(const char *data, qsizetype size)
{
    while (size > 0 && m_errorLine == 0) {
        // A line ends at LF, CRLF or a lone CR (old Mac files): each counts once.
        const char *end = data;
        while (end < data + size && *end != '\n' && *end != '\r')
            ++end;
        const bool lineEnd = end < data + size;
        const qsizetype length = lineEnd ? end - data + 1 : size;
        const bool secondHalfOfCrLf = lineEnd && *end == '\n' && end == data && m_lastWasCr;
        if (m_parser->pstate == 0 && !secondHalfOfCrLf)  // between records: it starts here
            m_recordStartLine = m_physicalLine;
        const size_t used = csv_parse(m_parser.get(), data, size_t(length),
                                      CsvReaderCallbacks::field, CsvReaderCallbacks::record, this);
        if (used != size_t(length)) {
            m_errorLine = m_recordStartLine;
            m_error = csv_error(m_parser.get()) == CSV_EPARSE
                          ? QStringLiteral("broken quoting: a quote inside an unquoted field or "
                                           "text after a closing quote")
                          : QStringLiteral("the record is too large");
            m_eof = true;
            return;
        }
        if (lineEnd && !secondHalfOfCrLf)
            ++m_physicalLine;
        m_lastWasCr = data[length - 1] == '\r';
        data += length;
        size -= length;
    }
}

void CsvReader::addField(const char *data, size_t size)
{
    if (size == 0) {
        m_pendingFields.append(QString());
        return;
    }
    // A NUL byte makes two values that look the same different (an id, an email): refused.
    if (std::memchr(data, '\0', size))
        m_pendingNul = true;
    if (isAscii(data, size)) {
        m_pendingFields.append(QString::fromLatin1(data, qsizetype(size)));
        return;
    }
    // Only the file's first bytes may be a BOM (skipped in fillQueue). One at the start of a
    // value cannot be stored (SQLite drops a leading U+FEFF of text bound as UTF-16, and the
    // value would silently change): refused. One inside a value is kept literally.
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        m_pendingBom = true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(QByteArrayView(data, qsizetype(size)));
    if (decoder.hasError())
        m_pendingBadUtf8 = true;
    m_pendingFields.append(std::move(text));
}

void CsvReader::endRecord()
{
    const qsizetype count = m_pendingFields.size();
    m_queue.push_back(Record{std::move(m_pendingFields), m_recordStartLine, m_pendingBadUtf8,
                             m_pendingNul, m_pendingBom});
    m_pendingFields = QStringList();
    // The next record most likely has as many fields: one allocation instead of regrowing.
    m_pendingFields.reserve(count);
    m_pendingBadUtf8 = false;
    m_pendingNul = false;
    m_pendingBom = false;
}

void CsvReader::fail(int line, const QString &what) const
{
    throw DataError(QStringLiteral("%1:%2: %3").arg(m_displayName).arg(line).arg(what));
}

} // namespace karvan
