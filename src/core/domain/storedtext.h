#pragma once

#include <QLocale>
#include <QString>

// Texts Karvan itself writes into the database in English, because the contract fixes them (a
// signal rule's task title: "Renewal on 2026-05-01", "No contact for 60 days", ...; the
// hand-off's "Kickoff meeting" and "30-day check-in") or because they are the defaults a new
// database starts with (the hand-off checklist's items and their help). They stay stored as
// they are; this is the one place that shows them in the reader's language. Every screen and
// report that shows a task title or a checklist item asks here.
namespace karvan::display {

// The text in the reader's language, its dates and numbers as display::date and
// display::number write them; a text Karvan does not know (a person's own) as stored. Without a
// translation (English) the stored text itself, unchanged.
QString storedText(const QString &text, const QLocale &locale = QLocale());

// Whether the text is one Karvan knows how to show translated.
bool isKnownStoredText(const QString &text);

} // namespace karvan::display
