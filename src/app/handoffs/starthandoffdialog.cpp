#include "handoffs/starthandoffdialog.h"
#include "ui_starthandoffdialog.h"

#include "domain/errors.h"
#include "handoffs/handoffservice.h"
#include "shell/session.h"

#include <QMessageBox>
#include <QPushButton>

namespace karvan {

StartHandoffDialog::StartHandoffDialog(Session &session, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::StartHandoffDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Start a hand-off"));
    const HandoffService service(session.connection(), session.me());
    for (const HandoffService::Choice &a : service.startableAccounts()) {
        m_ui->accountCombo->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.key), a.id);
        m_ui->accountCombo->setItemData(m_ui->accountCombo->count() - 1, a.key, Qt::UserRole + 1);
    }
    for (const HandoffService::Choice &p : service.csmCandidates())
        m_ui->csmCombo->addItem(QStringLiteral("%1 <%2>").arg(p.name, p.key), p.key);
    if (accountId)
        selectAccount(accountId);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->accountCombo->count() > 0
                                                               && m_ui->csmCombo->count() > 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StartHandoffDialog::start);
}

StartHandoffDialog::~StartHandoffDialog() = default;

bool StartHandoffDialog::selectCsm(const QString &email)
{
    const int i = m_ui->csmCombo->findData(email);
    if (i >= 0)
        m_ui->csmCombo->setCurrentIndex(i);
    return i >= 0;
}

bool StartHandoffDialog::selectAccount(qint64 accountId)
{
    const int i = m_ui->accountCombo->findData(accountId);
    if (i >= 0)
        m_ui->accountCombo->setCurrentIndex(i);
    return i >= 0;
}

void StartHandoffDialog::start()
{
    const QString key = m_ui->accountCombo->currentData(Qt::UserRole + 1).toString();
    try {
        m_handoffId = HandoffService(m_session.connection(), m_session.me())
                          .start(key, m_ui->csmCombo->currentData().toString());
    } catch (const DataError &e) {
        QMessageBox::warning(this, windowTitle(), e.messages().join(QLatin1Char('\n')));
        return;
    }
    m_session.notifyDataChanged();
    accept();
}

} // namespace karvan
