#include "storage/bulkinserter.h"

#include "domain/errors.h"
#include "storage/nativehandle.h"
#include "storage/sql.h"

#include <sqlite3.h>

namespace karvan {

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &statement)
    : m_db(sqlengine::nativeHandle(db)), m_encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless)
{
    const QByteArray text = statement.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_statement);
}

void BulkInserter::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void BulkInserter::bindText(int index, QStringView text)
{
    // Encoded into the buffer this index had before: once a statement has run, binding it
    // again allocates nothing (an allocation and a free per value were about 5 % of an import).
    QByteArray &utf8 = m_text[size_t(index)];
    utf8.resize(m_encoder.requiredSpace(text.size()));
    utf8.truncate(m_encoder.appendToBuffer(utf8.data(), text) - utf8.data());
    // SQLITE_STATIC: the bytes stay in m_text until this index is bound again.
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BulkInserter::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void BulkInserter::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Bool:
        bindInt(index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        return;
    case QMetaType::QString:
        bindText(index, *static_cast<const QString *>(value.constData()));
        return;
    default:
        bindText(index, value.toString());
        return;
    }
}

void BulkInserter::step()
{
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        throw DatabaseError(sql::describeNative(code, text));
    }
    sqlite3_reset(m_statement);
}

qint64 BulkInserter::stepForNewId()
{
    step();
    return sqlite3_last_insert_rowid(m_db);
}

void BulkInserter::fail(int code) const
{
    throw DatabaseError(sql::describeNative(code, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

} // namespace karvan
