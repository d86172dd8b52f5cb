#pragma once

#include <QWidget>

class QListWidget;

namespace karvan {

// The list of places on the left of the main window.
class NavigationPane : public QWidget
{
    Q_OBJECT

public:
    enum class Place { MyDay, MyBook, AllAccounts, Handoffs, Dashboard, People, Settings };

    explicit NavigationPane(QWidget *parent = nullptr);

    void setCurrent(Place place);
    Place current() const;
    // A small figure next to a place's name ("All accounts  400").
    void setBadge(Place place, const QString &text);

Q_SIGNALS:
    void placeRequested(karvan::NavigationPane::Place place);

private:
    QListWidget *m_list;
    QStringList m_names;
};

} // namespace karvan
