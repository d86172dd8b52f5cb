#include "shell/tourcallout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace karvan {

TourCallout::TourCallout(QWidget *parent)
    : QFrame(parent), m_counter(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_back(new QPushButton(tr("&Back"), this)), m_next(new QPushButton(tr("&Next"), this)),
      m_skip(new QPushButton(tr("&Skip tour"), this))
{
    setObjectName(QStringLiteral("tourCallout"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#tourCallout { background: palette(base); border: 2px solid palette(highlight);"
                                 " border-radius: 8px; }"));
    m_counter->setEnabled(false);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_text->setWordWrap(true);
    m_next->setDefault(true);
    m_skip->setFlat(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    setFixedWidth(380);

    connect(m_back, &QPushButton::clicked, this, &TourCallout::backClicked);
    connect(m_next, &QPushButton::clicked, this, &TourCallout::nextClicked);
    connect(m_skip, &QPushButton::clicked, this, &TourCallout::skipClicked);
    parent->installEventFilter(this);
}

void TourCallout::setStep(int step, int steps, const QString &title, const QString &text)
{
    const QLocale locale;
    m_counter->setText(tr("Tour: step %1 of %2").arg(locale.toString(step + 1), locale.toString(steps)));
    m_title->setText(title);
    m_text->setText(text);
    m_back->setEnabled(step > 0);
    m_next->setText(step + 1 < steps ? tr("&Next") : tr("&Finish"));
    adjustSize();
    place();
    show();
    raise();
}

QString TourCallout::title() const
{
    return m_title->text();
}

QString TourCallout::text() const
{
    return m_text->text();
}

bool TourCallout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QFrame::eventFilter(watched, event);
}

void TourCallout::place()
{
    QWidget *host = parentWidget();
    if (!host)
        return;
    // Above the status bar, in the corner away from the navigation pane.
    constexpr int margin = 24;
    constexpr int statusBar = 28;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int x = rtl ? margin : host->width() - width() - margin;
    move(x, std::max(0, host->height() - height() - margin - statusBar));
}

} // namespace karvan
