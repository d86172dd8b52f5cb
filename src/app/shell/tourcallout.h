#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace karvan {

// The guided tour's small card over the main window: which step, a title, what the user does
// on this page, and Back / Next / Skip tour. Non-modal: the page under it stays usable. It
// keeps to the bottom right corner of its parent as the window resizes.
class TourCallout : public QFrame
{
    Q_OBJECT

public:
    explicit TourCallout(QWidget *parent);

    void setStep(int step, int steps, const QString &title, const QString &text);
    QString title() const;
    QString text() const;
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    void backClicked();
    void nextClicked();
    void skipClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_counter;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_skip;
};

} // namespace karvan
