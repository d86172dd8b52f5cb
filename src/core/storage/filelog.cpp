#include "storage/filelog.h"

#include "storage/database.h"
#include "storage/ownerpermissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <vector>

namespace karvan {

namespace {
constexpr std::size_t kFileBytes = 2 * 1024 * 1024;
constexpr std::size_t kFiles = 5;
} // namespace

QString defaultLogFolder()
{
    return Database::dataFilePath(QStringLiteral("logs"));
}

bool makePrivateFolder(const QString &path)
{
    QStringList missing;
    for (QString dir = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).absolutePath())
        missing.prepend(dir);
    if (!QDir().mkpath(path))
        return false;
    for (const QString &made : missing)
        QFile::setPermissions(made, kOwnerOnly | QFile::ExeOwner);
    QFile::setPermissions(path, kOwnerOnly | QFile::ExeOwner);
    return true;
}

QString startFileLog(const QString &loggerName, int stderrLevel, const QString &folder)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(static_cast<spdlog::level::level_enum>(stderrLevel));
    sinks.push_back(console);

    const QString dir = folder.isEmpty() ? defaultLogFolder() : folder;
    QString path;
    if (makePrivateFolder(dir)) {
        path = QDir(dir).filePath(QStringLiteral("karvan.log"));
        // Every file the sink opens (the first and each one after a rotation) is the user's
        // alone, whatever the umask: made 0600 before spdlog opens it, and kept so after.
        spdlog::file_event_handlers handlers;
        handlers.before_open = [](const spdlog::filename_t &name) {
            const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
            if (fd >= 0)
                ::close(fd);
        };
        handlers.after_open = [](const spdlog::filename_t &, std::FILE *file) { ::fchmod(::fileno(file), 0600); };
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(QFile::encodeName(path).toStdString(),
                                                                              kFileBytes, kFiles, false, handlers);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            path.clear(); // a read-only folder: the log goes to stderr only
        }
    }
    auto logger = std::make_shared<spdlog::logger>(loggerName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(std::min(static_cast<spdlog::level::level_enum>(stderrLevel), spdlog::level::info));
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    return path;
}

} // namespace karvan
