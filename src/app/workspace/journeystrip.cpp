#include "workspace/journeystrip.h"

#include "models/accountlistmodel.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace karvan {

// One stage of the strip.
class JourneyStrip::Card : public QFrame
{
public:
    Card(JourneyStrip *strip, Stage stage) : QFrame(strip), m_strip(strip), m_stage(stage)
    {
        setFrameShape(QFrame::StyledPanel);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setAutoFillBackground(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 6, 8, 6);
        layout->setSpacing(2);
        m_title = new QLabel(stageLabel(stage), this);
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
        m_owner = new QLabel(this);
        m_support = new QLabel(this);
        m_support->setWordWrap(true);
        for (QLabel *l : {m_title, m_owner, m_support})
            layout->addWidget(l);
        layout->addStretch();
    }

    void display(const AccountDetail &d)
    {
        const StageOwner &o = d.owners.at(stageIndex(m_stage));
        const bool current = d.stage == m_stage;
        m_title->setText(current ? JourneyStrip::tr("%1 (current)").arg(stageLabel(m_stage))
                                 : stageLabel(m_stage));
        QString owner;
        if (o.overridden)
            owner = o.personName.isEmpty() ? o.teamName
                                           : JourneyStrip::tr("%1 (%2)").arg(o.personName, o.teamName);
        else
            owner = JourneyStrip::tr("%1 (template)").arg(o.templateTeams);
        m_owner->setText(owner);
        m_owner->setToolTip(o.personEmail);
        const QString support = o.supportingNames.isEmpty() ? JourneyStrip::tr("none") : o.supportingNames.join(QStringLiteral(", "));
        m_support->setText(o.supportingOverridden ? JourneyStrip::tr("With: %1").arg(support)
                                                  : JourneyStrip::tr("With: %1 (template)").arg(support));
        QPalette pal = palette();
        const QPalette base = m_strip->palette();
        pal.setColor(QPalette::Window, current ? base.color(QPalette::Highlight).lighter(170)
                                               : base.color(QPalette::Base));
        setPalette(pal);
        QPalette owned = m_owner->palette();
        owned.setColor(QPalette::WindowText, o.overridden ? base.color(QPalette::WindowText)
                                                          : base.color(QPalette::PlaceholderText));
        m_owner->setPalette(owned);
        QPalette sup = m_support->palette();
        sup.setColor(QPalette::WindowText, o.supportingOverridden ? base.color(QPalette::WindowText)
                                                                  : base.color(QPalette::PlaceholderText));
        m_support->setPalette(sup);
        m_overridden = o.overridden;
        m_current = current;
        setToolTip(JourneyStrip::tr("Click to change the owner of %1; right-click for more").arg(stageLabel(m_stage).toLower()));
    }

    QString text() const
    {
        return m_title->text() + QLatin1Char('\n') + m_owner->text() + QLatin1Char('\n') + m_support->text();
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            Q_EMIT m_strip->editOwnerRequested(m_stage);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
            Q_EMIT m_strip->editOwnerRequested(m_stage);
        else
            QFrame::keyPressEvent(event);
    }
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        QMenu menu(this);
        menu.addAction(JourneyStrip::tr("Change owner…"), this, [this] { Q_EMIT m_strip->editOwnerRequested(m_stage); });
        QAction *move = menu.addAction(JourneyStrip::tr("Move the account to this stage"), this,
                                       [this] { Q_EMIT m_strip->moveRequested(m_stage); });
        move->setEnabled(!m_current);
        QAction *reset = menu.addAction(JourneyStrip::tr("Reset to template"), this,
                                        [this] { Q_EMIT m_strip->resetRequested(m_stage); });
        reset->setEnabled(m_overridden);
        menu.exec(event->globalPos());
    }

private:
    JourneyStrip *m_strip;
    Stage m_stage;
    QLabel *m_title;
    QLabel *m_owner;
    QLabel *m_support;
    bool m_overridden = false;
    bool m_current = false;
};

JourneyStrip::JourneyStrip(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (Stage s : kAllStages) {
        auto *card = new Card(this, s);
        m_cards.push_back(card);
        layout->addWidget(card);
    }
}

void JourneyStrip::setAccount(const AccountDetail &detail)
{
    for (Card *c : m_cards)
        c->display(detail);
}

QString JourneyStrip::stageText(Stage stage) const
{
    return m_cards.at(size_t(stageIndex(stage)))->text();
}

} // namespace karvan
