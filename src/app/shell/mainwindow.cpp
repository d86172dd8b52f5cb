#include "shell/mainwindow.h"

#include "shell/aboutdialog.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "shell/backupkeeper.h"
#include "shell/databaseproblemdialog.h"

#include "ui_mainwindow.h"

#include "workspace/accountworkspace.h"
#include "accounts/accountbook.h"
#include "book/bookview.h"
#include "dashboard/dashboardview.h"
#include "storage/database.h"
#include "shell/demobuilder.h"
#include "book/duplicatesdialog.h"
#include "domain/errors.h"
#include "shell/exportdialog.h"
#include "shell/guidedtour.h"
#include "handoffs/handoffsview.h"
#include "myday/mydayview.h"
#include "shell/importdialog.h"
#include "io/importer.h"
#include "people/peopleview.h"
#include "shell/session.h"
#include "shell/uilanguage.h"
#include "settings/settingsview.h"
#include "shell/welcomepage.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent>

// Resources of a static library are registered explicitly.
static void initResources()
{
    Q_INIT_RESOURCE(karvan);
}

namespace karvan {

namespace {


QString meKey(const QString &path)
{
    return QStringLiteral("whoAmI/") + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath()));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_navigation(nullptr), m_welcome(nullptr),
      m_undoGroup(new QUndoGroup(this)), m_pathLabel(new QLabel(this)), m_countLabel(new QLabel(this)),
      m_meLabel(new QLabel(this))
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/karvan.svg")));

    auto *navLayout = new QVBoxLayout(m_ui->navigationHost);
    navLayout->setContentsMargins(0, 0, 0, 0);
    m_navigation = new NavigationPane(m_ui->navigationHost);
    navLayout->addWidget(m_navigation);
    m_welcome = new WelcomePage(m_ui->pages);
    m_ui->pages->addWidget(m_welcome);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({190, 1250});

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_pathLabel, m_countLabel, m_meLabel})
        statusBar()->addPermanentWidget(l);

    setUpActions();
    setUpBackups();
    connect(m_navigation, &NavigationPane::placeRequested, this, &MainWindow::showPlace);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) { openDatabase(path); });
    connect(&m_demo, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_demo.result();
        m_welcome->setBusy(false, error);
        if (error.isEmpty() && openDatabase(m_demoTarget)) {
            showMessage(tr("Demo database ready: %1").arg(QDir::toNativeSeparators(m_demoTarget)));
            Q_EMIT demoFinished(true);
            return;
        }
        Q_EMIT demoFinished(false);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_ui->actionShowNavigation->setChecked(!m_ui->navigationHost->isHidden());
    updateRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow()
{
    sql::setDamageListener({});
    m_demo.waitForFinished();
    destroyPages();
}

QString MainWindow::demoPath()
{
    return Database::dataFilePath(QStringLiteral("demo.sqlite"));
}

void MainWindow::setUpActions()
{
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->insertActions(m_ui->actionFind, {undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->actionNewAccount, &QAction::triggered, this, &MainWindow::newAccount);
    connect(m_ui->actionStartHandoff, &QAction::triggered, this, &MainWindow::startHandoff);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::showImportDialog);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::find);
    connect(m_ui->actionFindDuplicates, &QAction::triggered, this, &MainWindow::showDuplicatesDialog);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    m_ui->actionBack->setIcon(UiLanguage::directional(m_ui->actionBack->icon())); // points right in Persian
    auto *forward = new QAction(tr("&Forward"), this);
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(forward, &QAction::triggered, this, &MainWindow::goForward);
    m_ui->menuView->insertAction(m_ui->actionShowNavigation, forward);
    connect(m_ui->actionShowNavigation, &QAction::toggled, m_ui->navigationHost, &QWidget::setVisible);
    const std::pair<QAction *, NavigationPane::Place> places[] = {
        {m_ui->actionMyBook, NavigationPane::Place::MyBook},
        {m_ui->actionAllAccounts, NavigationPane::Place::AllAccounts},
        {m_ui->actionHandoffs, NavigationPane::Place::Handoffs},
        {m_ui->actionDashboard, NavigationPane::Place::Dashboard},
        {m_ui->actionPeople, NavigationPane::Place::People},
        {m_ui->actionSettings, NavigationPane::Place::Settings}};
    for (const auto &[action, place] : places)
        connect(action, &QAction::triggered, this, [this, p = place] { showPlace(p); });
    setUpHelpMenu();
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    std::unique_ptr<Database> db;
    try {
        Database::Options options;
        options.create = create;
        db = std::make_unique<Database>(path, options);
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Cannot open the database"), e.message());
        return false;
    }
    closeDatabase();
    m_session = std::make_unique<Session>(std::move(db));
    // "Who am I" lives in the database, where karvan-cli reads it too; an older preference of
    // this machine is the fallback.
    m_session->setMe(SettingsStore(m_session->database().connection())
                         .value(SettingsStore::whoAmIKey(), QSettings().value(meKey(path)).toString()));
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &Session::dataChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &Session::meChanged, this, &MainWindow::setMe);
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateStatus);
    createPages();
    addRecent(m_session->database().path());
    QSettings().setValue(QStringLiteral("lastDatabase"), m_session->database().path());
    updateStatus();
    showPlace(m_session->me().isEmpty() ? NavigationPane::Place::AllAccounts : NavigationPane::Place::MyBook);
    showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_session->database().path())));
    Q_EMIT databaseOpened(m_session->database().path());
    return true;
}

