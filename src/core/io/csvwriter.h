#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace karvan {

// Writes RFC 4180 CSV (UTF-8, LF line ends) with libcsv's quoting helpers. A field is quoted
// only when it contains a comma, a quote, CR, LF, or leading/trailing spaces; the output for a
// given input is always the same. Throws DataError when the device refuses to write.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *out);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QStringList &fields);
    // Writes what is buffered to the device (also done on destruction).
    void flush();

    // One field as it would be written (quoted when needed); for tests and previews.
    static QByteArray encodeField(const QString &field);

private:
    QIODevice *m_out;
    QByteArray m_buffer;
};

} // namespace karvan
