#include "workspace/interactiondialog.h"
#include "ui_interactiondialog.h"

#include "domain/fixedlists.h"

#include <QCheckBox>
#include <QPushButton>

namespace karvan {

InteractionDialog::InteractionDialog(const std::vector<AccountLookups::Choice> &people,
                                     qint64 defaultAuthorId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InteractionDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Log an interaction"));
    const FixedList &kinds = interactionKinds();
    for (int i = 0; i < kinds.size(); ++i)
        m_ui->kindCombo->addItem(kinds.label(i), kinds.key(i));
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->authorCombo->addItem(tr("(nobody)"), 0);
    for (const auto &p : people) {
        if (p.active || p.id == defaultAuthorId)
            m_ui->authorCombo->addItem(QStringLiteral("%1 <%2>").arg(p.name, p.key), p.id);
    }
    m_ui->authorCombo->setCurrentIndex(std::max(0, m_ui->authorCombo->findData(defaultAuthorId)));
    m_ui->followUpEdit->setDate(QDate::currentDate().addDays(7));
    m_ui->followUpEdit->setEnabled(false);
    connect(m_ui->followUpCheck, &QCheckBox::toggled, m_ui->followUpEdit, &QWidget::setEnabled);
    m_ui->summaryEdit->setFocus();
}

InteractionDialog::~InteractionDialog() = default;

Interaction InteractionDialog::interaction() const
{
    Interaction i;
    i.kind = m_ui->kindCombo->currentData().toString();
    i.date = m_ui->dateEdit->date();
    i.authorId = m_ui->authorCombo->currentData().toLongLong();
    i.summary = m_ui->summaryEdit->toPlainText().trimmed();
    return i;
}

QDate InteractionDialog::followUp() const
{
    return m_ui->followUpCheck->isChecked() ? m_ui->followUpEdit->date() : QDate();
}

} // namespace karvan
