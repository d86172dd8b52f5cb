// Karvan in Persian: the main window starts right to left with the fa translation (menus,
// the Settings page), money in Toman and dates in the Jalali calendar on screen.
#include "shell/mainwindow.h"
#include "shell/session.h"
#include "shell/uilanguage.h"
#include "domain/displaydate.h"
#include "domain/displaymoney.h"
#include "domain/storedtext.h"
#include "myday/mydayview.h"
#include "settings/checklisteditor.h"
#include "settings/settingsview.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QSettings>
#include <QSqlQuery>
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
            Database db(path); // a new database made in Persian: its currency is the Toman
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

    void storedEnglishTextsShowInPersian()
    {
        // The signal rules' titles and the hand-off's texts stay stored in English (contract.md)
        // and show in Persian, dates in Jalali and numbers in Persian digits.
        QCOMPARE(display::storedText(QStringLiteral("Renewal on 2026-05-01")), QStringLiteral("تمدید در ۱۴۰۵/۰۲/۱۱"));
        QCOMPARE(display::storedText(QStringLiteral("No contact for 70 days")), QStringLiteral("۷۰ روز بدون تماس"));
        QCOMPARE(display::storedText(QStringLiteral("Escalated ticket TCK-7 open 21 days")),
                 QStringLiteral("تیکت ارجاع‌شدهٔ TCK-7 از ۲۱ روز پیش باز است"));
        QCOMPARE(display::storedText(QStringLiteral("Goal due: Go live")), QStringLiteral("سررسید هدف: Go live"));
        QCOMPARE(display::storedText(QStringLiteral("Kickoff meeting")), QStringLiteral("جلسهٔ آغاز همکاری"));
        QCOMPARE(display::storedText(QStringLiteral("Risks and red flags")), QStringLiteral("ریسک‌ها و نشانه‌های خطر"));
        // The health inputs and lifts the calculator writes (English in health --json).
        QCOMPARE(display::storedText(QStringLiteral("54% of licensed users active (163 of 304, 2026-11)")),
                 QStringLiteral("۵۴٪ از کاربران دارای مجوز فعال‌اند (۱۶۳ از ۳۰۴، نوامبر ۲۰۲۶)"));
        QCOMPARE(display::storedText(QStringLiteral("support: 2 tickets open -> 1 (close 1) lifts it to green")),
                 QStringLiteral("پشتیبانی: رسیدن از ۲ تیکت باز به ۱ (بستن ۱ تیکت) آن را به سبز می‌رساند"));
        QCOMPARE(display::storedText(QStringLiteral("Adoption (active / licensed users)")),
                 QStringLiteral("پذیرش محصول (کاربران فعال / دارای مجوز)"));
        // A person's own text as typed.
        QCOMPARE(display::storedText(QStringLiteral("Call Sara")), QStringLiteral("Call Sara"));
    }

    void aDatabaseMadeInPersianNamesItsTeamsAndRulesInPersian()
    {
        // Team names, the template's key metrics and the conflict rules are data, seeded in the
        // language the database is made in; CSV files keep naming teams by key.
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("fa.sqlite")));
        QSqlQuery q = sql::run(db.connection(), QStringLiteral(
            "SELECT name FROM teams WHERE team_key = 'customer_success'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("موفقیت مشتری"));
        QSqlQuery r = sql::run(db.connection(), QStringLiteral(
            "SELECT note FROM conflict_rules ORDER BY id LIMIT 1"));
        QVERIFY(r.next());
        QVERIFY(r.value(0).toString().startsWith(QStringLiteral("تیم محصول")));
        QSqlQuery m = sql::run(db.connection(), QStringLiteral(
            "SELECT key_metrics FROM template_stages WHERE stage = 'retention'"));
        QVERIFY(m.next());
        QCOMPARE(m.value(0).toString(), QStringLiteral("نرخ ریزش، NPS"));
    }

    void theDefaultChecklistShowsInPersianAndStaysStoredInEnglish()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<Database>(dir.filePath(QStringLiteral("c.sqlite"))));
        ChecklistEditor editor(session);
        QCOMPARE(editor.table()->item(0, 0)->text(), QStringLiteral("چرا مشتری خرید و موارد استفاده"));
        // The row numbers in Persian digits too.
        QCOMPARE(editor.table()->verticalHeaderItem(8)->text(), QStringLiteral("۹"));
        // Saved untouched: the stored English stays; a changed cell is saved as typed.
        editor.table()->item(1, 0)->setText(QStringLiteral("معیارهای موفقیت"));
        const std::vector<ChecklistItem> items = editor.items();
        QCOMPARE(items.at(0).text, QStringLiteral("Why the customer bought and the use cases"));
        QCOMPARE(items.at(0).help,
                 QStringLiteral("The problem they want solved, the use cases they bought for, in their words."));
        QCOMPARE(items.at(1).text, QStringLiteral("معیارهای موفقیت"));
    }

    void myDayButtonsShowTheirWholeText()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<Database>(dir.filePath(QStringLiteral("m.sqlite"))));
        MyDayView view(session);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<QPushButton *> buttons = view.findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 5);
        for (QPushButton *button : buttons) {
            // The text is drawn with the mnemonic's letter apart from its neighbours: the
            // button leaves it that much room besides its frame and margins.
            const QString text = button->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            const QFontMetrics metrics(button->font());
            const QString plain = QString(text).remove(QLatin1Char('&'));
            const int drawn = amp < 0 ? metrics.horizontalAdvance(plain)
                                      : metrics.horizontalAdvance(text.left(amp)) + metrics.horizontalAdvance(text.mid(amp + 1, 1))
                                            + metrics.horizontalAdvance(text.mid(amp + 2));
            const int frame = button->sizeHint().width() - metrics.horizontalAdvance(plain);
            QVERIFY2(button->width() - frame >= drawn, qPrintable(plain));
        }
    }
};

QTEST_MAIN(TestPersian)
#include "test_persian.moc"
