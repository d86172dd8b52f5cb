#include "workspace/profiletab.h"

#include "commands/accountcommands.h"
#include "models/accountrecordmodel.h"
#include "workspace/recordtab.h"
#include "shell/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

namespace karvan {

namespace {

const QDate kNoDate(1900, 1, 1);  // the date edits' "no date" value

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QObject::tr("(none)"));
    return edit;
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() && d != kNoDate ? d.toString(Qt::ISODate) : QString();
}

} // namespace

ProfileTab::ProfileTab(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_name(new QLineEdit(this)),
      m_industry(new QLineEdit(this)), m_segment(new QLineEdit(this)),
      m_model(new QComboBox(this)), m_status(new QComboBox(this)),
      m_contractStart(dateEdit(this)), m_renewal(dateEdit(this)),
      m_fields(new RecordTab({tr("Field"), tr("Value")}, this))
{
    m_model->addItem(tr("(none)"), QString());
    m_model->addItem(tr("B2B"), QStringLiteral("b2b"));
    m_model->addItem(tr("B2C"), QStringLiteral("b2c"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Churned"), QStringLiteral("churned"));

    auto *profile = new QGroupBox(tr("Profile"), this);
    auto *form = new QFormLayout(profile);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Contract start:"), m_contractStart);
    form->addRow(tr("&Renewal:"), m_renewal);

    auto *fields = new QGroupBox(tr("Custom fields"), this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(m_fields);
    connect(m_fields->addButton(tr("Add field…")), &QPushButton::clicked, this, &ProfileTab::addField);
    m_fields->setColumnWidths({12});
    m_fields->model()->setEditable(1, [this](qint64 fieldId, int, const QVariant &value) {
        QString name;
        for (const CustomFieldValue &f : m_detail.customFields) {
            if (f.fieldId == fieldId)
                name = f.name;
        }
        return pushAccountEdit(m_session, accountedits::setCustomValue(m_session, m_detail, fieldId, name,
                                                                       value.toString().trimmed()), this);
    });

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(profile, 1);
    layout->addWidget(fields, 1);

    const QList<QPair<QLineEdit *, QPair<QString, QString>>> lines = {
        {m_name, {QStringLiteral("name"), tr("name")}},
        {m_industry, {QStringLiteral("industry"), tr("industry")}},
        {m_segment, {QStringLiteral("segment"), tr("segment")}}};
    for (const auto &l : lines) {
        QLineEdit *edit = l.first;
        const QString field = l.second.first, label = l.second.second;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, label] {
            commit(field, label, edit->text().trimmed());
        });
    }
    connect(m_model, &QComboBox::activated, this, [this] {
        commit(QStringLiteral("model"), tr("model"), m_model->currentData());
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        commit(QStringLiteral("status"), tr("status"), m_status->currentData());
    });
    connect(m_contractStart, &QDateEdit::editingFinished, this, [this] {
        commit(QStringLiteral("contract_start"), tr("contract start"), isoOrEmpty(m_contractStart->date()));
    });
    connect(m_renewal, &QDateEdit::editingFinished, this, [this] {
        commit(QStringLiteral("renewal_date"), tr("renewal date"), isoOrEmpty(m_renewal->date()));
    });
}

QLineEdit *ProfileTab::lineEdit(const QString &field) const
{
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("industry"))
        return m_industry;
    return field == QLatin1String("segment") ? m_segment : nullptr;
}

void ProfileTab::commit(const QString &field, const QString &label, const QVariant &value)
{
    const QHash<QString, QString> current = {
        {QStringLiteral("name"), m_detail.name}, {QStringLiteral("industry"), m_detail.industry},
        {QStringLiteral("segment"), m_detail.segment}, {QStringLiteral("model"), m_detail.model},
        {QStringLiteral("status"), m_detail.status},
        {QStringLiteral("contract_start"), isoOrEmpty(m_detail.contractStart)},
        {QStringLiteral("renewal_date"), isoOrEmpty(m_detail.renewalDate)}};
    if (m_detail.id == 0 || current.value(field) == value.toString())
        return;
    if (!pushAccountEdit(m_session, accountedits::setProfileValue(m_session, m_detail, field, label, value), this))
        setAccount(m_detail);  // refused: show the stored value again
}

void ProfileTab::addField()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a custom field"),
                                               tr("Name of the new field (every account gets it):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        pushAccountEdit(m_session, accountedits::addCustomField(m_session, m_detail.id, name.trimmed()), this);
}

void ProfileTab::setAccount(const AccountDetail &detail)
{
    m_detail = detail;
    const QSignalBlocker b1(m_name), b2(m_industry), b3(m_segment), b4(m_model), b5(m_status),
        b6(m_contractStart), b7(m_renewal);
    m_name->setText(detail.name);
    m_industry->setText(detail.industry);
    m_segment->setText(detail.segment);
    m_model->setCurrentIndex(std::max(0, m_model->findData(detail.model)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(detail.status)));
    m_contractStart->setDate(detail.contractStart.isValid() ? detail.contractStart : kNoDate);
    m_renewal->setDate(detail.renewalDate.isValid() ? detail.renewalDate : kNoDate);

    std::vector<AccountRecordModel::Row> rows;
    for (const CustomFieldValue &f : detail.customFields) {
        AccountRecordModel::Row r;
        r.id = f.fieldId;
        r.cells = {{f.name, {}, {}, {}}, {f.value.value_or(QString()), {}, {}, {}}};
        rows.push_back(r);
    }
    m_fields->model()->setRows(std::move(rows));
}

} // namespace karvan
