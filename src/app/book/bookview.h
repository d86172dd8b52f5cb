#pragma once

#include <QWidget>

#include <memory>

class QModelIndex;

namespace Ui {
class BookView;
}

namespace karvan {

class Session;
class AccountListModel;
class AccountFilterModel;
class SavedFilters;

// The book of accounts: the list of accounts with filter-as-you-type, quick filters and saved
// filters. MyBook shows the accounts the user (session.me()) owns at their current stage.
class BookView : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { MyBook, AllAccounts };

    BookView(Session &session, Scope scope, QWidget *parent = nullptr);
    ~BookView() override;

    void reload();       // re-query (after imports etc.)
    void focusFilter();  // Ctrl+F
    int visibleCount() const;

    Scope scope() const { return m_scope; }
    AccountListModel *listModel() const { return m_model; }
    AccountFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void accountActivated(qint64 accountId);  // double-click / Enter
    void statusMessage(const QString &text);

private:
    void setupQuickFilters();
    void applyQuickFilters();
    void refreshAccount(qint64 accountId);
    void reloadSavedFilters();
    void applySavedFilter(int index);
    void saveCurrentFilter();
    void deleteSavedFilter();
    void activate(const QModelIndex &proxyIndex);
    void updateCount();
    void ensureSnapshots();
    void saveState() const;
    void restoreState();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Session &m_session;
    Scope m_scope;
    std::unique_ptr<Ui::BookView> m_ui;
    AccountListModel *m_model;
    AccountFilterModel *m_filter;
    bool m_snapshotRunning = false;
};

} // namespace karvan
