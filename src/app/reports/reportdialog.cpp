#include "reports/reportdialog.h"
#include "domain/displaymoney.h"

#include "ui_reportdialog.h"

#include "dashboard/periodselector.h"
#include "people/peoplestore.h"
#include "reports/reportpreview.h"
#include "reports/reportwriter.h"
#include "shell/session.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace karvan {

namespace {

const QString kLastDirKey = QStringLiteral("report/lastDir");

} // namespace

ReportDialog::ReportDialog(Session &session, qint64 accountId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportDialog>())
    , m_session(session)
    , m_accountId(accountId)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->pageCombo->addItem(tr("A4"), int(reports::PageFormat::A4));
    m_ui->pageCombo->addItem(tr("Letter"), int(reports::PageFormat::Letter));
    m_ui->pageCombo->setCurrentIndex(m_ui->pageCombo->findData(int(reports::defaultPageFormat())));
    m_ui->busyBar->setVisible(false);
    m_ui->savePdfButton->setEnabled(false);
    m_ui->saveHtmlButton->setEnabled(false);
    m_ui->printButton->setEnabled(false);

    const bool portfolio = accountId == 0;
    m_ui->asOfLabel->setVisible(!portfolio);
    m_ui->asOfEdit->setVisible(!portfolio);
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->periodSelector, m_ui->teamLabel,
             m_ui->teamCombo, m_ui->ownerLabel, m_ui->ownerCombo })
        w->setVisible(portfolio);
    m_ui->asOfEdit->setDate(QDate::currentDate());

    connect(&m_making, &QFutureWatcher<ReportResult>::finished, this, &ReportDialog::made);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this] {
        m_writePending = false;
        const QString error = m_writing.result();
        const QString path = m_writingPath;
        if (!error.isEmpty()) {
            setBusy(false, error);
            auto *box
                = new QMessageBox(QMessageBox::Warning, tr("Report"), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            setBusy(false,
                path.isEmpty() ? tr("Sent to the printer.")
                               : tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        }
        if (!path.isEmpty())
            Q_EMIT saved(path, error);
    });
    connect(m_ui->savePdfButton, &QPushButton::clicked, this,
        [this] { saveAs(reports::OutputFormat::Pdf); });
    connect(m_ui->saveHtmlButton, &QPushButton::clicked, this,
        [this] { saveAs(reports::OutputFormat::Html); });
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportDialog::print);
}

ReportDialog::~ReportDialog()
{
    waitForWork();
}

ReportDialog *ReportDialog::forAccount(Session &session, qint64 accountId, QWidget *parent)
{
    auto *dialog = new ReportDialog(session, accountId, parent);
    connect(dialog->m_ui->asOfEdit, &QDateEdit::dateChanged, dialog, &ReportDialog::regenerate);
    connect(dialog->m_ui->pageCombo, &QComboBox::currentIndexChanged, dialog,
        &ReportDialog::regenerate);
    dialog->regenerate();
    return dialog;
}

ReportDialog *ReportDialog::forPortfolio(
    Session &session, const MetricsPeriod &period, QWidget *parent)
{
    auto *dialog = new ReportDialog(session, 0, parent);
    dialog->fillScope(period);
    for (QComboBox *combo :
        { dialog->m_ui->teamCombo, dialog->m_ui->ownerCombo, dialog->m_ui->pageCombo })
        connect(combo, &QComboBox::currentIndexChanged, dialog, &ReportDialog::regenerate);
    connect(dialog->m_ui->periodSelector, &PeriodSelector::periodChanged, dialog,
        &ReportDialog::regenerate);
    dialog->regenerate();
    return dialog;
}

