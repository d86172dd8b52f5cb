#pragma once

#include "domain/errors.h"
#include "storage/ownerpermissions.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace karvan {

// A file Karvan writes (an export, a report; from the CLI or the app): a regular file (or a
// new one) is replaced whole or not at all (QSaveFile); a FIFO, a device or another
// non-regular file is written INTO, never replaced by an ordinary file holding customer data.
// A new file is created 0600.
class OutputFile
{
public:
    explicit OutputFile(const QString &path) : m_path(path)
    {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile() && !info.isDir()) {
            m_plain = std::make_unique<QFile>(path);
            if (!m_plain->open(QIODevice::WriteOnly))
                fail(m_plain->errorString());
            return;
        }
        m_save = std::make_unique<QSaveFile>(path);
        if (!m_save->open(QIODevice::WriteOnly))
            fail(m_save->errorString());
        if (!info.exists())
            m_save->setPermissions(kOwnerOnly);
    }

    QIODevice *device() { return m_plain ? static_cast<QIODevice *>(m_plain.get()) : m_save.get(); }

    void write(const QByteArray &bytes)
    {
        if (device()->write(bytes) != bytes.size())
            fail(device()->errorString());
    }

    // Finishes the file; throws DataError when it could not be written whole.
    void commit()
    {
        if (m_plain) {
            if (!m_plain->flush())
                fail(m_plain->errorString());
            m_plain->close();
            return;
        }
        if (!m_save->commit())
            fail(m_save->errorString());
    }

private:
    [[noreturn]] void fail(const QString &why) const
    {
        throw DataError(QStringLiteral("%1: cannot write the file: %2").arg(m_path, why));
    }

    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_plain;
};

} // namespace karvan
