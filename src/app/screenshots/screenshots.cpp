// karvan-screenshots: opens a demo database in the main window at 1440x900 and saves PNGs of
// the book, an account's workspace, the dashboard, people & teams, the import dialog showing a
// file with errors, the duplicates dialog and an account's report dialog; the hand-off inbox,
// form and an accepted hand-off; then the guided tour, the About box and the first-run
// assistant's pages. Run by tools/screenshots.sh under xvfb-run.

#include "workspace/accountworkspace.h"
#include "book/bookview.h"
#include "shell/demobuilder.h"
#include "book/duplicatesdialog.h"
#include "domain/errors.h"
#include "shell/importdialog.h"
#include "workspace/journeytab.h"
#include "myday/mydayview.h"
#include "dashboard/dashboardview.h"
#include "shell/mainwindow.h"
#include "shell/backupkeeper.h"
#include "shell/databaseproblemdialog.h"
#include "shell/restorebackupdialog.h"
#include "storage/backup.h"
#include "shell/aboutdialog.h"
#include "shell/firstrunassistant.h"
#include "shell/guidedtour.h"
#include "storage/database.h"
#include "people/peopleview.h"
#include "workspace/recordtab.h"
#include "workspace/taskstab.h"
#include "workspace/handofftab.h"
#include "handoffs/handoffdialog.h"
#include "handoffs/handoffsview.h"
#include "handoffs/handoffservice.h"
#include "shell/session.h"
#include "accounts/accountbook.h"
#include "accounts/accountdetailloader.h"
#include "commands/staleedit.h"
#include "people/peoplestore.h"
#include "reports/reportdialog.h"
#include "shell/uilanguage.h"
#include "dashboard/matrixfilterbar.h"
#include "dashboard/ownershippanel.h"
#include "handoffs/handoffqualitytable.h"

#include <QApplication>
#include <QDateTime>
#include <QTimer>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <spdlog/spdlog.h>

namespace {

void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

// KARVAN_SCREENSHOT_LANG=fa (tools/screenshots.sh --lang fa): the app in that language,
// the scenes a Persian reader checks written as fa-NAME.png, the others skipped.
QString g_language;

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    static const QStringList kTranslatedScenes = {
        QStringLiteral("book"), QStringLiteral("workspace"), QStringLiteral("workspace-journey"),
        QStringLiteral("workspace-health"), QStringLiteral("myday"), QStringLiteral("handoff-form"),
        QStringLiteral("dashboard"), QStringLiteral("dashboard-charts"), QStringLiteral("dashboard-ownership"),
        QStringLiteral("dashboard-ownership-filtered"), QStringLiteral("dashboard-handoffs"),
        QStringLiteral("report-dialog"), QStringLiteral("settings"), QStringLiteral("stale-edit")};
    if (!g_language.isEmpty() && !kTranslatedScenes.contains(name))
        return true;
    settle();
    const QString path = out.filePath((g_language.isEmpty() ? name : g_language + QLatin1Char('-') + name)
                                      + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED to write ") << path << Qt::endl;
    return ok;
}

// A copy of the demo's accounts file with a few broken cells, so the import dialog has
// problems to show.
QString brokenAccountsFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("accounts.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("id,name,industry,segment,model,stage,owner,contract_start,renewal_date,status\n"
            "ACC-9001,Pars Logistics,logistics,smb,b2b,retention,,2025-03-01,2026-03-01,active\n"
            "ACC-9002,Tehran Dental Group,health,mid,b2x,retention,,2025-04-01,2026-04-01,active\n"
            "ACC-9003,Caspian Foods,food,smb,b2c,onboarding,,2025-05-01,2026-05-01,active\n"
            "ACC-9004,شرکت داده‌پردازان,software,enterprise,b2b,expansion,nobody@example.com,2025-13-01,2026-06-01,active\n"
            "ACC-9005,Alborz Travel,travel,smb,b2c,advocacy,,2025-06-01,2026-06-31,paused\n");
    return path;
}

