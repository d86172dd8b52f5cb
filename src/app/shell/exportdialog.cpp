#include "shell/exportdialog.h"

#include "ui_exportdialog.h"

#include "domain/errors.h"
#include "io/exporter.h"
#include "io/outputfile.h"
#include "shell/session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

namespace karvan {

ExportDialog::ExportDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    for (CsvKind k : allCsvKinds())
        m_ui->kindCombo->addItem(csvKindName(k), int(k));
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    const QString dir = QSettings().value(QStringLiteral("export/lastDir"), QDir::homePath()).toString();
    setFile(QDir(dir).filePath(csvKindName(kind()) + QStringLiteral(".csv")));
    m_ui->statusLabel->setText(tr("Writes the same CSV form that Import reads."));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QFileInfo info(m_ui->fileEdit->text());
        setFile(info.dir().filePath(csvKindName(kind()) + QStringLiteral(".csv")));
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
}

ExportDialog::~ExportDialog() = default;

CsvKind ExportDialog::kind() const
{
    return CsvKind(m_ui->kindCombo->currentData().toInt());
}

void ExportDialog::setKind(CsvKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void ExportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), m_ui->fileEdit->text(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ExportDialog::exportNow()
{
    const QString path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    if (path.isEmpty()) {
        m_ui->statusLabel->setText(tr("Choose a file to write."));
        return false;
    }
    // As karvan-cli export: replaced whole or not at all, a new file the user's alone (0600).
    try {
        OutputFile out(path);
        exportCsv(m_session.database(), kind(), out.device());
        out.commit();
    } catch (const DatabaseError &e) {
        m_ui->statusLabel->setText(e.message());
        return false;
    } catch (const DataError &e) {
        m_ui->statusLabel->setText(e.messages().join(QLatin1Char('\n')));
        return false;
    }
    QSettings().setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("Exported %1 to %2").arg(csvKindName(kind()), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace karvan
