#include "shell/aboutdialog.h"

#include "storage/components.h"
#include "ui_aboutdialog.h"

#include <QCoreApplication>
#include <QIcon>

namespace karvan {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/karvan.svg")).pixmap(72, 72));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->versionLabel->setText(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    for (const Component &c : components())
        m_ui->components->addTopLevelItem(new QTreeWidgetItem(QStringList{c.name, c.version, c.licence}));
    for (int column = 0; column < m_ui->components->columnCount(); ++column)
        m_ui->components->resizeColumnToContents(column);
}

AboutDialog::~AboutDialog() = default;

} // namespace karvan
