#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace karvan {

// The six journey stages, in journey order (domain.md, seed 000).
enum class Stage { Acquisition, Implementation, Deployment, Retention, Expansion, Advocacy };

inline constexpr std::array<Stage, 6> kAllStages = {
    Stage::Acquisition, Stage::Implementation, Stage::Deployment,
    Stage::Retention, Stage::Expansion, Stage::Advocacy};

QString stageKey(Stage stage);
// The stage's name for people, translated (context "karvan::Stage").
QString stageLabel(Stage stage);
std::optional<Stage> stageFromKey(QStringView key);
int stageIndex(Stage stage);
// The keys of kAllStages, in journey order.
QStringList stageKeys();

} // namespace karvan
