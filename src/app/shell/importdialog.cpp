#include "shell/importdialog.h"

#include "ui_importdialog.h"

#include "io/csvreader.h"
#include "storage/database.h"
#include "domain/displaymoney.h"
#include "domain/errors.h"
#include "io/importer.h"
#include "shell/session.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent>

namespace karvan {

namespace {
constexpr int kPreviewRows = 20;
} // namespace

ImportDialog::ImportDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    for (CsvKind k : allCsvKinds())
        m_ui->kindCombo->addItem(csvKindName(k), int(k));
    m_ui->progressBar->setVisible(false);
    m_ui->previewTable->horizontalHeader()->setDefaultSectionSize(120);
    m_ui->previewTable->verticalHeader()->setVisible(false);
    m_ui->checkButton->setToolTip(tr("Validate the whole file without writing anything"));
    m_ui->importButton->setToolTip(tr("Load the file: all or nothing"));
    m_ui->statusLabel->setText(tr("Choose the kind and the file, then Check. Nothing is written until you Import; "
                                  "an import is all or nothing and cannot be undone."));

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::loadPreview);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_checkedOk = false;
        updateButtons();
    });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ImportDialog::copyProblems);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::done);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportDialog::setKind(CsvKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

CsvKind ImportDialog::kind() const
{
    return CsvKind(m_ui->kindCombo->currentData().toInt());
}

void ImportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
    // Guess the kind from a file named like the export ("revenue.csv").
    if (const std::optional<CsvKind> k = csvKindFromName(QFileInfo(path).completeBaseName()))
        setKind(*k);
    loadPreview();
}

QString ImportDialog::file() const
{
    return m_ui->fileEdit->text().trimmed();
}

bool ImportDialog::isBusy() const
{
    return m_watcher.isRunning();
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), dir, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::loadPreview()
{
    m_checkedOk = false;
    m_problems.clear();
    m_ui->problemsList->clear();
    m_ui->previewTable->clear();
    m_ui->previewTable->setRowCount(0);
    m_ui->previewTable->setColumnCount(0);
    updateButtons();
    if (file().isEmpty())
        return;
    try {
        CsvReader reader(file(), QFileInfo(file()).fileName());
        const QStringList header = reader.header();
        m_ui->previewTable->setColumnCount(int(header.size()) + 1);
        m_ui->previewTable->setHorizontalHeaderLabels(QStringList{tr("Line")} + header);
        int row = 0;
        while (row < kPreviewRows && reader.next()) {
            m_ui->previewTable->insertRow(row);
            auto *line = new QTableWidgetItem(display::number(qint64(reader.line())));
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->previewTable->setItem(row, 0, line);
            const QStringList fields = reader.fields();
            for (int c = 0; c < fields.size(); ++c)
                m_ui->previewTable->setItem(row, c + 1, new QTableWidgetItem(fields.at(c)));
            ++row;
        }
        m_ui->previewTable->resizeColumnsToContents();
        m_ui->statusLabel->setText(tr("Preview of the first rows (%1). Check validates the whole file.").arg(row));
    } catch (const DataError &e) {
        showProblems(e.messages());
        m_ui->statusLabel->setText(tr("The file cannot be read."));
    }
}

void ImportDialog::check()
{
    start(true);
}

void ImportDialog::startImport()
{
    start(false);
}

void ImportDialog::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_ui->statusLabel->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (isBusy()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::start(bool dryRun)
{
    if (isBusy() || file().isEmpty())
        return;
    m_dryRun = dryRun;
    m_problems.clear();
    m_summary.clear();
    m_ui->problemsList->clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_ui->statusLabel->setText(dryRun ? tr("Checking %1…").arg(file()) : tr("Importing %1…").arg(file()));

    const QString dbPath = m_session.database().path();
    const QString actor = m_session.actor();
    const QString path = file();
    const CsvKind k = kind();
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    QPointer<QProgressBar> bar = m_ui->progressBar;
    m_watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        Outcome outcome;
        try {
            // Its own connection on the same file: the import runs in this thread.
            Database db(dbPath);
            Importer importer(db, actor);
            importer.setDisplayName(QFileInfo(path).fileName());
            const ImportResult result = importer.importFile(k, path, dryRun, [=](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 0;
                QMetaObject::invokeMethod(bar, [bar, permille] {
                    if (bar)
                        bar->setValue(permille);
                }, Qt::QueuedConnection);
                return !*cancelFlag;
            });
            outcome.ok = true;
            outcome.summary = result.summary(dryRun);
            outcome.problems = result.warnings;
        } catch (const ImportCancelled &) {
            outcome.cancelled = true;
        } catch (const DataError &e) {
            outcome.problems = e.messages();
        } catch (const DatabaseError &e) {
            outcome.problems = QStringList{e.message()};
        }
        return outcome;
    }));
    updateButtons();
}

void ImportDialog::done()
{
    const Outcome outcome = m_watcher.result();
    m_cancelled = outcome.cancelled;
    m_ui->progressBar->setVisible(false);
    showProblems(outcome.problems);
    if (outcome.cancelled) {
        m_ui->statusLabel->setText(tr("Cancelled: nothing was written."));
        m_checkedOk = false;
    } else if (!outcome.ok) {
        m_ui->statusLabel->setText(tr("Problems found: %1. Nothing was written; fix the file and check again.")
                                      .arg(outcome.problems.size()));
        m_checkedOk = false;
    } else {
        m_summary = outcome.summary;
        if (m_dryRun) {
            m_checkedOk = true;
            m_ui->statusLabel->setText(tr("No problems found (%1). Import to load it.").arg(outcome.summary));
        } else {
            m_ui->statusLabel->setText(tr("Imported: %1.").arg(outcome.summary));
            m_session.notifyDataChanged();
            Q_EMIT statusMessage(tr("Imported %1: %2").arg(QFileInfo(file()).fileName(), outcome.summary));
        }
    }
    updateButtons();
    Q_EMIT finished(outcome.ok);
}

void ImportDialog::showProblems(const QStringList &problems)
{
    m_problems = problems;
    m_ui->problemsList->clear();
    m_ui->problemsList->addItems(problems);
    m_ui->problemsLabel->setText(problems.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(problems.size()));
    updateButtons();
}

void ImportDialog::copyProblems()
{
    QGuiApplication::clipboard()->setText(m_problems.join(QLatin1Char('\n')));
    m_ui->statusLabel->setText(tr("Copied to the clipboard: %1 problems.").arg(m_problems.size()));
}

void ImportDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool haveFile = !file().isEmpty();
    m_ui->kindCombo->setEnabled(!busy);
    m_ui->fileEdit->setEnabled(!busy);
    m_ui->browseButton->setEnabled(!busy);
    m_ui->checkButton->setEnabled(!busy && haveFile);
    m_ui->importButton->setEnabled(!busy && haveFile);
    m_ui->importButton->setDefault(m_checkedOk);
    m_ui->checkButton->setDefault(!m_checkedOk);
    m_ui->cancelButton->setVisible(busy);
    m_ui->closeButton->setEnabled(!busy);
    m_ui->copyButton->setEnabled(!m_problems.isEmpty());
}

} // namespace karvan
