#include "shell/databaseproblemdialog.h"

#include "domain/errors.h"
#include "storage/backup.h"

#include "ui_databaseproblemdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>
#include <QtConcurrent>

#include <algorithm>

namespace karvan {

namespace {
constexpr int kShownProblems = 50;
} // namespace

DatabaseProblemDialog::DatabaseProblemDialog(const QString &databasePath, const QString &message, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DatabaseProblemDialog>()), m_path(databasePath)
{
    m_ui->setupUi(this);
    setObjectName(objectNameForTests());
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    m_ui->messageLabel->setText(
        tr("<b>Karvan could not read part of the database %1.</b><br>The file is damaged or the disk "
           "could not be read, so what you see may be incomplete. Nothing was changed.<br><br>"
           "Check the database to see what is wrong, or go back to a backup: Karvan keeps a copy "
           "of each day you open it.")
            .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()));
    m_ui->detailLabel->setText(tr("What went wrong: %1 (%2)").arg(message, QDir::toNativeSeparators(databasePath)));
    m_ui->detailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_ui->header->setStretch(1, 1);
    m_ui->header->setSpacing(16);
    m_ui->layout->insertStretch(m_ui->layout->indexOf(m_ui->checkResult), 1);
    m_ui->checkResult->hide();
    resize(width(), sizeHint().height());
    connect(m_ui->checkButton, &QPushButton::clicked, this, &DatabaseProblemDialog::runCheck);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        Q_EMIT restoreRequested();
    });
    connect(&m_check, &QFutureWatcher<CheckOutcome>::finished, this, [this] {
        const CheckOutcome outcome = m_check.result();
        QString text;
        if (!outcome.error.isEmpty()) {
            text = tr("The check could not run: %1").arg(outcome.error);
        } else if (outcome.problems.isEmpty()) {
            text = tr("The check found no damage in the file. If reading fails again, the disk itself may be "
                      "failing: copy the database somewhere safe.");
        } else {
            const QStringList shown = outcome.problems.mid(0, kShownProblems);
            text = tr("The check found %n problem(s). Restoring a backup is the safe way out.", nullptr,
                      int(outcome.problems.size()))
                   + QStringLiteral("\n\n") + shown.join(QLatin1Char('\n'));
            if (outcome.problems.size() > shown.size())
                text += QLatin1Char('\n') + tr("… and %1 more").arg(QLocale().toString(outcome.problems.size() - shown.size()));
        }
        m_ui->checkResult->setPlainText(text);
        m_ui->checkButton->setEnabled(true);
        unsetCursor();
        Q_EMIT checkFinished();
    });
}

DatabaseProblemDialog::~DatabaseProblemDialog()
{
    m_check.waitForFinished();
}

void DatabaseProblemDialog::runCheck()
{
    if (m_check.isRunning())
        return;
    m_ui->checkButton->setEnabled(false);
    m_ui->checkResult->show();
    resize(width(), std::max(height(), 420));
    m_ui->checkResult->setPlainText(tr("Checking the database…"));
    setCursor(Qt::BusyCursor);
    const QString path = m_path;
    m_check.setFuture(QtConcurrent::run([path]() -> CheckOutcome {
        try {
            return {Backups::problems(path), QString()};
        } catch (const DatabaseError &e) {
            return {QStringList(), e.message()};
        }
    }));
}

QString DatabaseProblemDialog::checkResult() const
{
    return m_ui->checkResult->toPlainText();
}

} // namespace karvan
