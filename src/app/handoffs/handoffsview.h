#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace karvan {

class Session;

// The Sales-to-CSM hand-offs: one line per hand-off with its status. Read-only: the steps of
// the workflow run through `karvan-cli handoff` (src/core/handoffs).
class HandoffsView : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffsView(Session &session, QWidget *parent = nullptr);
    void reload();
    int count() const;

Q_SIGNALS:
    void accountActivated(qint64 accountId);

private:
    Session &m_session;
    QTreeWidget *m_tree;
    QLabel *m_empty;
};

} // namespace karvan
