#pragma once

#include <QString>

#include <functional>

namespace karvan {

// Makes a demo database: the core's demo book (buildDemoBook: 24 months up to this month, all
// or nothing) on its own connection, so it can run in a worker thread. progress(step, steps)
// returning false stops it and leaves the database as it was.
// Throws DataError / DatabaseError / ImportCancelled.
void buildDemoDatabase(const QString &path, int accounts, const QString &actor,
                       const std::function<bool(int step, int steps)> &progress = {});

} // namespace karvan
