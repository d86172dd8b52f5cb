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
        const void *newline = std::memchr(data, '\n', size_t(size));
        const qsizetype length =
            newline ? static_cast<const char *>(newline) - data + 1 : size;
        if (m_parser->pstate == 0)  // between records: the next one starts on this line
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
        if (newline)
            ++m_physicalLine;
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
    if (isAscii(data, size)) {
        m_pendingFields.append(QString::fromLatin1(data, qsizetype(size)));
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(QByteArrayView(data, qsizetype(size)));
    if (decoder.hasError())
        m_pendingBadUtf8 = true;
    m_pendingFields.append(std::move(text));
}

void CsvReader::endRecord()
{
    const qsizetype count = m_pendingFields.size();
    m_queue.push_back(Record{std::move(m_pendingFields), m_recordStartLine, m_pendingBadUtf8});
    m_pendingFields = QStringList();
    // The next record most likely has as many fields: one allocation instead of regrowing.
    m_pendingFields.reserve(count);
    m_pendingBadUtf8 = false;
}

void CsvReader::fail(int line, const QString &what) const
{
    throw DataError(QStringLiteral("%1:%2: %3").arg(m_displayName).arg(line).arg(what));
}

} // namespace karvan
