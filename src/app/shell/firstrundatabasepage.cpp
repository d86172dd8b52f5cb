#include "shell/firstrundatabasepage.h"

#include "shell/firstrunassistant.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

namespace karvan {

namespace {

// The default database when it is free, else karvan-2.sqlite, karvan-3.sqlite ... beside it.
QString freeNewPath()
{
    const QString first = Database::defaultPath();
    if (!QFileInfo::exists(first))
        return first;
    const QDir dir = QFileInfo(first).absoluteDir();
    for (int n = 2;; ++n) {
        const QString candidate = dir.filePath(QStringLiteral("karvan-%1.sqlite").arg(n));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

// The last database opened, else the default one, when it exists.
QString existingPath()
{
    const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return QFileInfo::exists(Database::defaultPath()) ? Database::defaultPath() : QString();
}

} // namespace

FirstRunDatabasePage::FirstRunDatabasePage(QWidget *parent)
    : QWizardPage(parent), m_create(new QRadioButton(tr("&Create a new database"), this)),
      m_createPath(new QLineEdit(this)), m_createBrowse(new QPushButton(tr("Choose…"), this)),
      m_open(new QRadioButton(tr("&Open an existing database"), this)), m_openPath(new QLineEdit(this)),
      m_openBrowse(new QPushButton(tr("Choose…"), this)), m_error(new QLabel(this))
{
    setTitle(tr("Your database"));
    setSubTitle(tr("Karvan keeps your accounts, people and settings in one database file on this computer. "
                   "karvan-cli uses the same file unless you tell it otherwise."));
    m_create->setObjectName(QStringLiteral("createMode"));
    m_open->setObjectName(QStringLiteral("openMode"));
    m_createPath->setObjectName(QStringLiteral("createPath"));
    m_openPath->setObjectName(QStringLiteral("openPath"));
    m_openPath->setPlaceholderText(tr("The database file (.sqlite)"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_create);
    group->addButton(m_open);

    auto *createHint = new QLabel(tr("A new, empty database. The next page can fill it with a demo book."), this);
    createHint->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_create, 0, 0, 1, 2);
    grid->addWidget(m_createPath, 1, 0);
    grid->addWidget(m_createBrowse, 1, 1);
    grid->addWidget(createHint, 2, 0, 1, 2);
    grid->setRowMinimumHeight(3, 16);
    grid->addWidget(m_open, 4, 0, 1, 2);
    grid->addWidget(m_openPath, 5, 0);
    grid->addWidget(m_openBrowse, 5, 1);
    grid->setRowMinimumHeight(6, 16);
    grid->addWidget(m_error, 7, 0, 1, 2);
    grid->setRowStretch(8, 1);

    connect(m_create, &QRadioButton::toggled, this, &FirstRunDatabasePage::updateEnabled);
    connect(m_createBrowse, &QPushButton::clicked, this, &FirstRunDatabasePage::browseNew);
    connect(m_openBrowse, &QPushButton::clicked, this, &FirstRunDatabasePage::browseExisting);
    for (QLineEdit *edit : {m_createPath, m_openPath}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_error->clear();
            Q_EMIT completeChanged();
        });
    }
}

void FirstRunDatabasePage::initializePage()
{
    m_createPath->setText(QDir::toNativeSeparators(freeNewPath()));
    const QString existing = existingPath();
    m_openPath->setText(QDir::toNativeSeparators(existing));
    (existing.isEmpty() ? m_create : m_open)->setChecked(true);
    updateEnabled();
}

void FirstRunDatabasePage::updateEnabled()
{
    const bool create = m_create->isChecked();
    m_createPath->setEnabled(create);
    m_createBrowse->setEnabled(create);
    m_openPath->setEnabled(!create);
    m_openBrowse->setEnabled(!create);
    m_error->clear();
    Q_EMIT completeChanged();
}

bool FirstRunDatabasePage::isComplete() const
{
    return !(m_create->isChecked() ? m_createPath : m_openPath)->text().trimmed().isEmpty();
}

void FirstRunDatabasePage::browseNew()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::fromNativeSeparators(m_createPath->text()),
                                                      tr("Karvan databases (*.sqlite)"));
    if (!path.isEmpty())
        m_createPath->setText(QDir::toNativeSeparators(path));
}

void FirstRunDatabasePage::browseExisting()
{
    const QString start = m_openPath->text().isEmpty() ? QDir::homePath() : QDir::fromNativeSeparators(m_openPath->text());
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), start,
                                                      tr("Karvan databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_openPath->setText(QDir::toNativeSeparators(path));
}

bool FirstRunDatabasePage::validatePage()
{
    auto *assistant = qobject_cast<FirstRunAssistant *>(wizard());
    const bool create = m_create->isChecked();
    const QString path = QDir::fromNativeSeparators((create ? m_createPath : m_openPath)->text().trimmed());
    const QString problem = assistant ? assistant->openDatabase(path, create) : QString();
    m_error->setText(problem);
    return problem.isEmpty();
}

} // namespace karvan
