#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <memory>

namespace Ui {
class DatabaseProblemDialog;
}

namespace karvan {

// Shown when reading the open database fails because the file is damaged (a corrupt page, an
// I/O error): what happened in a user's words, and the ways out: Check the database (the
// integrity check, on a worker thread with its own connection, result shown here), Restore a
// backup... (emits restoreRequested; the window opens File > Restore from backup) and Close.
class DatabaseProblemDialog : public QDialog
{
    Q_OBJECT

public:
    DatabaseProblemDialog(const QString &databasePath, const QString &message, QWidget *parent = nullptr);
    ~DatabaseProblemDialog() override;

    static QString objectNameForTests() { return QStringLiteral("databaseProblemDialog"); }
    // Runs the check (Check the database); checkFinished() tells when its result is shown.
    void runCheck();
    QString checkResult() const;

Q_SIGNALS:
    void restoreRequested();
    void checkFinished();

private:
    struct CheckOutcome
    {
        QStringList problems;
        QString error;
    };

    std::unique_ptr<Ui::DatabaseProblemDialog> m_ui;
    QString m_path;
    QFutureWatcher<CheckOutcome> m_check;
};

} // namespace karvan