void MainWindow::closeDatabase()
{
    if (!m_session)
        return;
    if (m_importDialog)
        m_importDialog->close();
    delete m_importDialog;
    delete m_duplicatesDialog;
    delete m_tour;
    m_backupKeeper->stop();
    destroyPages();
    m_undoGroup->removeStack(m_session->undoStack());
    m_session.reset();
    m_ui->pages->setCurrentWidget(m_welcome);
    updateStatus();
}

void MainWindow::createPages()
{
    Session &s = *m_session;
    m_myBook = new BookView(s, BookView::Scope::MyBook, m_ui->pages);
    m_allAccounts = new BookView(s, BookView::Scope::AllAccounts, m_ui->pages);
    m_workspace = new AccountWorkspace(s, m_ui->pages);
    m_handoffs = new HandoffsView(s, m_ui->pages);
    m_dashboard = new DashboardView(s, m_ui->pages);
    m_people = new PeopleView(s, m_ui->pages);
    m_settings = new SettingsView(s, m_ui->pages);
    m_myDay = new MyDayView(s, m_ui->pages);
    m_ui->pages->addWidget(m_myDay);
    connect(m_myDay, &MyDayView::accountActivated, this, &MainWindow::showAccount);
    connect(m_myDay, &MyDayView::statusMessage, this, &MainWindow::showMessage);
    connect(m_myDay, &MyDayView::dueCountChanged, this, [this](int n) {
        m_navigation->setBadge(NavigationPane::Place::MyDay, n > 0 ? QLocale().toString(n) : QString());
    });
    m_navigation->setBadge(NavigationPane::Place::MyDay,
                           m_myDay->dueCount() > 0 ? QLocale().toString(m_myDay->dueCount()) : QString());
    for (QWidget *page : std::initializer_list<QWidget *>{m_myBook, m_allAccounts, m_workspace, m_handoffs,
                                                          m_dashboard, m_people, m_settings})
        m_ui->pages->addWidget(page);
    for (BookView *book : {m_myBook, m_allAccounts}) {
        connect(book, &BookView::accountActivated, this, &MainWindow::showAccount);
        connect(book, &BookView::statusMessage, this, &MainWindow::showMessage);
    }
    connect(m_workspace, &AccountWorkspace::statusMessage, this, &MainWindow::showMessage);
    connect(m_handoffs, &HandoffsView::accountActivated, this, &MainWindow::showAccount);
    connect(m_dashboard, &DashboardView::accountActivated, this, &MainWindow::showAccount);
    connect(m_dashboard, &DashboardView::statusMessage, this, &MainWindow::showMessage);
    connect(m_people, &PeopleView::statusMessage, this, &MainWindow::showMessage);
    connect(m_settings, &SettingsView::statusMessage, this, &MainWindow::showMessage);
    // Esc in the workspace goes back to the list.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_workspace);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &MainWindow::goBack);
    m_dashboard->splitter()->restoreState(QSettings().value(QStringLiteral("dashboard/splitter")).toByteArray());
}

void MainWindow::destroyPages()
{
    if (m_dashboard)
        QSettings().setValue(QStringLiteral("dashboard/splitter"), m_dashboard->splitter()->saveState());
    for (QWidget *page : std::initializer_list<QWidget *>{m_myBook, m_allAccounts, m_workspace, m_handoffs,
                                                          m_dashboard, m_people, m_settings, m_myDay}) {
        if (page) {
            m_ui->pages->removeWidget(page);
            delete page;
        }
    }
    m_myBook = m_allAccounts = nullptr;
    m_workspace = nullptr;
    m_handoffs = nullptr;
    m_dashboard = nullptr;
    m_people = nullptr;
    m_settings = nullptr;
    m_myDay = nullptr;
    m_back.clear();
    m_forward.clear();
}

QWidget *MainWindow::currentPage() const
{
    return m_ui->pages->currentWidget();
}

