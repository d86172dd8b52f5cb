#include "shell/firstrunassistant.h"

#include "domain/errors.h"
#include "shell/firstrundatabasepage.h"
#include "shell/firstrundemopage.h"
#include "shell/firstrunfinishpage.h"
#include "shell/firstrunmepage.h"
#include "shell/firstrunpreferencespage.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QIcon>
#include <QSettings>

namespace karvan {

FirstRunAssistant::FirstRunAssistant(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Set up Karvan"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/karvan.svg")));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(DatabasePage, new FirstRunDatabasePage(this));
    setPage(DemoPage, new FirstRunDemoPage(this));
    setPage(MePage, new FirstRunMePage(this));
    setPage(PreferencesPage, new FirstRunPreferencesPage(this));
    setPage(FinishPage, new FirstRunFinishPage(this));
    setStartId(DatabasePage);
    resize(640, 480);
}

FirstRunAssistant::~FirstRunAssistant() = default;

bool FirstRunAssistant::isNeeded()
{
    QSettings settings;
    if (settings.value(doneKey(), false).toBool())
        return false;
    const QString last = settings.value(QStringLiteral("lastDatabase")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return false;
    return !QFileInfo::exists(Database::defaultPath());
}

QString FirstRunAssistant::openDatabase(const QString &path, bool create)
{
    if (path.trimmed().isEmpty())
        return tr("Choose where the database is.");
    if (m_database && QFileInfo(m_database->path()) == QFileInfo(path))
        return QString();
    if (create && QFileInfo::exists(path))
        return tr("%1 already exists. Choose another name, or open it instead.").arg(path);
    if (!create && !QFileInfo::exists(path))
        return tr("There is no file %1.").arg(path);
    try {
        Database::Options options;
        options.create = create;
        auto db = std::make_unique<Database>(path, options);
        m_database = std::move(db);
    } catch (const DatabaseError &e) {
        return e.message();
    }
    return QString();
}

QString FirstRunAssistant::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

bool FirstRunAssistant::wantsTour() const
{
    return field(QStringLiteral("tour")).toBool();
}

void FirstRunAssistant::accept()
{
    QSettings().setValue(doneKey(), true);
    // The main window opens the file on its own connection.
    QWizard::accept();
}

} // namespace karvan
