#include "book/newaccountdialog.h"
#include "ui_newaccountdialog.h"

#include "accounts/accountlookups.h"
#include "commands/newaccountcommand.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "shell/session.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace karvan {

NewAccountDialog::NewAccountDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::NewAccountDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New account"));
    const AccountLookups lookups(session.connection());
    m_ui->idEdit->setText(lookups.suggestExtId());
    m_ui->segmentCombo->addItems({QString(), tr("enterprise"), tr("mid-market"), tr("smb")});
    m_ui->modelCombo->addItem(tr("(not set)"), QString());
    m_ui->modelCombo->addItem(tr("B2B"), QStringLiteral("b2b"));
    m_ui->modelCombo->addItem(tr("B2C"), QStringLiteral("b2c"));
    m_ui->modelCombo->setCurrentIndex(1);
    m_ui->startEdit->setDate(QDate::currentDate());
    m_ui->renewalEdit->setDate(QDate::currentDate().addYears(1));
    auto *customLayout = new QFormLayout(m_ui->customBox);
    for (const AccountLookups::Choice &field : lookups.customFields()) {
        auto *edit = new QLineEdit(m_ui->customBox);
        customLayout->addRow(field.name + QLatin1Char(':'), edit);
        m_custom.append({field.id, edit});
    }
    m_ui->customBox->setVisible(!m_custom.isEmpty());
    m_ui->ownerLabel->setText(session.me().isEmpty()
        ? tr("It starts in acquisition. Choose who you are in Settings to own it.")
        : tr("It starts in acquisition, owned by you (%1).").arg(session.me()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewAccountDialog::enter);
}

NewAccountDialog::~NewAccountDialog() = default;

void NewAccountDialog::enter()
{
    AccountCreator::NewAccount a;
    a.extId = m_ui->idEdit->text().trimmed();
    a.name = m_ui->nameEdit->text().trimmed();
    a.industry = m_ui->industryEdit->text().trimmed();
    a.segment = m_ui->segmentCombo->currentText().trimmed();
    a.model = m_ui->modelCombo->currentData().toString();
    a.contractStart = m_ui->startEdit->date();
    a.renewalDate = m_ui->renewalEdit->date();
    const QString mrr = m_ui->mrrEdit->text().trimmed();
    if (!mrr.isEmpty()) {
        QString why;
        const std::optional<qint64> minor = money::parse(mrr, &why);
        if (!minor) {
            QMessageBox::warning(this, windowTitle(), tr("The MRR is not an amount: %1.").arg(why));
            return;
        }
        a.mrrMinor = *minor;
    }
    for (const auto &[id, edit] : m_custom)
        a.custom.append({id, edit->text()});
    a.owner = m_session.me();
    auto *command = new NewAccountCommand(m_session, a);
    if (!pushEdit(m_session, command, this))
        return;  // refused: the message is shown, the dialog stays open, the command is gone
    m_accountId = command->accountId();
    accept();
}

qint64 NewAccountDialog::run(Session &session, QWidget *parent)
{
    NewAccountDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.accountId() : 0;
}

} // namespace karvan
