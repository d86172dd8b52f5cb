#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

#include <spdlog/spdlog.h>

// The reports lay text out with Qt Gui: a QGuiApplication (offscreen under ctest).
int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
