// Report…, offscreen: the account's and the portfolio's report made off the GUI thread,
// previewed, saved as PDF and HTML (files only their owner can read); the buttons that open it.
#include "domain/displaymoney.h"
#include "../core/test_accountfixture.h"

#include "dashboard/dashboardview.h"
#include "metrics/metricsformat.h"
#include "reports/reportdialog.h"
#include "shell/session.h"
#include "workspace/accountworkspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace karvan;
using namespace karvan::testing;

namespace {

bool onlyOwner(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (p & QFile::ReadOwner) && (p & QFile::WriteOwner) && !(p & others);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Saves and waits for the file to be written; the error, or empty.
QString save(ReportDialog &dialog, const QString &path)
{
    QSignalSpy saved(&dialog, &ReportDialog::saved);
    if (!dialog.saveTo(path))
        return QStringLiteral("not started");
    if (!saved.wait(20000))
        return QStringLiteral("not finished");
    return saved.at(0).at(1).toString();
}

} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    struct Env
    {
        AccountFixture f;
        Session session { std::move(f.database) };
        Env() { session.setMe(QStringLiteral("alice@example.com")); }
        ~Env() { f.db = QSqlDatabase(); }
    };

private Q_SLOTS:
    void accountReportIsMadeOffTheGuiThreadAndSaved()
    {
        Env e;
        std::unique_ptr<ReportDialog> dialog(ReportDialog::forAccount(e.session, e.f.acme));
        // The constructor returned before the report was made: it is made on another thread,
        // with the busy indicator showing and nothing to save yet.
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("busyBar"))->isHidden());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
        QVERIFY(!dialog->saveTo(QStringLiteral("/nonexistent/early.pdf")));

        // As of the fixture's day: a newer request replaces the one running.
        dialog->findChild<QDateEdit *>(QStringLiteral("asOfEdit"))->setDate(e.f.today);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        const QString html = dialog->report().browserHtml;
        QVERIFY(html.contains(QStringLiteral("As of 2026-03-15")));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Acme Corp")));
        QVERIFY(dialog->previewPages() >= 1);
        QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("busyBar"))->isHidden());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
        // The core's figures for Acme: its revenue (100000 + 120050 minor units over the last 12
        // months), its open ticket, its last interaction, who prepared it.
        QVERIFY(html.contains(display::money(100000 + 120050) + QStringLiteral(" in total")));
        QVERIFY(html.contains(QStringLiteral("T-A1")));
        QVERIFY(html.contains(QStringLiteral("Kick-off call")));
        QVERIFY(html.contains(QStringLiteral("Prepared by Alice Adams")));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("acme.pdf"));
        QCOMPARE(save(*dialog, pdf), QString());
        QVERIFY(contents(pdf).startsWith("%PDF-"));
        QVERIFY(onlyOwner(pdf));
        const QString htmlPath = dir.filePath(QStringLiteral("acme.html"));
        QCOMPARE(save(*dialog, htmlPath), QString());
        const QString written = QString::fromUtf8(contents(htmlPath));
        QCOMPARE(written, html);
        QVERIFY(written.contains(QStringLiteral("Acme Corp")));
        QVERIFY(onlyOwner(htmlPath));

        // A file that cannot be written: a message for the user, nothing else.
        const QString error = save(*dialog, dir.filePath(QStringLiteral("missing/acme.pdf")));
        QVERIFY(!error.isEmpty());
        QVERIFY(error != QLatin1String("not finished"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/acme.pdf"))));
    }

    void letterPaperChangesThePreview()
    {
        Env e;
        std::unique_ptr<ReportDialog> dialog(ReportDialog::forAccount(e.session, e.f.beta));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("pageCombo"));
        paper->setCurrentIndex(paper->findText(QStringLiteral("Letter")));
        QCOMPARE(dialog->pageFormat(), reports::PageFormat::Letter);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        auto *page = dialog->findChild<QLabel *>(QStringLiteral("previewPage1"));
        QVERIFY(page);
        const QSizeF sheet = page->pixmap().deviceIndependentSize();
        QVERIFY(qAbs(sheet.width() / sheet.height() - 8.5 / 11.0) < 0.01); // Letter, not A4
    }

    void portfolioReportFollowsPeriodAndTeam()
    {
        Env e;
        std::unique_ptr<ReportDialog> dialog(ReportDialog::forPortfolio(
            e.session, MetricsPeriod(QDate(2026, 1, 1), QDate(2026, 2, 1))));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QVERIFY(dialog->report().title.contains(QStringLiteral("Portfolio report")));
        QVERIFY(dialog->report().title.contains(QStringLiteral("2026-01 to 2026-02")));
        // MRR at the end (2026-02): Acme 120050 + Beta 5000000, as the core sums it.
        QVERIFY(dialog->report().browserHtml.contains(display::money(120050 + 5000000)));
        auto *team = dialog->findChild<QComboBox *>(QStringLiteral("teamCombo"));
        QVERIFY(team->count() > 1);
        team->setCurrentIndex(team->findData(QStringLiteral("customer_success")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QVERIFY(dialog->report().title.contains(QStringLiteral("Team: ") + team->currentText()));
        auto *owner = dialog->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
        QVERIFY(owner->findData(QStringLiteral("carol@example.com")) < 0); // inactive: not offered
        QVERIFY(owner->findData(QStringLiteral("alice@example.com")) > 0);
    }

    void workspaceAndDashboardOpenTheReport()
    {
        Env e;
        AccountWorkspace w(e.session);
        w.showAccount(e.f.acme);
        auto *button = w.findChild<QPushButton *>(QStringLiteral("reportButton"));
        QVERIFY(button);
        button->click();
        auto *dialog = w.findChild<ReportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QVERIFY(dialog->report().title.contains(QStringLiteral("Acme Corp")));
        dialog->close(); // deletes itself

        DashboardView d(e.session);
        auto *portfolio = d.findChild<QPushButton *>(QStringLiteral("portfolioReportButton"));
        QVERIFY(portfolio);
        portfolio->click();
        auto *report = d.findChild<ReportDialog *>();
        QVERIFY(report);
        QTRY_VERIFY_WITH_TIMEOUT(!report->isBusy(), 20000);
        QVERIFY2(report->report().title.contains(QStringLiteral("Portfolio report")),
            qPrintable(report->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        report->close();
    }
};

QTEST_MAIN(TestReportDialog)
#include "test_reportdialog.moc"
