#pragma once

#include <QString>

#include <vector>

namespace karvan {

// The libraries Karvan is built on, with the version in use and their licence: what Help >
// About and `karvan-cli --version` show.
struct Component
{
    QString name;
    QString version;
    QString licence;
};

std::vector<Component> components();

} // namespace karvan
