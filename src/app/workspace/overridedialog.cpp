#include "workspace/overridedialog.h"
#include "ui_overridedialog.h"

#include <QPushButton>

namespace karvan {

OverrideDialog::OverrideDialog(Band computed, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OverrideDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Override the health band"));
    m_ui->computedLabel->setText(
        tr("The scorecard says: %1. The band you set is shown instead until its end date; "
           "both stay visible.").arg(bandLabel(computed)));
    for (Band b : {Band::Red, Band::Yellow, Band::Green})
        m_ui->bandCombo->addItem(bandLabel(b), int(b));
    m_ui->endsEdit->setMinimumDate(QDate::currentDate());
    m_ui->endsEdit->setDate(QDate::currentDate().addDays(30));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, [this, ok] {
        ok->setEnabled(!reason().isEmpty());
    });
}

OverrideDialog::~OverrideDialog() = default;

Band OverrideDialog::band() const
{
    return Band(m_ui->bandCombo->currentData().toInt());
}

QString OverrideDialog::reason() const
{
    return m_ui->reasonEdit->toPlainText().trimmed();
}

QDate OverrideDialog::endsOn() const
{
    return m_ui->endsEdit->date();
}

} // namespace karvan
