#include "commands/staleedit.h"

#include "domain/displaydate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>

namespace karvan {

namespace {

StaleEditPrompt &prompt()
{
    static StaleEditPrompt p;
    return p;
}

bool askWithBox(QWidget *parent, const StaleEditError &error)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("StaleEdit", "Changed elsewhere"),
                    staleEditMessage(error), QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate(
        "StaleEdit", "Reload to see the current version, then make your change again if it still applies."));
    QPushButton *reloadButton = box.addButton(QCoreApplication::translate("StaleEdit", "Reload"),
                                              QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reloadButton);
    box.exec();
    return box.clickedButton() == reloadButton;
}

} // namespace

void setStaleEditPrompt(StaleEditPrompt p)
{
    prompt() = std::move(p);
}

QString staleEditMessage(const StaleEditError &error)
{
    const QDateTime at = QDateTime::fromString(error.changedAt(), Qt::ISODate);
    const QString when = at.isValid() ? display::dateTime(at.toLocalTime()) : error.changedAt();
    const QString who = error.changedBy().isEmpty()
        ? QCoreApplication::translate("StaleEdit", "someone else") : error.changedBy();
    return QCoreApplication::translate("StaleEdit",
                                       "%1 was changed by %2 at %3, after you opened it (in another window"
                                       " or by an import). Your change was not saved.")
        .arg(error.record(), who, when);
}

bool askToReload(QWidget *parent, const StaleEditError &error, const std::function<void()> &reload)
{
    const bool wanted = prompt() ? prompt()(parent, error) : askWithBox(parent, error);
    if (!wanted)
        return false;
    if (reload)
        reload();
    return true;
}

} // namespace karvan
