// The first-run assistant (database, demo, who am I, language, currency) and the guided tour.
#include "accounts/accountbook.h"
#include "domain/fixedlists.h"
#include "book/bookview.h"
#include "dashboard/dashboardview.h"
#include "myday/mydayview.h"
#include "workspace/accountworkspace.h"
#include "handoffs/handoffsview.h"
#include "people/peoplestore.h"
#include "shell/firstrunassistant.h"
#include "shell/firstrundemopage.h"
#include "shell/guidedtour.h"
#include "shell/mainwindow.h"
#include "shell/session.h"
#include "shell/tourcallout.h"
#include "shell/uilanguage.h"
#include "storage/database.h"
#include "generator/generator.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace karvan;

namespace {

// Three accounts, one person (Sara, customer success), one interaction on Contoso.
QString makeDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database db(path);
    const QStringList statements = {
        "INSERT INTO people (id, email, name, team_id) SELECT 1, 'sara@example.com', 'Sara Ahmadi', id FROM teams"
        " WHERE team_key = 'customer_success'",
        "INSERT INTO accounts (id, ext_id, name, stage, created_at, updated_at) VALUES"
        " (1, 'ACC-0001', 'Acme', 'retention', 'x', 'x'), (2, 'ACC-0002', 'Contoso', 'retention', 'x', 'x'),"
        " (3, 'ACC-0003', 'Fabrikam', 'acquisition', 'x', 'x')",
        "INSERT INTO interactions (account_id, date, kind, summary) VALUES (2, '2025-01-10', 'call', 'hello')",
    };
    for (const QString &s : statements)
        sql::exec(db.connection(), s);
    return path;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QAction *helpAction(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KarvanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("KarvanFirstRunTest"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(Database::defaultPath());
    }

    void theAssistantIsNeededOnlyWhenNothingWasEverOpened()
    {
        QVERIFY(FirstRunAssistant::isNeeded());
        QSettings().setValue(QStringLiteral("lastDatabase"), m_dir.filePath(QStringLiteral("gone.sqlite")));
        QVERIFY(FirstRunAssistant::isNeeded()); // the last database no longer exists
        const QString path = makeDatabase(m_dir, QStringLiteral("last.sqlite"));
        QSettings().setValue(QStringLiteral("lastDatabase"), path);
        QVERIFY(!FirstRunAssistant::isNeeded());
        QSettings().clear();
        QSettings().setValue(FirstRunAssistant::doneKey(), true);
        QVERIFY(!FirstRunAssistant::isNeeded());
        QSettings().clear();
        { Database db(Database::defaultPath()); }
        QVERIFY(!FirstRunAssistant::isNeeded()); // karvan-cli made the default database already
    }

    void theAssistantCreatesADatabaseWithTheDemoAndOpensIt()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        FirstRunAssistant *assistant = window.showFirstRunAssistant();
        QVERIFY(assistant->isVisible());
        assistant->setDemoAccounts(12);
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::DatabasePage));
        // The default place is the default database (karvan-cli's), free on a first run.
        auto *createPath = child<QLineEdit>(assistant, "createPath");
        QCOMPARE(QDir::fromNativeSeparators(createPath->text()), Database::defaultPath());
        QVERIFY(child<QRadioButton>(assistant, "createMode")->isChecked());

        const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
        createPath->setText(QDir::toNativeSeparators(path));
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::DemoPage));
        QVERIFY(QFileInfo::exists(path));

        auto *load = child<QCheckBox>(assistant, "loadDemo");
        QVERIFY(load->isEnabled());
        QVERIFY(!load->isChecked()); // a new database stays empty unless the user asks
        load->setChecked(true);
        assistant->next();
        auto *demo = qobject_cast<FirstRunDemoPage *>(assistant->page(FirstRunAssistant::DemoPage));
        QVERIFY(demo->isBusy());
        QVERIFY(!assistant->button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(assistant->currentId(), int(FirstRunAssistant::MePage), 180000);
        QCOMPARE(AccountBook(assistant->database()->connection()).counts().total, 12);

        // Who am I: the demo's people are listed; add myself instead.
        auto *people = child<QListWidget>(assistant, "people");
        QVERIFY(people->count() > 5);
        QVERIFY(child<QRadioButton>(assistant, "pickMode")->isChecked());
        QVERIFY(!assistant->button(QWizard::NextButton)->isEnabled()); // nobody picked yet
        child<QRadioButton>(assistant, "addMode")->setChecked(true);
        child<QLineEdit>(assistant, "name")->setText(QStringLiteral("Leila Karimi"));
        child<QLineEdit>(assistant, "email")->setText(QStringLiteral("leila@example.com"));
        auto *team = child<QComboBox>(assistant, "team");
        QCOMPARE(team->currentText(), PeopleStore(assistant->database()->connection(), QString())
                                          .teamByKey(QStringLiteral("customer_success"))->name);
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::PreferencesPage));
        const std::optional<Person> leila =
            PeopleStore(assistant->database()->connection(), QString()).personByEmail(QStringLiteral("leila@example.com"));
        QVERIFY(leila);
        QCOMPARE(leila->teamKey, QStringLiteral("customer_success"));
        QCOMPARE(SettingsStore(assistant->database()->connection()).value(SettingsStore::whoAmIKey()),
                 std::optional<QString>(QStringLiteral("leila@example.com")));

        // Language (for the next start) and currency (this database's).
        auto *language = child<QComboBox>(assistant, "language");
        auto *currency = child<QComboBox>(assistant, "currency");
        QCOMPARE(language->count(), 3);
        // Preselected: the database's currency; the demo's amounts are Toman, whatever the locale.
        QCOMPARE(currency->currentData().toString(), QString::fromLatin1(kGeneratedCurrency));
        language->setCurrentIndex(language->findData(QStringLiteral("fa")));
        currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
        QVERIFY(assistant->currentPage()->findChildren<QLabel *>().size() > 2);
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::FinishPage));
        QCOMPARE(QSettings().value(UiLanguage::settingKey()).toString(), QStringLiteral("fa"));
        QCOMPARE(UiLanguage::chosen(), QStringLiteral("fa"));
        QCOMPARE(SettingsStore(assistant->database()->connection()).currency(), QStringLiteral("EUR"));

        const QString summary = child<QLabel>(assistant, "summary")->text();
        QVERIFY2(summary.contains(QStringLiteral("12 accounts")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Leila Karimi")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Euro")), qPrintable(summary));
        QVERIFY(child<QCheckBox>(assistant, "tour")->isChecked());
        assistant->button(QWizard::FinishButton)->click();

        // The main window opens that database as Leila, and the tour starts.
        QVERIFY(window.session());
        QCOMPARE(window.session()->database().path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.session()->me(), QStringLiteral("leila@example.com"));
        QCOMPARE(window.accountCount(), 12);
        QVERIFY(window.tour());
        QCOMPARE(window.tour()->currentStep(), 0);
        QVERIFY(QSettings().value(FirstRunAssistant::doneKey()).toBool());
        QVERIFY(!FirstRunAssistant::isNeeded());
    }

    void theAssistantOpensAnExistingDatabaseAndPicksAPerson()
    {
        const QString path = makeDatabase(m_dir, QStringLiteral("existing.sqlite"));
        MainWindow window;
        window.show();
        FirstRunAssistant *assistant = window.showFirstRunAssistant();
        child<QRadioButton>(assistant, "openMode")->setChecked(true);
        child<QLineEdit>(assistant, "openPath")->setText(path);
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::DemoPage));
        // It has accounts: no demo on top of them.
        QVERIFY(!child<QCheckBox>(assistant, "loadDemo")->isEnabled());
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::MePage));
        auto *people = child<QListWidget>(assistant, "people");
        QCOMPARE(people->count(), 1);
        people->setCurrentRow(0);
        assistant->next();
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::FinishPage));
        child<QCheckBox>(assistant, "tour")->setChecked(false);
        assistant->button(QWizard::FinishButton)->click();
        QVERIFY(window.session());
        QCOMPARE(window.session()->me(), QStringLiteral("sara@example.com"));
        QCOMPARE(window.accountCount(), 3);
        QCOMPARE(SettingsStore(window.session()->connection()).currency(), defaultCurrency());
        QVERIFY(!window.tour());
    }

    void theAssistantRefusesWhatItCannotOpen()
    {
        const QString existing = makeDatabase(m_dir, QStringLiteral("taken.sqlite"));
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
        f.close();
        MainWindow window;
        window.show();
        FirstRunAssistant *assistant = window.showFirstRunAssistant();
        auto *error = child<QLabel>(assistant, "error");
        child<QLineEdit>(assistant, "createPath")->setText(existing);
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::DatabasePage));
        QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
        child<QRadioButton>(assistant, "openMode")->setChecked(true);
        child<QLineEdit>(assistant, "openPath")->setText(text);
        assistant->next();
        QCOMPARE(assistant->currentId(), int(FirstRunAssistant::DatabasePage));
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(assistant->database(), nullptr);
        assistant->reject();
        QVERIFY(!window.session());
    }

    void theTourVisitsEveryStepInOrderAndBackWorks()
    {
        const QString path = makeDatabase(m_dir, QStringLiteral("tour.sqlite"));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openDatabase(path));
        GuidedTour *tour = window.startTour();
        QVERIFY(tour);
        QCOMPARE(tour->stepCount(), 5);
        QSignalSpy finished(tour, &GuidedTour::finished);
        TourCallout *callout = tour->callout();
        QVERIFY(callout->isVisible());
        const QList<QWidget *> expected = {window.myDay(), window.bookView(false), window.workspace(),
                                           window.findChild<HandoffsView *>(), window.dashboard()};
        for (int step = 0; step < tour->stepCount(); ++step) {
            QCOMPARE(tour->currentStep(), step);
            QCOMPARE(window.currentPage(), expected.at(step));
            QCOMPARE(callout->title(), tour->stepTitle(step));
            QVERIFY(!callout->text().isEmpty());
            QCOMPARE(callout->backButton()->isEnabled(), step > 0);
            QVERIFY(callout->geometry().bottom() <= window.height());
            if (step == 2) {
                // The account shown is the busiest one (Contoso); Back returns to the book.
                QCOMPARE(window.workspace()->accountId(), qint64(2));
                QTest::mouseClick(callout->backButton(), Qt::LeftButton);
                QCOMPARE(tour->currentStep(), 1);
                QCOMPARE(window.currentPage(), expected.at(1));
                QTest::mouseClick(callout->nextButton(), Qt::LeftButton);
                QCOMPARE(tour->currentStep(), 2);
            }
            QTest::mouseClick(callout->nextButton(), Qt::LeftButton);
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!callout->isVisible());
        QTRY_VERIFY(!window.tour());
    }

    void skipClosesTheTourAtAnyStep()
    {
        const QString path = makeDatabase(m_dir, QStringLiteral("skip.sqlite"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        GuidedTour *tour = window.startTour();
        QSignalSpy finished(tour, &GuidedTour::finished);
        tour->next();
        QCOMPARE(tour->currentStep(), 1);
        QPointer<TourCallout> callout = tour->callout();
        QTest::mouseClick(callout->skipButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!callout || !callout->isVisible());
        QTRY_VERIFY(!window.tour());
        QTRY_VERIFY(!callout);
        // The page the user skipped on stays.
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.bookView(false)));
    }

    void theHelpMenuStartsTheTourAndTheAssistant()
    {
        MainWindow window;
        window.show();
        QAction *tourAction = helpAction(window, "actionTour");
        QAction *setUpAction = helpAction(window, "actionFirstRun");
        QVERIFY(tourAction && setUpAction);
        QMenu *help = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(tourAction))
                help = menu->menu();
        }
        QVERIFY(help);
        QVERIFY(help->actions().contains(setUpAction));
        QCOMPARE(help->title(), QStringLiteral("&Help"));
        QVERIFY(!tourAction->isEnabled()); // nothing to tour without a database
        QVERIFY(window.openDatabase(makeDatabase(m_dir, QStringLiteral("help.sqlite"))));
        QVERIFY(tourAction->isEnabled());
        tourAction->trigger();
        QVERIFY(window.tour());
        QCOMPARE(window.tour()->currentStep(), 0);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.myDay()));
        setUpAction->trigger();
        auto *assistant = window.findChild<FirstRunAssistant *>();
        QVERIFY(assistant && assistant->isVisible());
        // Reopened with a database open, it offers to open that one.
        QVERIFY(child<QRadioButton>(assistant, "openMode")->isChecked());
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(assistant, "openPath")->text()),
                 window.session()->database().path());
        assistant->reject();
    }

    // Last: it changes the default locale of the rest of the run.
    void theChosenLanguageIsAppliedAtStart()
    {
        UiLanguage::setChosen(QStringLiteral("fa"));
        UiLanguage::apply(*QCoreApplication::instance());
        QCOMPARE(QLocale().language(), QLocale::Persian);
        UiLanguage::setChosen(QStringLiteral("xx")); // not a choice: the system's language
        QCOMPARE(UiLanguage::chosen(), QString());
        UiLanguage::setChosen(QString());
        QVERIFY(!QSettings().contains(UiLanguage::settingKey()));
        UiLanguage::apply(*QCoreApplication::instance());
        QCOMPARE(QLocale().language(), QLocale::system().language());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFirstRun)
#include "test_firstrun.moc"