void MainWindow::showPage(QWidget *page, bool remember)
{
    QWidget *current = m_ui->pages->currentWidget();
    if (!page || page == current)
        return;
    if (remember && current && current != m_welcome) {
        m_back << current;
        m_forward.clear();
    }
    m_ui->pages->setCurrentWidget(page);
    const std::pair<QWidget *, NavigationPane::Place> places[] = {
        {m_myBook, NavigationPane::Place::MyBook}, {m_allAccounts, NavigationPane::Place::AllAccounts},
        {m_handoffs, NavigationPane::Place::Handoffs}, {m_dashboard, NavigationPane::Place::Dashboard},
        {m_people, NavigationPane::Place::People}, {m_settings, NavigationPane::Place::Settings},
        {m_myDay, NavigationPane::Place::MyDay}};
    for (const auto &[widget, place] : places) {
        if (widget == page)
            m_navigation->setCurrent(place);
    }
    m_ui->actionBack->setEnabled(!m_back.isEmpty());
}

void MainWindow::showPlace(NavigationPane::Place place)
{
    if (!m_session) {
        m_navigation->setCurrent(place);
        m_ui->pages->setCurrentWidget(m_welcome);
        return;
    }
    switch (place) {
    case NavigationPane::Place::MyBook: showPage(m_myBook); break;
    case NavigationPane::Place::AllAccounts: showPage(m_allAccounts); break;
    case NavigationPane::Place::Handoffs: showPage(m_handoffs); break;
    case NavigationPane::Place::Dashboard: showPage(m_dashboard); break;
    case NavigationPane::Place::People: showPage(m_people); break;
    case NavigationPane::Place::Settings: showPage(m_settings); break;
    case NavigationPane::Place::MyDay: showPage(m_myDay); break;
    }
}

void MainWindow::showAccount(qint64 accountId)
{
    if (!m_workspace || accountId <= 0)
        return;
    m_workspace->showAccount(accountId);
    showPage(m_workspace);
    m_workspace->setFocus();
}

void MainWindow::goBack()
{
    while (!m_back.isEmpty()) {
        QPointer<QWidget> page = m_back.takeLast();
        if (page) {
            m_forward << m_ui->pages->currentWidget();
            showPage(page, false);
            return;
        }
    }
}

void MainWindow::goForward()
{
    while (!m_forward.isEmpty()) {
        QPointer<QWidget> page = m_forward.takeLast();
        if (page) {
            m_back << m_ui->pages->currentWidget();
            showPage(page, false);
            return;
        }
    }
}

void MainWindow::find()
{
    if (!m_session)
        return;
    BookView *book = currentPage() == m_myBook ? m_myBook : m_allAccounts;
    showPage(book);
    book->focusFilter();
}

void MainWindow::updateStatus()
{
    const bool open = m_session != nullptr;
    for (QAction *a : {m_ui->actionNewAccount, m_ui->actionStartHandoff, m_ui->actionImport, m_ui->actionExport, m_ui->actionFind, m_ui->actionFindDuplicates,
                       m_ui->actionMyBook, m_ui->actionAllAccounts, m_ui->actionHandoffs, m_ui->actionDashboard,
                       m_ui->actionPeople, m_ui->actionSettings})
        a->setEnabled(open);
    m_ui->actionBack->setEnabled(open && !m_back.isEmpty());
    m_tourAction->setEnabled(open);
    m_navigation->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Karvan"));
        m_pathLabel->setText(tr("No database open"));
        m_countLabel->clear();
        m_meLabel->clear();
        m_accountCount = 0;
        return;
    }
    const QString path = m_session->database().path();
    setWindowTitle(tr("%1 – Karvan").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(tr("The database file"));
    try {
        const AccountBook::Counts counts = AccountBook(m_session->connection()).counts();
        m_accountCount = counts.total;
        const int active = counts.active;
        const QLocale locale;
        QString text = m_accountCount == 1 ? tr("1 account") : tr("%1 accounts").arg(locale.toString(m_accountCount));
        if (active != m_accountCount)
            text += QLatin1Char(' ') + tr("(%1 active)").arg(locale.toString(active));
        m_countLabel->setText(text);
    } catch (const DatabaseError &e) {
        m_countLabel->setText(e.message());
    }
    m_navigation->setBadge(NavigationPane::Place::AllAccounts, QLocale().toString(m_accountCount));
    m_meLabel->setText(m_session->me().isEmpty() ? tr("Who am I? (Settings)") : tr("Me: %1").arg(m_session->me()));
}

QString MainWindow::statusText() const
{
    return QStringList{m_pathLabel->text(), m_countLabel->text(), m_meLabel->text()}.join(QStringLiteral(" | "));
}

void MainWindow::setMe(const QString &email)
{
    if (!m_session)
        return;
    try {
        SettingsStore(m_session->database().connection()).setValue(SettingsStore::whoAmIKey(), email);
    } catch (const DatabaseError &e) {
        showMessage(tr("Could not remember who you are in this database: %1").arg(e.message()));
    }
    updateStatus();
    if (m_myBook)
        m_myBook->reload();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}


void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_demo.isRunning()) {
        event->ignore();
        showMessage(tr("Please wait: the demo database is being made."));
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->splitter->saveState());
    if (m_dashboard)
        settings.setValue(QStringLiteral("dashboard/splitter"), m_dashboard->splitter()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace karvan
