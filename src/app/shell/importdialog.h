#pragma once

#include "io/csvkind.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Ui {
class ImportDialog;
}

namespace karvan {

class Session;

// File > Import CSV: pick the kind and the file, preview the first rows, "Check" validates the
// whole file without writing (every problem listed with its line, copyable), "Import" loads it
// in the background on its own connection with a progress bar and Cancel (nothing written when
// cancelled or refused). After an import the session tells every view to reload.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Session &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setKind(CsvKind kind);
    CsvKind kind() const;
    void setFile(const QString &path);
    QString file() const;

    // Starts a dry run / an import in the background; finished() tells the outcome.
    void check();
    void startImport();
    void cancel();
    bool isBusy() const;
    // The problems of the last check or import, one per line as the core wrote them.
    QStringList problems() const { return m_problems; }
    // What the last successful check or import said ("accounts: 12 rows, ...").
    QString summary() const { return m_summary; }
    // Whether the last check or import was cancelled (nothing was written).
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void finished(bool ok);
    void statusMessage(const QString &text);

protected:
    void reject() override;

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString summary;
        QStringList problems;
    };

    void browse();
    void loadPreview();
    void start(bool dryRun);
    void done();
    void updateButtons();
    void copyProblems();
    void showProblems(const QStringList &problems);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Session &m_session;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_dryRun = false;
    bool m_checkedOk = false;
    bool m_cancelled = false;
    QStringList m_problems;
    QString m_summary;
};

} // namespace karvan
