#pragma once

#include <QString>

#include <functional>

namespace karvan {

// Makes a demo database: generates a synthetic book with the core's Generator (24 months up to
// this month) and imports it kind by kind with the core's Importer, on its own connection, so
// it can run in a worker thread. progress(step, steps) returning false stops it.
// Throws DataError / DatabaseError / ImportCancelled.
void buildDemoDatabase(const QString &path, int accounts, const QString &actor,
                       const std::function<bool(int step, int steps)> &progress = {});

} // namespace karvan
