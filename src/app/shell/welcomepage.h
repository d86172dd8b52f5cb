#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace karvan {

// What the main window shows with no database open (first run): open a demo database, create
// an empty one, open a file, or one of the recent databases.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecent(const QStringList &paths);
    // While a demo database is being made: the progress (step of steps), or hidden.
    void setBusy(bool busy, const QString &text = QString());
    void setProgress(int step, int steps);
    void setMessage(const QString &text);

Q_SIGNALS:
    void demoRequested();
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QPushButton *m_demo;
    QPushButton *m_new;
    QPushButton *m_open;
    QListWidget *m_recent;
    QLabel *m_recentLabel;
    QProgressBar *m_progress;
    QLabel *m_message;
};

} // namespace karvan
