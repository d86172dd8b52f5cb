#include "storage/bulkreader.h"

#include "domain/errors.h"
#include "storage/nativehandle.h"
#include "storage/sql.h"

#include <sqlite3.h>

namespace karvan {

BulkReader::BulkReader(const QSqlDatabase &db, const QString &statement)
    : m_db(sqlengine::nativeHandle(db))
{
    const QByteArray text = statement.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), 0, &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
    m_bound.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
    m_shared.resize(size_t(sqlite3_column_count(m_statement)));
}

BulkReader::~BulkReader()
{
    sqlite3_finalize(m_statement);
}

void BulkReader::restart()
{
    if (m_stepped) {
        sqlite3_reset(m_statement);
        m_stepped = false;
    }
}

void BulkReader::bindInt(int index, qint64 value)
{
    restart();
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void BulkReader::bindText(int index, QStringView text)
{
    restart();
    QByteArray &utf8 = m_bound[size_t(index)];
    utf8 = text.toUtf8();
    // SQLITE_STATIC: the bytes stay in m_bound until this index is bound again.
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

bool BulkReader::next()
{
    m_stepped = true;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    m_stepped = false;
    if (code != SQLITE_DONE)
        fail(code);
    return false;
}

bool BulkReader::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 BulkReader::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double BulkReader::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString BulkReader::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QString BulkReader::sharedText(int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!bytes)
        return {};
    const QByteArray key = QByteArray::fromRawData(bytes, sqlite3_column_bytes(m_statement, column));
    QHash<QByteArray, QString> &shared = m_shared[size_t(column)];
    const auto it = shared.constFind(key);
    if (it != shared.cend())
        return it.value();
    const QString value = QString::fromUtf8(key);
    shared.insert(QByteArray(key.constData(), key.size()), value);
    return value;
}

void BulkReader::fail(int code) const
{
    throw DatabaseError(sql::describeNative(code, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

} // namespace karvan
