#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace karvan {

// The assistant's second page: fill the new database with the demo book (a made-up company's
// accounts, people and two years of history) to look around, or start empty. The demo is made
// off the GUI thread (shell/demobuilder) with a progress bar; the page moves on when it is in.
class FirstRunDemoPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunDemoPage(QWidget *parent = nullptr);
    ~FirstRunDemoPage() override;

    void initializePage() override;
    bool validatePage() override;
    // Back while the demo is being made stops it.
    void cleanupPage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_watcher.isRunning(); }

private:
    void start();
    void finished();

    QCheckBox *m_load;
    QProgressBar *m_progress;
    QLabel *m_status;
    QFutureWatcher<QString> m_watcher;
    std::atomic_bool m_cancel = false;
    QString m_loadedInto; // the database the demo went into, so Back and Next do not load it twice
};

} // namespace karvan
