// The language of karvan-cli's human-readable output (docs/translations.md): KARVAN_LANGUAGE
// when set ("en", "fa"), else the language the user chose in the app (ui/language, the same
// settings file: Database::setApplicationNames), else the system locale (LANG, LC_ALL). CSV,
// JSON, exit codes and the contract's error lines never change with it.
#include "cli.h"

#include "domain/displaydate.h"
#include "domain/displaymoney.h"
#include "domain/money.h"
#include "models/ownershipgapsmodel.h"
#include "ownership/ownershipmatrix.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace karvan::cli {

namespace {

bool g_localized = false;

QLocale chosenLocale()
{
    const QString explicitCode = qEnvironmentVariable("KARVAN_LANGUAGE");
    if (!explicitCode.isEmpty())
        return QLocale(explicitCode);
    const QString appCode = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!appCode.isEmpty())
        return QLocale(appCode);
    return QLocale::system();
}

} // namespace

void applyLanguage(QCoreApplication &app)
{
    const QLocale locale = chosenLocale();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;  // the texts as written, byte for byte
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("karvan"), QStringLiteral("_"), QStringLiteral(":/translations"))) {
        delete own;
        return;  // no translation into that language: English
    }
    QLocale::setDefault(locale);
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    display::setCalendar(display::calendarFromKey(QSettings().value(QStringLiteral("ui/calendar")).toString()));
    g_localized = true;
}

bool localized()
{
    return g_localized;
}

QString shownNumber(const QString &ascii)
{
    return g_localized ? display::digits(ascii) : ascii;
}

QString shownMoney(qint64 minor, const QString &currency)
{
    return g_localized ? display::amount(minor, currency) : money::format(minor);
}

QString shownMoneyHeader(const QString &title, const QString &currency)
{
    return g_localized ? QStringLiteral("%1 (%2)").arg(title, display::currencyName(currency)) : title;
}

QString shownNumber(qint64 value)
{
    return shownNumber(QString::number(value));
}

QString shownDate(const QDate &day)
{
    return g_localized ? display::date(day) : day.toString(Qt::ISODate);
}

QString shownDate(const QString &isoDay)
{
    if (!g_localized)
        return isoDay;
    if (isoDay.size() > 10) {
        const QDateTime moment = QDateTime::fromString(isoDay, Qt::ISODate);
        return moment.isValid() ? display::dateTime(moment) : isoDay;
    }
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    return day.isValid() ? display::date(day) : isoDay;
}

QString shownStage(Stage stage)
{
    return g_localized ? stageLabel(stage) : stageKey(stage);
}

QString shownBand(Band band)
{
    if (g_localized)
        return bandLabel(band);
    return band == Band::Insufficient ? QStringLiteral("insufficient data") : bandKey(band);
}

QString shownTrend(Trend trend)
{
    return g_localized ? trendLabel(trend) : trendKey(trend);
}

QString shownMonth(const QString &month)
{
    return g_localized ? display::monthKeyText(month) : month;
}

QString shownGapProblem(const QString &problem)
{
    // The dashboard's words for a gap (one list, in the models area).
    return g_localized ? OwnershipGapsModel::problemText(problem) : problem;
}

QString shownCell(const QString &text, int width)
{
    const QString shown = text.size() >= width ? text.left(width - 2) + QChar(0x2026) : text;
    return shown.leftJustified(width);
}

} // namespace karvan::cli
