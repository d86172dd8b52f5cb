#include "domain/stage.h"

#include <QStringList>

namespace karvan {

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Acquisition: return QStringLiteral("acquisition");
    case Stage::Implementation: return QStringLiteral("implementation");
    case Stage::Deployment: return QStringLiteral("deployment");
    case Stage::Retention: return QStringLiteral("retention");
    case Stage::Expansion: return QStringLiteral("expansion");
    case Stage::Advocacy: return QStringLiteral("advocacy");
    }
    return {};
}

std::optional<Stage> stageFromKey(QStringView key)
{
    for (Stage s : kAllStages) {
        if (key == stageKey(s))
            return s;
    }
    return std::nullopt;
}

int stageIndex(Stage stage)
{
    return static_cast<int>(stage);
}

QStringList stageKeys()
{
    QStringList keys;
    for (Stage s : kAllStages)
        keys << stageKey(s);
    return keys;
}

} // namespace karvan
