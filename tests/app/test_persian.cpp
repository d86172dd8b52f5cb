// Karvan in Persian: the main window starts right to left with the fa translation (menus,
// the Settings page), money in Toman and dates in the Jalali calendar on screen.
#include "shell/mainwindow.h"
#include "shell/session.h"
#include "shell/uilanguage.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"
#include "settings/settingsview.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace karvan;

class TestPersian : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        UiLanguage::setChosen(QStringLiteral("fa"));
        UiLanguage::apply(*QCoreApplication::instance());
    }

    void theWindowRunsRightToLeftInPersian()
    {
        QCOMPARE(QLocale().language(), QLocale::Persian);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        MainWindow window;
        window.show();
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
        QStringList titles;
        for (QMenu *m : menus)
            titles << m->title();
        QVERIFY2(titles.contains(QStringLiteral("&پرونده")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(titles.contains(QStringLiteral("&راهنما")));
        // Qt's own texts come from qtbase_fa.qm when the system has it.
        QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("RTL"));
    }

    void moneyAndDatesAreForAPersianReader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fa.sqlite"));
        {
            Database db(path); // a new database: its currency is the first, the Toman
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        QCOMPARE(display::currency(), QStringLiteral("IRT"));
        QCOMPARE(display::money(39900000), QStringLiteral("۳۹۹٬۰۰۰\u00a0تومان"));
        QCOMPARE(display::date(QDate(2026, 3, 21)), QStringLiteral("۱۴۰۵/۰۱/۰۱"));
    }

    void settingsOfferTheLanguageAndTheCalendar()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        MainWindow window;
        QVERIFY(window.openDatabase(path, true));
        auto *settings = window.findChild<SettingsView *>();
        QVERIFY(settings);
        auto *language = settings->findChild<QComboBox *>(QStringLiteral("language"));
        auto *calendar = settings->findChild<QComboBox *>(QStringLiteral("calendar"));
        QVERIFY(language && calendar);
        QCOMPARE(language->currentData().toString(), QStringLiteral("fa"));
        QCOMPARE(language->count(), 3);
        QCOMPARE(calendar->count(), 3);
        calendar->setCurrentIndex(calendar->findData(QStringLiteral("gregorian")));
        Q_EMIT calendar->activated(calendar->currentIndex());
        QCOMPARE(UiLanguage::chosenCalendar(), QStringLiteral("gregorian"));
        UiLanguage::setChosenCalendar(QString());
    }
};

QTEST_MAIN(TestPersian)
#include "test_persian.moc"
