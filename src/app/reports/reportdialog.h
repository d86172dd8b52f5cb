#pragma once

#include "metrics/metricsperiod.h"
#include "reports/reportjob.h"
#include "reports/reportwriter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ReportDialog;
}

namespace karvan {

class Session;

// Report…: the client status report of one account (as of a day), or the portfolio report of
// a period (optionally one team or owner), on A4 or Letter. The pages are previewed as they
// will print; Save as PDF, Save as HTML and Print write them. Making, saving and printing run
// off the GUI thread on a connection of their own, with a busy indicator; a newer request
// replaces an older one still running.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    static ReportDialog *forAccount(Session &session, qint64 accountId, QWidget *parent = nullptr);
    static ReportDialog *forPortfolio(
        Session &session, const MetricsPeriod &period, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // The report on show (empty until the first one is made).
    const reports::RenderedReport &report() const { return m_report; }
    int previewPages() const;
    reports::PageFormat pageFormat() const;
    // Whether a report is being made, saved or printed.
    bool isBusy() const;
    // Writes the report shown to `path` (PDF or HTML by its extension) off the GUI thread;
    // saved() tells when it is done. False when there is nothing to save yet.
    bool saveTo(const QString &path);

Q_SIGNALS:
    // A report is on show (or, with an error, could not be made).
    void reportReady(const QString &error);
    // A save finished: an error for the user, or empty.
    void saved(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ReportDialog(Session &session, qint64 accountId, QWidget *parent);
    void fillScope(const MetricsPeriod &period);
    ReportRequest request() const;
    void regenerate();
    void made();
    void saveAs(reports::OutputFormat format);
    void print();
    void setBusy(bool busy, const QString &status);
    void waitForWork();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    Session &m_session;
    qint64 m_accountId = 0; // 0: the portfolio
    reports::RenderedReport m_report;
    QFutureWatcher<ReportResult> m_making;
    QFutureWatcher<QString> m_writing;
    QString m_writingPath;
    // Set when work starts, cleared when its result has been taken (the watcher's finished
    // signal comes a moment after the future stops running).
    bool m_makePending = false;
    bool m_writePending = false;
    bool m_again = false;
};

} // namespace karvan
