#include "shell/uilanguage.h"

#include "domain/displaydate.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace karvan {

namespace {

// Tells Qt which way a language runs: the fa translation says "RTL" (Qt reads it when a
// translator is installed; apply() also sets it itself).
[[maybe_unused]] const char *const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
const char *const kTranslatorName = "karvan-translator";

// Shows every date field in the display calendar (Jalali for a Persian reader): set once on
// each QDateEdit as it is first polished, so no dialog has to remember it.
class DateFieldCalendar : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto *edit = qobject_cast<QDateEdit *>(watched))
                adapt(edit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void adapt(QDateEdit *edit)
    {
        QString format = edit->displayFormat();
        // A day field shows the display calendar; a month field (a period of Gregorian months)
        // stays Gregorian.
        if (format.contains(QLatin1Char('d')) && display::usesJalali(edit->locale())) {
            edit->setCalendar(display::calendar(edit->locale()));
            format = display::dateFormat(edit->locale());
        }
        // Right to left, QDateTimeEdit reverses the order of the format's sections: give it
        // them reversed so that the text reads year, month, day like every other date.
        if (edit->layoutDirection() == Qt::RightToLeft) {
            const QStringList parts = format.split(QRegularExpression(QStringLiteral("[/\\-.]")));
            const QString separator = format.contains(QLatin1Char('/')) ? QStringLiteral("/") : QStringLiteral("-");
            if (parts.size() > 1 && !format.contains(QLatin1Char(' '))) {
                QStringList reversed(parts.rbegin(), parts.rend());
                format = reversed.join(separator);
            }
        }
        if (format != edit->displayFormat())
            edit->setDisplayFormat(format);
    }
};

// Qt draws the letter a push button's mnemonic underlines (the '&' of "&باز کردن حساب") apart
// from its neighbours, so right to left the Persian letters around it do not join and the text
// comes out a few pixels wider than the size hint measured it: the button clipped it. Each
// button gets that room as it is first polished.
class MnemonicRoom : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto *button = qobject_cast<QPushButton *>(watched))
                fit(button);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void fit(QPushButton *button)
    {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
            return;
        const QFontMetrics metrics(button->font());
        const int joined = metrics.horizontalAdvance(QString(text).remove(amp, 1));
        const int apart = metrics.horizontalAdvance(text.left(amp)) + metrics.horizontalAdvance(text.mid(amp + 1, 1))
                          + metrics.horizontalAdvance(text.mid(amp + 2));
        // And a space more, so that the text does not touch the frame.
        if (apart > joined)
            button->setMinimumWidth(std::max(button->minimumWidth(), button->sizeHint().width() + apart - joined
                                                                         + metrics.horizontalAdvance(QLatin1Char(' '))));
    }
};

QString knownCode(const QString &key, const QList<UiLanguage::Choice> &choices)
{
    const QString code = QSettings().value(key).toString();
    for (const UiLanguage::Choice &c : choices) {
        if (c.code == code)
            return code;
    }
    return QString();
}

void store(const QString &key, const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, code);
}

} // namespace

QList<UiLanguage::Choice> UiLanguage::choices()
{
    return {{QString(), QCoreApplication::translate("karvan::UiLanguage", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fa"), QStringLiteral("فارسی")}};
}

QString UiLanguage::chosen()
{
    return knownCode(settingKey(), choices());
}

void UiLanguage::setChosen(const QString &code)
{
    store(settingKey(), code);
}

QList<UiLanguage::Choice> UiLanguage::calendarChoices()
{
    return {{QString(), QCoreApplication::translate("karvan::UiLanguage", "As the language (Jalali for Persian)")},
            {display::calendarKey(display::CalendarChoice::Gregorian),
             QCoreApplication::translate("karvan::UiLanguage", "Gregorian")},
            {display::calendarKey(display::CalendarChoice::Jalali),
             QCoreApplication::translate("karvan::UiLanguage", "Jalali (Persian)")}};
}

QString UiLanguage::chosenCalendar()
{
    return knownCode(calendarSettingKey(), calendarChoices());
}

void UiLanguage::setChosenCalendar(const QString &code)
{
    store(calendarSettingKey(), code);
}

QStringList UiLanguage::translationFolders()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return {QStringLiteral(":/translations"), bin + QStringLiteral("/translations"),
            bin + QStringLiteral("/../share/karvan/translations")};
}

void UiLanguage::apply(QCoreApplication &app)
{
    for (QTranslator *old : app.findChildren<QTranslator *>(QString::fromLatin1(kTranslatorName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString code = chosen();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    display::setCalendar(display::calendarFromKey(chosenCalendar()));
    // Qt's own strings (standard buttons, dialogs) when Qt ships them in that language.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QString::fromLatin1(kTranslatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    own->setObjectName(QString::fromLatin1(kTranslatorName));
    bool translated = false;
    for (const QString &folder : translationFolders()) {
        if (own->load(locale, QStringLiteral("karvan"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own);
            translated = true;
            break;
        }
    }
    if (qobject_cast<QApplication *>(&app)
        && !app.findChild<QObject *>(QStringLiteral("karvan-date-fields"), Qt::FindDirectChildrenOnly)) {
        auto *filter = new DateFieldCalendar(&app);
        filter->setObjectName(QStringLiteral("karvan-date-fields"));
        app.installEventFilter(filter);
    }
    if (qobject_cast<QApplication *>(&app)
        && !app.findChild<QObject *>(QStringLiteral("karvan-mnemonic-room"), Qt::FindDirectChildrenOnly)) {
        auto *filter = new MnemonicRoom(&app);
        filter->setObjectName(QStringLiteral("karvan-mnemonic-room"));
        app.installEventFilter(filter);
    }
    // Right to left for a language that runs so, once its texts are there to read that way.
    if (qobject_cast<QGuiApplication *>(&app))
        QGuiApplication::setLayoutDirection(translated && locale.textDirection() == Qt::RightToLeft
                                                ? Qt::RightToLeft : Qt::LeftToRight);
}

QIcon UiLanguage::directional(const QIcon &icon)
{
    if (QGuiApplication::layoutDirection() != Qt::RightToLeft)
        return icon;
    QIcon mirrored;
    for (const int size : {16, 22, 24, 32, 48}) {
        const QPixmap p = icon.pixmap(size, size);
        if (!p.isNull())
            mirrored.addPixmap(QPixmap::fromImage(p.toImage().mirrored(true, false)));
    }
    return mirrored;
}

} // namespace karvan
