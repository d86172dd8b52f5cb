#pragma once

#include <QFileDevice>

namespace karvan {

// Files Karvan writes (the database, its backups and logs) are readable by their owner only.
inline constexpr QFileDevice::Permissions kOwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace karvan