void ReportDialog::fillScope(const MetricsPeriod &period)
{
    m_ui->periodSelector->setPeriod(period);
    const PeopleStore people(m_session.connection(), QString());
    m_ui->teamCombo->addItem(tr("Every team"), QString());
    QList<Team> teams = people.teams();
    std::sort(teams.begin(), teams.end(), [](const Team &a, const Team &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Team &t : teams)
        m_ui->teamCombo->addItem(t.name, t.key);
    m_ui->ownerCombo->addItem(tr("Every owner"), QString());
    for (const Person &p : people.people()) {
        if (p.active)
            m_ui->ownerCombo->addItem(p.name, p.email);
    }
}

int ReportDialog::previewPages() const
{
    return m_ui->preview->pageCount();
}

reports::PageFormat ReportDialog::pageFormat() const
{
    return reports::PageFormat(m_ui->pageCombo->currentData().toInt());
}

bool ReportDialog::isBusy() const
{
    return m_makePending || m_writePending;
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.accountId = m_accountId;
    r.asOf = m_ui->asOfEdit->date();
    r.scope = { m_ui->periodSelector->period(), m_ui->teamCombo->currentData().toString(),
        m_ui->ownerCombo->currentData().toString() };
    r.actor = m_session.actor();
    r.page = pageFormat();
    r.previewDpi = 96.0 * devicePixelRatioF();
    return r;
}

void ReportDialog::regenerate()
{
    if (m_makePending) {
        m_again = true; // the running one finishes, then the newest request runs
        return;
    }
    m_makePending = true;
    setBusy(true, tr("Making the report…"));
    const QString path = m_session.database().path();
    const ReportRequest r = request();
    m_making.setFuture(QtConcurrent::run([path, r] { return makeReport(path, r); }));
}

void ReportDialog::made()
{
    m_makePending = false;
    if (m_again) {
        m_again = false;
        regenerate();
        return;
    }
    ReportResult result = m_making.result();
    if (!result.error.isEmpty()) {
        m_report = {};
        m_ui->preview->setPages({});
        setBusy(false, tr("The report could not be made: %1").arg(result.error));
        Q_EMIT reportReady(result.error);
        return;
    }
    m_report = std::move(result.report);
    for (QImage &page : result.pages)
        page.setDevicePixelRatio(devicePixelRatioF());
    m_ui->preview->setPages(result.pages);
    setWindowTitle(m_report.title);
    const int pages = int(result.pages.size());
    setBusy(false,
        pages == 1 ? tr("1 page of %1").arg(m_ui->pageCombo->currentText())
                   : tr("%1 pages of %2").arg(display::number(qint64(pages)), m_ui->pageCombo->currentText()));
    Q_EMIT reportReady(QString());
}

void ReportDialog::setBusy(bool busy, const QString &status)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->statusLabel->setText(status);
    const bool ready = !busy && !m_report.title.isEmpty() && !isBusy();
    for (QPushButton *b : { m_ui->savePdfButton, m_ui->saveHtmlButton, m_ui->printButton })
        b->setEnabled(ready);
}

bool ReportDialog::saveTo(const QString &path)
{
    if (m_report.title.isEmpty() || isBusy())
        return false;
    m_writingPath = path;
    m_writePending = true;
    setBusy(true, tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    const reports::RenderedReport report = m_report;
    const reports::PageFormat page = pageFormat();
    m_writing.setFuture(
        QtConcurrent::run([report, path, page] { return saveReport(report, path, page); }));
    return true;
}

void ReportDialog::saveAs(reports::OutputFormat format)
{
    const bool pdf = format == reports::OutputFormat::Pdf;
    const QString extension = pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    QString name = m_report.title;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = QSettings()
                            .value(kLastDirKey,
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save as PDF") : tr("Save as HTML"),
        QDir(dir).filePath(name + extension),
        pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    if (reports::outputFormatOf(path) != format)
        path += extension;
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    saveTo(path);
}

void ReportDialog::print()
{
    if (m_report.title.isEmpty() || isBusy())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(reports::pageLayout(pageFormat()));
    printer->setDocName(m_report.title);
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_writingPath.clear();
    m_writePending = true;
    setBusy(true, tr("Printing…"));
    const reports::RenderedReport report = m_report;
    m_writing.setFuture(QtConcurrent::run([report, printer]() -> QString {
        try {
            reports::printReport(report, *printer);
        } catch (const reports::WriteError &e) {
            return e.message();
        }
        return QString();
    }));
}

void ReportDialog::waitForWork()
{
    m_making.waitForFinished();
    m_writing.waitForFinished(); // a file being written is finished, never left half-made
}

void ReportDialog::closeEvent(QCloseEvent *event)
{
    waitForWork();
    QDialog::closeEvent(event);
}

} // namespace karvan