// The hand-off inbox as the CSM with the most waiting, a submitted hand-off's form as that CSM
// sees it, and an accepted hand-off's record on its account.
int handoffScenes(karvan::MainWindow &window, const QDir &out)
{
    karvan::Session &session = *window.session();
    const karvan::HandoffService service(session.connection(), QString());
    const std::vector<karvan::Handoff> all = service.list();
    const karvan::Handoff *overdue = nullptr;
    const karvan::Handoff *accepted = nullptr;
    for (const karvan::Handoff &h : all) {
        if (h.overdue && !overdue)
            overdue = &h;
        if (h.state == QLatin1String("accepted") && !accepted)
            accepted = &h;
    }
    if (!overdue || !accepted) {
        QTextStream(stderr) << "the demo has no overdue or accepted hand-off" << Qt::endl;
        return 1;
    }
    int failures = 0;
    const QString me = session.me();
    session.setMe(overdue->csm);
    window.showPlace(karvan::NavigationPane::Place::Handoffs);
    failures += !save(&window, out, QStringLiteral("handoff-inbox"));
    if (auto *inbox = window.findChild<karvan::HandoffsView *>()) {
        inbox->setScope(karvan::HandoffsView::Scope::All);
        failures += !save(&window, out, QStringLiteral("handoff-inbox-all"));
        inbox->setScope(karvan::HandoffsView::Scope::WaitingForMe);
    }
    {
        karvan::HandoffDialog form(session, overdue->id, &window);
        form.resize(1100, 760);
        form.show();
        failures += !save(&form, out, QStringLiteral("handoff-form"));
    }
    window.showAccount(accepted->accountId);
    auto *workspace = window.findChild<karvan::AccountWorkspace *>();
    auto *tabs = workspace ? workspace->findChild<QTabWidget *>(QStringLiteral("tabs")) : nullptr;
    if (tabs && workspace->handoffTab()) {
        tabs->setCurrentWidget(workspace->handoffTab());
        failures += !save(&window, out, QStringLiteral("handoff-accepted"));
        tabs->setCurrentWidget(workspace->journeyTab());
        failures += !save(&window, out, QStringLiteral("handoff-accepted-journey"));
    } else {
        ++failures;
    }
    session.setMe(me);
    return failures;
}

// The dashboard's matrix filtered (the red accounts in retention) and its hand-off quality tab
// (issue 12); returns the failures.
int dashboardFilterScenes(karvan::DashboardView &dashboard, QWidget &window, const QDir &out)
{
    int failures = 0;
    karvan::OwnershipPanel *ownership = dashboard.ownershipPanel();
    dashboard.tabs()->setCurrentWidget(ownership);
    for (int i = 0; i < 600 && ownership->isLoading(); ++i)
        settle(50);
    karvan::OwnershipMatrixFilter filter;
    filter.stage = karvan::Stage::Retention;
    filter.band = karvan::Band::Red;
    ownership->filterBar()->setFilter(filter);
    failures += !save(&window, out, QStringLiteral("dashboard-ownership-filtered"));
    ownership->filterBar()->setFilter({});
    QWidget *handoffs = dashboard.handoffQuality()->parentWidget();
    dashboard.tabs()->setCurrentWidget(handoffs);
    failures += !save(&window, out, QStringLiteral("dashboard-handoffs"));
    return failures;
}

// The guided tour's first step (My day) and its account step; returns the failures.
int tourScenes(karvan::MainWindow &window, const QDir &out)
{
    int failures = 0;
    karvan::GuidedTour *tour = window.startTour();
    if (!tour)
        return 1;
    for (int i = 0; i < 600 && window.myDay()->isRaising(); ++i)
        settle(20);
    failures += !save(&window, out, QStringLiteral("tour-myday"));
    tour->next();
    tour->next();
    // The account as it first opens, on its profile.
    if (auto *tabs = window.workspace()->findChild<QTabWidget *>(QStringLiteral("tabs")))
        tabs->setCurrentIndex(0);
    failures += !save(&window, out, QStringLiteral("tour-account"));
    tour->skip();
    return failures;
}

// The first-run assistant's pages, as a new user sees them: the database page offers the
// default database of the desktop app (its names, and a user's home folder), the demo page a
// new empty database, the next pages work on the demo database. Returns the failures.
int firstRunScenes(karvan::MainWindow &window, const QDir &out, const QString &demoPath, const QString &me)
{
    qputenv("HOME", "/home/sara");
    karvan::Database::setApplicationNames();
    QTemporaryDir dir;
    int failures = 0;
    karvan::FirstRunAssistant *assistant = window.showFirstRunAssistant();
    assistant->resize(720, 540);
    failures += !save(assistant, out, QStringLiteral("first-run-database"));
    auto *createPath = assistant->findChild<QLineEdit *>(QStringLiteral("createPath"));
    createPath->setText(dir.filePath(QStringLiteral("karvan.sqlite")));
    assistant->next();
    failures += !save(assistant, out, QStringLiteral("first-run-demo"));
    assistant->back();
    assistant->findChild<QRadioButton *>(QStringLiteral("openMode"))->setChecked(true);
    assistant->findChild<QLineEdit *>(QStringLiteral("openPath"))->setText(demoPath);
    assistant->next();
    assistant->next();
    if (auto *people = assistant->findChild<QListWidget *>(QStringLiteral("people"))) {
        for (int i = 0; i < people->count(); ++i) {
            if (people->item(i)->data(Qt::UserRole).toString() == me)
                people->setCurrentRow(i);
        }
        people->scrollToItem(people->currentItem(), QAbstractItemView::PositionAtCenter);
    }
    failures += !save(assistant, out, QStringLiteral("first-run-me"));
    assistant->next();
    failures += !save(assistant, out, QStringLiteral("first-run-preferences"));
    assistant->next();
    // (No picture of the last page: it names the demo database's temporary path.)
    if (assistant->currentId() != karvan::FirstRunAssistant::FinishPage) {
        QTextStream(stderr) << "the first-run assistant stopped at page " << assistant->currentId() << Qt::endl;
        ++failures;
    }
    assistant->reject();
    return failures;
}

