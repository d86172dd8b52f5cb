#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

namespace karvan {

class MainWindow;
class TourCallout;

// A short guided tour of the main window: My day, the book, an account's workspace, the
// hand-offs and the dashboard. Each step shows its page in the window and a small card
// (TourCallout) saying what the user does there, with Back, Next and Skip tour. Finishing or
// skipping closes the card and emits finished(); the tour object then deletes itself.
class GuidedTour : public QObject
{
    Q_OBJECT

public:
    explicit GuidedTour(MainWindow &window);
    ~GuidedTour() override;

    int stepCount() const { return int(m_steps.size()); }
    // The step shown, or -1 before start() and after the end.
    int currentStep() const { return m_current; }
    QString stepTitle(int step) const;
    TourCallout *callout() const;

    void start();
    void next();
    void back();
    void skip();

Q_SIGNALS:
    void stepChanged(int step);
    // completed: the user went through every step (false when skipped).
    void finished(bool completed);

private:
    struct Step
    {
        QString title;
        QString text;
        std::function<void()> show;
    };
    void showStep(int step);
    void end(bool completed);

    MainWindow &m_window;
    std::vector<Step> m_steps;
    QPointer<TourCallout> m_callout;
    int m_current = -1;
};

} // namespace karvan
