#pragma once

#include "shell/navigationpane.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class QLabel;
class QUndoGroup;

namespace karvan {

class AccountWorkspace;
class BackupKeeper;
class BookView;
class DashboardView;
class DatabaseProblemDialog;
class DuplicatesDialog;
class FirstRunAssistant;
class GuidedTour;
class HandoffsView;
class MyDayView;
class ImportDialog;
class PeopleView;
class Session;
class SettingsView;
class WelcomePage;

// The app's window: navigation on the left, the current place on the right (My book, All
// accounts, an account's workspace, Hand-offs, Dashboard, People & teams, Settings), menus,
// toolbar, status bar (database, account count, who am I). One database open at a time, with
// its own undo stack. Remembers its geometry, the recent databases and who-am-I per database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or, with create, creates) a database; shows the problem and returns false when it
    // cannot. A database already open is closed first.
    bool openDatabase(const QString &path, bool create = false);
    void closeDatabase();
    Session *session() const { return m_session.get(); }

    // Makes a demo database at `path` in the background, then opens it.
    void buildDemo(const QString &path, int accounts = 400);
    bool isBuildingDemo() const { return m_demo.isRunning(); }
    // Where "Open a demo database" puts it.
    static QString demoPath();

    void showPlace(NavigationPane::Place place);
    void showAccount(qint64 accountId);
    void goBack();
    void goForward();

    ImportDialog *showImportDialog();
    DuplicatesDialog *showDuplicatesDialog();
    void showExportDialog();

    // The first-run assistant (Help > Set up Karvan); when it finishes, the window opens its
    // database and, when asked, starts the tour.
    FirstRunAssistant *showFirstRunAssistant();
    // The guided tour (Help > Take the tour); nullptr without an open database.
    GuidedTour *startTour();
    GuidedTour *tour() const;

    // File > Restore from backup... (shell/mainwindowbackup.cpp): the open database's backups;
    // the chosen one replaces it after confirmation, and the database opens again.
    void restoreFromBackup();
    // The dialog with the ways out (check, restore) for a damaged database; shown once per
    // open database, whatever the number of failed reads.
    void showDatabaseProblem(const QString &message);
    BackupKeeper *backupKeeper() const { return m_backupKeeper; }
    DatabaseProblemDialog *databaseProblemDialog() const;

    // For tests and screenshots.
    QWidget *currentPage() const;
    BookView *bookView(bool myBook) const { return myBook ? m_myBook : m_allAccounts; }
    AccountWorkspace *workspace() const { return m_workspace; }
    DashboardView *dashboard() const { return m_dashboard; }
    PeopleView *peopleView() const { return m_people; }
    MyDayView *myDay() const { return m_myDay; }
    QString statusText() const;
    int accountCount() const { return m_accountCount; }

Q_SIGNALS:
    void databaseOpened(const QString &path);
    void demoFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpBackups();
    QString backupTarget() const;
    void createPages();
    void destroyPages();
    void showPage(QWidget *page, bool remember = true);
    void updateStatus();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void newDatabase();
    void newAccount();
    void startHandoff();
    void openDatabaseDialog();
    void startDemo();
    void find();
    void about();
    void setUpHelpMenu();
    void setMe(const QString &email);
    void showMessage(const QString &text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Session> m_session;
    NavigationPane *m_navigation;
    WelcomePage *m_welcome;
    QUndoGroup *m_undoGroup;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QLabel *m_meLabel;
    BookView *m_myBook = nullptr;
    BookView *m_allAccounts = nullptr;
    AccountWorkspace *m_workspace = nullptr;
    HandoffsView *m_handoffs = nullptr;
    DashboardView *m_dashboard = nullptr;
    PeopleView *m_people = nullptr;
    SettingsView *m_settings = nullptr;
    MyDayView *m_myDay = nullptr;
    QList<QPointer<QWidget>> m_back;
    QList<QPointer<QWidget>> m_forward;
    QPointer<ImportDialog> m_importDialog;
    QPointer<DuplicatesDialog> m_duplicatesDialog;
    QPointer<GuidedTour> m_tour;
    QAction *m_tourAction = nullptr;
    QFutureWatcher<QString> m_demo;
    QString m_demoTarget;
    int m_accountCount = 0;
    BackupKeeper *m_backupKeeper = nullptr;
    QAction *m_restoreAction = nullptr;
    QPointer<DatabaseProblemDialog> m_problemDialog;
    bool m_problemShown = false;
};

} // namespace karvan
