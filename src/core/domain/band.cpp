#include "domain/band.h"

#include <QCoreApplication>

#include <cmath>

namespace karvan {

QList<Band> allBands()
{
    return {Band::Red, Band::Yellow, Band::Green, Band::Insufficient, Band::Churned};
}

QString bandKey(Band band)
{
    switch (band) {
    case Band::Insufficient: return QStringLiteral("insufficient");
    case Band::Red: return QStringLiteral("red");
    case Band::Yellow: return QStringLiteral("yellow");
    case Band::Green: return QStringLiteral("green");
    case Band::Churned: return QStringLiteral("churned");
    }
    return {};
}

QString bandLabel(Band band)
{
    switch (band) {
    case Band::Red: return QCoreApplication::translate("Band", "Red");
    case Band::Yellow: return QCoreApplication::translate("Band", "Yellow");
    case Band::Green: return QCoreApplication::translate("Band", "Green");
    case Band::Churned: return QCoreApplication::translate("Band", "Churned");
    case Band::Insufficient: break;
    }
    return QCoreApplication::translate("Band", "No data");
}

QString bandColorName(Band band)
{
    switch (band) {
    case Band::Red: return QStringLiteral("#d64541");
    case Band::Yellow: return QStringLiteral("#e0a526");
    case Band::Green: return QStringLiteral("#2e9d5b");
    case Band::Churned: return QStringLiteral("#5d6670");
    case Band::Insufficient: break;
    }
    return QStringLiteral("#a9b1ba");
}

std::optional<Band> bandFromKey(QStringView key)
{
    if (key == QLatin1String("insufficient data"))
        return Band::Insufficient;
    for (Band b : allBands()) {
        if (key == bandKey(b))
            return b;
    }
    return std::nullopt;
}

std::optional<Band> nextBand(Band band)
{
    switch (band) {
    case Band::Red: return Band::Yellow;
    case Band::Yellow: return Band::Green;
    case Band::Green:
    case Band::Insufficient:
    case Band::Churned: break;
    }
    return std::nullopt;
}

QString trendKey(Trend trend)
{
    switch (trend) {
    case Trend::None: return QStringLiteral("none");
    case Trend::Up: return QStringLiteral("up");
    case Trend::Down: return QStringLiteral("down");
    case Trend::Same: return QStringLiteral("same");
    }
    return {};
}

QString trendLabel(Trend trend)
{
    switch (trend) {
    case Trend::Up: return QCoreApplication::translate("Trend", "up");
    case Trend::Down: return QCoreApplication::translate("Trend", "down");
    case Trend::Same: return QCoreApplication::translate("Trend", "same");
    case Trend::None: break;
    }
    return QString();
}

Trend trendBetween(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before)
        return Trend::None;
    const double a = std::round(*now * 10.0);
    const double b = std::round(*before * 10.0);
    return a > b ? Trend::Up : a < b ? Trend::Down : Trend::Same;
}

} // namespace karvan
