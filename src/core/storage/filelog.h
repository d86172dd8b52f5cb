#pragma once

#include <QString>

namespace karvan {

// The log file of the app and karvan-cli: spdlog's default logger writes to
// <data folder>/logs/karvan.log (rotated: 5 files of 2 MB), created 0600 in a 0700 folder,
// at info level, and to stderr from `stderrLevel` on. Messages at info carry ids and counts,
// never customer text (names, notes, emails). When the folder cannot be made, only stderr.
// Returns the log file's path, or empty when there is none.
QString startFileLog(const QString &loggerName, int stderrLevel, const QString &folder = QString());

// <data folder>/logs.
QString defaultLogFolder();

// Makes `path` and any missing folder above it, each one it makes 0700, and `path` itself
// 0700 in any case (the data folder, its backups/ and logs/ are the user's alone).
bool makePrivateFolder(const QString &path);

} // namespace karvan
