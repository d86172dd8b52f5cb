#pragma once

#include "people/peoplestore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QSpinBox;
class QPushButton;
class QTabWidget;
class QSplitter;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace karvan {

class MatrixFilterBar;
class OwnershipGapsModel;
class OwnershipMatrix;
class OwnershipMatrixFilterModel;
class OwnershipMatrixModel;
class TeamStagesTable;
class Session;

// What the ownership tab shows, read off the GUI thread on a connection of its own.
struct OwnershipTabData
{
    std::shared_ptr<const OwnershipMatrix> matrix;
    QList<Team> teams;
    QList<Person> people;
    QHash<qint64, QString> names;    // account id -> "ext_id  name", for the teams x stages lists
    QString error;                   // for the user; empty when all went well
};

// The dashboard's ownership tab (read-only): every account x stage -> owner (the current stage
// in bold, gaps marked in colour and words), the list of gaps, and the load per owner. The
// matrix is built in a worker thread (a book of 100,000 accounts takes seconds); the tab shows
// the previous one meanwhile.
class OwnershipPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OwnershipPanel(Session &session, QWidget *parent = nullptr);
    ~OwnershipPanel() override;

    void reload();
    int gapCount() const;
    QSplitter *splitter() const { return m_splitter; }
    QTreeView *gapsList() const { return m_gaps; }
    // Whether the matrix is being read.
    bool isLoading() const { return m_pending; }
    QTreeWidget *loadList() const { return m_load; }
    TeamStagesTable *teamStages() const { return m_teamStages; }
    QTableView *matrixTable() const { return m_table; }
    MatrixFilterBar *filterBar() const { return m_filterBar; }
    OwnershipMatrixFilterModel *matrixFilter() const { return m_filter; }
    // The owner book size above which the load is marked overloaded; one undoable command.
    void setBookSize(int accounts);
    // Every stage `from` owns on active accounts (current and later) to `to`, as one undoable
    // command; false (and a status message) when refused.
    bool reassign(qint64 fromPersonId, qint64 toPersonId, const QString &fromName, const QString &toName);

Q_SIGNALS:
    void accountActivated(qint64 accountId);
    void statusMessage(const QString &text);
    // A new matrix is on screen.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askReassign();
    void applyFilter();
    void display(const OwnershipTabData &data);

private:
    Session &m_session;
    OwnershipMatrixModel *m_model;
    OwnershipMatrixFilterModel *m_filter;
    MatrixFilterBar *m_filterBar;
    QTableView *m_table;
    OwnershipGapsModel *m_gapsModel;
    QTreeView *m_gaps;
    QTreeWidget *m_load;
    QLabel *m_summary;
    QSpinBox *m_bookSize = nullptr;
    QPushButton *m_reassign = nullptr;
    QTabWidget *m_views = nullptr;
    TeamStagesTable *m_teamStages = nullptr;
    QSplitter *m_splitter;
    QFutureWatcher<OwnershipTabData> m_watcher;
    bool m_again = false;
    bool m_pending = false;           // a read asked for and not shown yet
    bool m_stale = true;
    int m_gapCount = 0;
};

} // namespace karvan
