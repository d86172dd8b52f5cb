#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

struct csv_parser;

namespace karvan {

// A streaming RFC 4180 reader over libcsv. Accepts a UTF-8 BOM (at the file's start only; one
// inside a value is kept as text, one starting a value is an error), LF, CRLF or CR line ends and quoted
// fields with commas, quotes and line breaks. Records are read one at a time, so files of any
// size use little memory.
//
//   CsvReader reader(path);           // throws DataError when the file cannot be opened
//   QStringList names = reader.header(); // the first record; "FILE:1: the file is empty"
//   while (reader.next()) { reader.fields(); reader.line(); }
//
// Problems (broken quoting, invalid UTF-8, a NUL byte) throw DataError with "FILE:LINE: ..." where FILE is
// the path as given (or displayName when set) and LINE the 1-based physical line where the
// record starts.
class CsvReader
{
public:
    explicit CsvReader(const QString &path, const QString &displayName = QString());
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The header record (read on first call). Throws DataError "FILE:1: the file is empty"
    // when the file has no record at all.
    QStringList header();
    // Advances to the next data record; false at the end of the file. Reads the header first
    // when header() was not called. Blank lines are skipped.
    bool next();
    // A record with invalid UTF-8 makes next() throw DataError; calling next() again goes on
    // with the following record. Broken quoting ends the file: next() throws once, then
    // returns false.
    // The current record's fields (the header right after header()).
    QStringList fields() const { return m_fields; }
    // The 1-based physical line where the current record starts.
    int line() const { return m_line; }

    // Bytes consumed so far and the file size, for progress reporting.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }
    // The name used in messages.
    QString displayName() const { return m_displayName; }

private:
    struct Record
    {
        QStringList fields;
        int line = 0;
        bool badUtf8 = false;
        bool nul = false;
        bool bom = false;
    };
    friend struct CsvReaderCallbacks;

    bool nextRecord();
    void fillQueue();
    void feed(const char *data, qsizetype size);
    void addField(const char *data, size_t size);
    void endRecord();
    [[noreturn]] void fail(int line, const QString &what) const;

    QFile m_file;
    QString m_displayName;
    std::unique_ptr<csv_parser> m_parser;
    std::deque<Record> m_queue;
    QStringList m_pendingFields;
    bool m_pendingBadUtf8 = false;
    bool m_pendingNul = false;
    bool m_pendingBom = false;
    bool m_lastWasCr = false;    // the last byte fed was a CR (a CRLF may span two chunks)
    int m_recordStartLine = 1;
    int m_physicalLine = 1;      // line of the next byte fed to the parser
    bool m_headerRead = false;
    bool m_eof = false;
    bool m_firstChunk = true;
    int m_errorLine = 0;         // > 0: broken quoting found, reported after the queue
    QString m_error;
    QStringList m_header;
    QStringList m_fields;
    int m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
};

} // namespace karvan
