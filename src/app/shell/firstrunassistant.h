#pragma once

#include <QWizard>

#include <memory>

namespace karvan {

class Database;

// The first-run assistant: create or open a database, optionally fill it with the demo book,
// choose who you are, the language and the currency, then offer the guided tour. Each page is
// its own class (firstrun*page.cpp) and writes what it asks when the user moves on: the
// database's settings ("who am I", the currency) through the core, the language in the app's
// settings. The main window opens the database when the assistant is accepted.
class FirstRunAssistant : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DatabasePage, DemoPage, MePage, PreferencesPage, FinishPage };

    explicit FirstRunAssistant(QWidget *parent = nullptr);
    ~FirstRunAssistant() override;

    // Whether Karvan should show the assistant when it starts without --db: it never finished,
    // and there is no database to open (neither the last one nor the default one).
    static bool isNeeded();
    static QString doneKey() { return QStringLiteral("firstRun/done"); }

    // Opens (or, with create, creates) the database the next pages work on; the user-facing
    // problem, or empty when it opened.
    QString openDatabase(const QString &path, bool create);
    Database *database() const { return m_database.get(); }
    QString databasePath() const;
    // The size of the demo book (400 accounts unless a test asks for fewer).
    int demoAccounts() const { return m_demoAccounts; }
    void setDemoAccounts(int accounts) { m_demoAccounts = accounts; }
    bool wantsTour() const;

    void accept() override;

private:
    std::unique_ptr<Database> m_database;
    int m_demoAccounts = 400;
};

} // namespace karvan
