#pragma once

#include "domain/errors.h"

#include <functional>

class QWidget;

namespace karvan {

// What the app shows when an edit is refused because the record changed elsewhere since it
// was read (another window, a CLI import): who changed it and when, in the user's calendar and
// time zone, that nothing was saved, and a Reload button. `reload` runs when the user picks it.
// Returns true when the user chose Reload.
bool askToReload(QWidget *parent, const StaleEditError &error, const std::function<void()> &reload);

// The message alone (for tests and the status bar).
QString staleEditMessage(const StaleEditError &error);

// Replaces the question box (tests): the prompt returns whether to reload. Empty: the box.
using StaleEditPrompt = std::function<bool(QWidget *parent, const StaleEditError &error)>;
void setStaleEditPrompt(StaleEditPrompt prompt);

} // namespace karvan
