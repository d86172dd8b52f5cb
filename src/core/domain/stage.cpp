#include "domain/stage.h"

#include <QCoreApplication>
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

QString stageLabel(Stage stage)
{
    const char *label = "";
    switch (stage) {
    case Stage::Acquisition: label = QT_TRANSLATE_NOOP("karvan::Stage", "Acquisition"); break;
    case Stage::Implementation: label = QT_TRANSLATE_NOOP("karvan::Stage", "Implementation"); break;
    case Stage::Deployment: label = QT_TRANSLATE_NOOP("karvan::Stage", "Deployment"); break;
    case Stage::Retention: label = QT_TRANSLATE_NOOP("karvan::Stage", "Retention"); break;
    case Stage::Expansion: label = QT_TRANSLATE_NOOP("karvan::Stage", "Expansion"); break;
    case Stage::Advocacy: label = QT_TRANSLATE_NOOP("karvan::Stage", "Advocacy"); break;
    }
    return QCoreApplication::translate("karvan::Stage", label);
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
