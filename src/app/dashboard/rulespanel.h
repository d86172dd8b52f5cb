#pragma once

#include <QWidget>

class QTreeWidget;

namespace karvan {

class Session;

// The conflict-resolution rules (seed 000): in a known situation, which team decides and
// which team tells the customer ("a new feature request: Product decides the priority,
// Customer Success tells the customer"). Read-only here; edited in People & teams.
class RulesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPanel(Session &session, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *list() const { return m_list; }

private:
    Session &m_session;
    QTreeWidget *m_list;
};

} // namespace karvan
