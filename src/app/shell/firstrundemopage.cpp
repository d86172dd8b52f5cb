#include "shell/firstrundemopage.h"

#include "accounts/accountbook.h"
#include "domain/errors.h"
#include "io/importer.h"
#include "shell/demobuilder.h"
#include "shell/firstrunassistant.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karvan {

FirstRunDemoPage::FirstRunDemoPage(QWidget *parent)
    : QWizardPage(parent), m_load(new QCheckBox(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    setTitle(tr("A demo book to look around"));
    setSubTitle(tr("The demo book is a made-up company's customers: accounts at every stage of the journey, "
                   "the people who own them, and two years of revenue, meetings, tickets and surveys."));
    m_load->setObjectName(QStringLiteral("loadDemo"));
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    auto *hint = new QLabel(tr("Leave it unticked to start with an empty database and import your own CSV files "
                               "(File > Import)."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_load);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &FirstRunDemoPage::finished);
}

FirstRunDemoPage::~FirstRunDemoPage()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void FirstRunDemoPage::initializePage()
{
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    Database *db = assistant ? assistant->database() : nullptr;
    int accounts = 0;
    try {
        accounts = db ? AccountBook(db->connection()).counts().total : 0;
    } catch (const DatabaseError &e) {
        m_status->setText(e.message());
    }
    const QLocale locale;
    m_load->setText(tr("&Load the demo book (%1 accounts) into this database").arg(locale.toString(assistant->demoAccounts())));
    if (accounts > 0) {
        m_load->setChecked(false);
        m_load->setEnabled(false);
        const QString count = accounts == 1 ? tr("1 account") : tr("%1 accounts").arg(locale.toString(accounts));
        m_status->setText(m_loadedInto == db->path()
                              ? tr("The demo book is in: %1.").arg(count)
                              : tr("This database already holds %1, so the demo book is not offered.").arg(count));
    } else {
        m_load->setEnabled(true);
        m_load->setChecked(false);
        m_status->clear();
    }
}

void FirstRunDemoPage::cleanupPage()
{
    if (m_watcher.isRunning()) {
        m_cancel = true;
        m_watcher.waitForFinished();
    }
    QWizardPage::cleanupPage();
}

bool FirstRunDemoPage::isComplete() const
{
    return !m_watcher.isRunning();
}

bool FirstRunDemoPage::validatePage()
{
    if (!m_load->isChecked() || !m_load->isEnabled())
        return true;
    start();
    return false; // finished() moves on when the demo is in
}

void FirstRunDemoPage::start()
{
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    if (!assistant || !assistant->database() || m_watcher.isRunning())
        return;
    const QString path = assistant->database()->path();
    const int accounts = assistant->demoAccounts();
    m_load->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_status->setText(tr("Making the demo book… this takes a moment."));
    m_cancel = false;
    QPointer<QProgressBar> bar = m_progress;
    std::atomic_bool *cancel = &m_cancel;
    const QString actor = qEnvironmentVariable("USER", QStringLiteral("karvan"));
    m_watcher.setFuture(QtConcurrent::run([=]() -> QString {
        try {
            buildDemoDatabase(path, accounts, actor, [bar, cancel](int step, int steps) {
                QMetaObject::invokeMethod(bar, [bar, step, steps] {
                    if (bar) {
                        bar->setRange(0, steps);
                        bar->setValue(step);
                    }
                }, Qt::QueuedConnection);
                return !cancel->load();
            });
        } catch (const DataError &e) {
            return e.messages().join(QLatin1Char('\n'));
        } catch (const DatabaseError &e) {
            return e.message();
        } catch (const ImportCancelled &) {
            return tr("Stopped before the demo book was in.");
        }
        return QString();
    }));
    Q_EMIT completeChanged();
}

void FirstRunDemoPage::finished()
{
    const QString problem = m_watcher.result();
    m_progress->setVisible(false);
    Q_EMIT completeChanged();
    if (!problem.isEmpty()) {
        m_load->setEnabled(true);
        m_status->setText(tr("The demo book could not be made: %1").arg(problem));
        return;
    }
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    m_loadedInto = assistant && assistant->database() ? assistant->database()->path() : QString();
    m_load->setChecked(false);
    m_load->setEnabled(false);
    m_status->setText(tr("The demo book is in."));
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

} // namespace karvan
