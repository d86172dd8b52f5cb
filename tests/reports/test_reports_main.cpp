#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

#include <spdlog/spdlog.h>

// The reports lay text out with Qt Gui: a QGuiApplication, always offscreen (ctest lists the
// tests by running this program with no display and no environment of its own).
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
