#include "workspace/ownerdialog.h"
#include "ui_ownerdialog.h"

#include "models/accountlistmodel.h"

namespace karvan {

OwnerDialog::OwnerDialog(const StageOwner &owner, const OwnerState &state,
                         const std::vector<AccountLookups::Choice> &people,
                         const std::vector<AccountLookups::Choice> &teams, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OwnerDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Owner of %1").arg(stageLabel(owner.stage).toLower()));
    m_ui->personCombo->addItem(tr("(no person: the team owns it)"), 0);
    for (const auto &p : people) {
        if (p.active || p.id == state.personId)
            m_ui->personCombo->addItem(QStringLiteral("%1 <%2>").arg(p.name, p.key), p.id);
    }
    m_ui->personCombo->setCurrentIndex(std::max(0, m_ui->personCombo->findData(state.personId)));
    m_ui->teamCombo->addItem(tr("(the person's team)"), 0);
    for (const auto &t : teams) {
        m_ui->teamCombo->addItem(t.name, t.id);
        auto *item = new QListWidgetItem(t.name, m_ui->supportList);
        item->setData(Qt::UserRole, t.id);
        const bool on = state.supportingSet ? state.supportingTeamIds.contains(t.id)
                                            : owner.templateSupportingNames.contains(t.name);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->teamCombo->setCurrentIndex(std::max(0, m_ui->teamCombo->findData(state.teamId)));
    m_ui->templateSupportCheck->setChecked(!state.exists || !state.supportingSet);
    m_ui->supportList->setEnabled(!m_ui->templateSupportCheck->isChecked());
    connect(m_ui->templateSupportCheck, &QCheckBox::toggled, m_ui->supportList,
            [this](bool on) { m_ui->supportList->setEnabled(!on); });
    const QString support = owner.templateSupportingNames.join(QStringLiteral(", "));
    m_ui->templateLabel->setText(tr("Template: %1, supported by %2.").arg(owner.templateTeams, support));
}

OwnerDialog::~OwnerDialog() = default;

OwnerState OwnerDialog::state() const
{
    OwnerState s;
    s.exists = true;
    s.personId = m_ui->personCombo->currentData().toLongLong();
    s.teamId = m_ui->teamCombo->currentData().toLongLong();
    s.supportingSet = !m_ui->templateSupportCheck->isChecked();
    if (s.supportingSet) {
        for (int i = 0; i < m_ui->supportList->count(); ++i) {
            const QListWidgetItem *item = m_ui->supportList->item(i);
            if (item->checkState() == Qt::Checked)
                s.supportingTeamIds << item->data(Qt::UserRole).toLongLong();
        }
    }
    return s;
}

QString OwnerDialog::description() const
{
    if (m_ui->personCombo->currentIndex() > 0)
        return m_ui->personCombo->currentText().section(QStringLiteral(" <"), 0, 0);
    return m_ui->teamCombo->currentText();
}

} // namespace karvan
