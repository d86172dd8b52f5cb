#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QSpinBox;
class QPushButton;
class QTabWidget;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace karvan {

class MatrixFilterBar;
class OwnershipMatrix;
class OwnershipMatrixFilterModel;
class OwnershipMatrixModel;
class TeamStagesTable;
class Session;

// The dashboard's ownership tab (read-only): every account x stage -> owner (the current stage
// in bold, gaps marked in colour and words), the list of gaps, and the load per owner.
class OwnershipPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OwnershipPanel(Session &session, QWidget *parent = nullptr);
    ~OwnershipPanel() override;

    void reload();
    int gapCount() const;
    QSplitter *splitter() const { return m_splitter; }
    QTreeWidget *gapsList() const { return m_gaps; }
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void askReassign();
    void applyFilter();

private:
    Session &m_session;
    OwnershipMatrixModel *m_model;
    OwnershipMatrixFilterModel *m_filter;
    MatrixFilterBar *m_filterBar;
    QTableView *m_table;
    QTreeWidget *m_gaps;
    QTreeWidget *m_load;
    QLabel *m_summary;
    QSpinBox *m_bookSize = nullptr;
    QPushButton *m_reassign = nullptr;
    QTabWidget *m_views = nullptr;
    TeamStagesTable *m_teamStages = nullptr;
    QSplitter *m_splitter;
    bool m_stale = true;
    int m_gapCount = 0;
};

} // namespace karvan