// The dialog shown when the open database turns out to be damaged, and File > Restore from
// backup... with the backup the window took when it opened the demo.
int backupScenes(karvan::MainWindow &window, const QDir &out)
{
    int failures = 0;
    window.backupKeeper()->wait();
    settle(100);
    karvan::DatabaseProblemDialog problem(window.session()->database().path(),
                                          QStringLiteral("the database file is corrupt"), &window);
    problem.show();
    failures += !save(&problem, out, QStringLiteral("database-problem"));
    problem.close();
    karvan::RestoreBackupDialog restore(
        karvan::Backups(window.session()->database().path(), window.backupKeeper()->folder()), &window);
    restore.show();
    restore.selectRow(0);
    failures += !save(&restore, out, QStringLiteral("restore-backup"));
    restore.close();
    return failures;
}

} // namespace

// Another window changed an account after this one read it: the question an edit then meets.
int staleEditScene(karvan::Session &session, QWidget &window, const QDir &out)
{
    const qint64 account = karvan::AccountBook(session.connection()).busiestAccount();
    const QString name = account ? karvan::AccountDetailLoader(session.connection()).load(account).name
                                 : QStringLiteral("Acme Corp");
    const karvan::StaleEditError error(QString(), name, QStringLiteral("sara.ahmadi@karvan.example"),
                                       QDateTime::currentDateTimeUtc().addSecs(-180).toString(Qt::ISODate));
    int failures = 0;
    QTimer::singleShot(500, &window, [&failures, &out] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            failures += !save(box, out, QStringLiteral("stale-edit"));
            box->close();
        }
    });
    karvan::askToReload(&window, error, {});
    return failures;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Karvan"));
    QApplication::setApplicationName(QStringLiteral("KarvanScreenshots"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION)); // for the About box
    spdlog::set_level(spdlog::level::warn);
    g_language = qEnvironmentVariable("KARVAN_SCREENSHOT_LANG");
    if (!g_language.isEmpty()) {
        karvan::UiLanguage::setChosen(g_language);
        karvan::UiLanguage::apply(app);
    }

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The demo database (made when missing)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Where to write the PNGs."),
                                       QStringLiteral("DIR"), QStringLiteral("docs/screenshots"));
    parser.addOptions({dbOption, outOption});
    parser.process(app);
    const QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        QTextStream(stderr) << "karvan-screenshots: --db PATH is required\n";
        return 1;
    }
    QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    if (!QFileInfo::exists(dbPath)) {
        QTextStream(stdout) << "making the demo database " << dbPath << Qt::endl;
        try {
            karvan::buildDemoDatabase(dbPath, 400, QStringLiteral("screenshots"));
        } catch (const karvan::DataError &e) {
            QTextStream(stderr) << e.messages().join(QLatin1Char('\n')) << Qt::endl;
            return 2;
        } catch (const karvan::DatabaseError &e) {
            QTextStream(stderr) << e.message() << Qt::endl;
            return 3;
        }
    }

    karvan::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openDatabase(dbPath))
        return 3;
    karvan::Session &session = *window.session();
    // "Me": the CSM who owns the most accounts at their current stage.
    QString me;
    int most = 0;
    for (const karvan::Person &p : karvan::PeopleStore(session.connection(), QString()).people()) {
        const bool more = p.ownedAccounts > most || (p.ownedAccounts == most && most > 0 && p.email < me);
        if (p.teamKey == QLatin1String("customer_success") && more) {
            me = p.email;
            most = p.ownedAccounts;
        }
    }
    session.setMe(me);
    int failures = 0;

    window.showPlace(karvan::NavigationPane::Place::AllAccounts);
    failures += !save(&window, out, QStringLiteral("book"));
    window.showPlace(karvan::NavigationPane::Place::MyBook);
    failures += !save(&window, out, QStringLiteral("my-book"));
    // My day: the rules are raised in the background when it is first shown.
    window.showPlace(karvan::NavigationPane::Place::MyDay);
    for (int i = 0; i < 600 && window.myDay()->isRaising(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    failures += !save(&window, out, QStringLiteral("myday"));

    window.showPlace(karvan::NavigationPane::Place::People);
    failures += !save(&window, out, QStringLiteral("people"));
    if (auto *tabs = window.peopleView()->findChild<QTabWidget *>(QStringLiteral("tabs"))) {
        tabs->setCurrentIndex(2);
        failures += !save(&window, out, QStringLiteral("template"));
        tabs->setCurrentIndex(0);
    }
    window.showPlace(karvan::NavigationPane::Place::Settings);
    failures += !save(&window, out, QStringLiteral("settings"));
    failures += staleEditScene(session, window, out);

    QTemporaryDir dir;
    karvan::ImportDialog *import = window.showImportDialog();
    import->resize(1000, 640);
    import->setFile(brokenAccountsFile(dir));
    import->check();
    QElapsedTimer waited;
    waited.start();
    while (import->isBusy() && waited.elapsed() < 30000)
        settle(100);
    failures += !save(import, out, QStringLiteral("import-errors"));
    import->close();

    karvan::DuplicatesDialog *duplicates = window.showDuplicatesDialog();
    duplicates->resize(1000, 600);
    failures += !save(duplicates, out, QStringLiteral("duplicates"));
    duplicates->close();

    window.showPlace(karvan::NavigationPane::Place::Dashboard);
    if (auto *dashboard = window.findChild<karvan::DashboardView *>()) {
        // The demo's last twelve months (the selector's default), once the numbers are in.
        QElapsedTimer computing;
        computing.start();
        settle(200);
        while (dashboard->isComputing() && computing.elapsed() < 60000)
            settle(100);
        settle(200);
        failures += !save(&window, out, QStringLiteral("dashboard"));
        const char *const names[] = {"dashboard", "dashboard-owners", "dashboard-stage-kpis",
                                     "dashboard-ownership", "dashboard-charts", "dashboard-rules",
                                     "dashboard-history"};
        for (int i = 1; i < dashboard->tabs()->count() && i < 7; ++i) {
            dashboard->tabs()->setCurrentIndex(i);
            failures += !save(&window, out, QString::fromLatin1(names[i]));
        }
        failures += dashboardFilterScenes(*dashboard, window, out);
        dashboard->tabs()->setCurrentIndex(0);
    } else {
        failures += !save(&window, out, QStringLiteral("dashboard"));
    }

    // The workspace of a busy account: the one with the most interactions.
    const qint64 account = karvan::AccountBook(session.connection()).busiestAccount();
    window.showAccount(account);
    failures += !save(&window, out, QStringLiteral("workspace"));
    // The same account's journey (owners per stage), communication log and health.
    auto *workspace = window.findChild<karvan::AccountWorkspace *>();
    auto *tabs = workspace ? workspace->findChild<QTabWidget *>(QStringLiteral("tabs")) : nullptr;
    const std::pair<QWidget *, const char *> pages[] = {
        {workspace ? workspace->journeyTab() : nullptr, "workspace-journey"},
        {workspace ? workspace->communicationTab() : nullptr, "workspace-communication"},
        {workspace ? workspace->healthTab() : nullptr, "workspace-health"},
        {workspace ? static_cast<QWidget *>(workspace->tasksTab()) : nullptr, "workspace-tasks"},
    };
    for (const auto &[page, name] : pages) {
        if (!tabs || !page || tabs->indexOf(page) < 0) {
            QTextStream(stderr) << "no workspace tab for " << name << Qt::endl;
            ++failures;
            continue;
        }
        tabs->setCurrentWidget(page);
        failures += !save(&window, out, QString::fromLatin1(name));
    }
    // Report...: the same account's client status report, its pages previewed as they print.
    if (auto *button = workspace ? workspace->findChild<QPushButton *>(QStringLiteral("reportButton")) : nullptr) {
        button->click();
        if (auto *report = workspace->findChild<karvan::ReportDialog *>()) {
            report->resize(1000, 820);
            QElapsedTimer making;
            making.start();
            settle(200);
            while (report->isBusy() && making.elapsed() < 30000)
                settle(100);
            failures += !save(report, out, QStringLiteral("report-dialog"));
            report->close();
        } else {
            ++failures;
        }
    } else {
        QTextStream(stderr) << "no Report... button on the workspace" << Qt::endl;
        ++failures;
    }
    failures += handoffScenes(window, out);

    failures += tourScenes(window, out);
    karvan::AboutDialog about(&window);
    about.show();
    failures += !save(&about, out, QStringLiteral("about"));
    about.close();
    failures += firstRunScenes(window, out, dbPath, me);
    failures += backupScenes(window, out);
    return failures == 0 ? 0 : 4;
}
