// MainWindow, continued: the File and Tools menus (recent files, new/open, the demo, the
// import, export and duplicates dialogs), and Help (About, the first-run assistant, the tour). The window itself is in mainwindow.cpp.
#include "shell/mainwindow.h"
#include "shell/aboutdialog.h"
#include "storage/settingsstore.h"
#include "ui_mainwindow.h"
#include "workspace/accountworkspace.h"
#include "book/bookview.h"
#include "dashboard/dashboardview.h"
#include "storage/database.h"
#include "shell/demobuilder.h"
#include "book/duplicatesdialog.h"
#include "domain/errors.h"
#include "shell/exportdialog.h"
#include "shell/firstrunassistant.h"
#include "shell/guidedtour.h"
#include "handoffs/handoffsview.h"
#include "book/newaccountdialog.h"
#include "workspace/accountworkspace.h"
#include "myday/mydayview.h"
#include "shell/importdialog.h"
#include "io/importer.h"
#include "people/peopleview.h"
#include "shell/session.h"
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

namespace karvan {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentDatabases");

} // namespace

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
                 recent.end());
    m_ui->menuRecent->clear();
    int n = 0;
    for (const QString &p : std::as_const(recent)) {
        QAction *a = m_ui->menuRecent->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(p)));
        connect(a, &QAction::triggered, this, [this, p] { openDatabase(p); });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
    m_welcome->setRecent(recent);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Karvan databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists; choose another name or open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_session ? QFileInfo(m_session->database().path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), dir,
                                                      tr("Karvan databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::startDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    buildDemo(path);
}

void MainWindow::buildDemo(const QString &path, int accounts)
{
    if (m_demo.isRunning())
        return;
    m_demoTarget = path;
    m_welcome->setBusy(true, tr("Making a demo book of %1 accounts…").arg(accounts));
    QPointer<WelcomePage> welcome = m_welcome;
    const QString actor = qEnvironmentVariable("USER", QStringLiteral("karvan"));
    m_demo.setFuture(QtConcurrent::run([=]() -> QString {
        try {
            buildDemoDatabase(path, accounts, actor, [welcome](int step, int steps) {
                QMetaObject::invokeMethod(welcome, [welcome, step, steps] {
                    if (welcome)
                        welcome->setProgress(step, steps);
                }, Qt::QueuedConnection);
                return true;
            });
        } catch (const DataError &e) {
            return e.messages().join(QLatin1Char('\n'));
        } catch (const DatabaseError &e) {
            return e.message();
        } catch (const ImportCancelled &) {
            return QStringLiteral("cancelled");
        }
        return QString();
    }));
}

ImportDialog *MainWindow::showImportDialog()
{
    if (!m_session)
        return nullptr;
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(*m_session, this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &ImportDialog::statusMessage, this, &MainWindow::showMessage);
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return m_importDialog;
}

// Sales enters a signed deal; the new account opens, ready for its hand-off.
void MainWindow::newAccount()
{
    if (!m_session)
        return;
    if (const qint64 id = NewAccountDialog::run(*m_session, this))
        showAccount(id);
}

void MainWindow::startHandoff()
{
    if (!m_session)
        return;
    const qint64 accountId = currentPage() == m_workspace ? m_workspace->accountId() : 0;
    m_handoffs->startHandoff(accountId);
}

void MainWindow::showExportDialog()
{
    if (!m_session)
        return;
    ExportDialog dialog(*m_session, this);
    connect(&dialog, &ExportDialog::statusMessage, this, &MainWindow::showMessage);
    dialog.exec();
}

DuplicatesDialog *MainWindow::showDuplicatesDialog()
{
    if (!m_session)
        return nullptr;
    if (!m_duplicatesDialog) {
        m_duplicatesDialog = new DuplicatesDialog(*m_session, this);
        m_duplicatesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicatesDialog, &DuplicatesDialog::statusMessage, this, &MainWindow::showMessage);
    } else {
        m_duplicatesDialog->refresh();
    }
    m_duplicatesDialog->show();
    m_duplicatesDialog->raise();
    return m_duplicatesDialog;
}

void MainWindow::about()
{
    AboutDialog(this).exec();
}

void MainWindow::setUpHelpMenu()
{
    m_tourAction = new QAction(tr("Take the &tour"), this);
    m_tourAction->setObjectName(QStringLiteral("actionTour"));
    auto *setUp = new QAction(tr("&Set up Karvan…"), this);
    setUp->setObjectName(QStringLiteral("actionFirstRun"));
    setUp->setStatusTip(tr("The first-run assistant: database, demo book, who you are, language and currency"));
    m_ui->menuHelp->insertActions(m_ui->actionAbout, {m_tourAction, setUp});
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    connect(m_tourAction, &QAction::triggered, this, &MainWindow::startTour);
    connect(setUp, &QAction::triggered, this, &MainWindow::showFirstRunAssistant);
}

FirstRunAssistant *MainWindow::showFirstRunAssistant()
{
    auto *assistant = new FirstRunAssistant(this);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &QDialog::accepted, this, [this, assistant] {
        const QString path = assistant->databasePath();
        const bool tour = assistant->wantsTour();
        if (!path.isEmpty() && openDatabase(path) && tour)
            startTour();
    });
    assistant->open();
    return assistant;
}

GuidedTour *MainWindow::tour() const
{
    return m_tour;
}

GuidedTour *MainWindow::startTour()
{
    if (!m_session)
        return nullptr;
    delete m_tour;
    m_tour = new GuidedTour(*this);
    m_tour->start();
    return m_tour;
}

} // namespace karvan
