#include "shell/welcomepage.h"

#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace karvan {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_demo(new QPushButton(tr("Open a &demo database"), this)),
      m_new(new QPushButton(tr("&Create an empty database…"), this)), m_open(new QPushButton(tr("&Open…"), this)),
      m_recent(new QListWidget(this)), m_recentLabel(new QLabel(tr("Recent databases"), this)),
      m_progress(new QProgressBar(this)), m_message(new QLabel(this))
{
    auto *title = new QLabel(tr("<h2>Welcome to Karvan</h2>"), this);
    auto *intro = new QLabel(tr("Karvan keeps track of who owns each customer at each stage of the journey, "
                                "and how each account is doing. Start with a demo book of 400 accounts "
                                "to look around, or create your own database and import your CSV files."),
                             this);
    intro->setWordWrap(true);
    m_demo->setIcon(QIcon(QStringLiteral(":/icons/karvan.svg")));
    m_demo->setDefault(true);
    m_new->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_progress->setVisible(false);
    m_message->setWordWrap(true);
    m_recent->setMaximumHeight(160);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    for (QPushButton *b : {m_demo, m_new, m_open}) {
        b->setMinimumHeight(34);
        column->addWidget(b);
    }
    column->addWidget(m_progress);
    column->addWidget(m_message);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    column->addStretch(1);
    auto *box = new QWidget(this);
    box->setLayout(column);
    box->setMaximumWidth(560);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 3);
    outer->addStretch(1);

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    setRecent({});
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(p), m_recent);
        item->setData(Qt::UserRole, p);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

void WelcomePage::setBusy(bool busy, const QString &text)
{
    for (QPushButton *b : {m_demo, m_new, m_open})
        b->setEnabled(!busy);
    m_recent->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_message->setText(text);
}

void WelcomePage::setProgress(int step, int steps)
{
    m_progress->setRange(0, steps);
    m_progress->setValue(step);
}

void WelcomePage::setMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace karvan
