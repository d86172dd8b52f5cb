#include "settings/settingsview.h"
#include "settings/checklisteditor.h"

#include "domain/errors.h"
#include "domain/storedtext.h"
#include "commands/peoplecommands.h"
#include "people/peoplestore.h"
#include "shell/session.h"
#include "shell/uilanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace karvan {

namespace {
enum MeasureColumn { Measure, Weight, Enabled };
} // namespace

SettingsView::SettingsView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_me(new QComboBox(this)), m_measures(new QTableWidget(this)),
      m_yellow(new QDoubleSpinBox(this)), m_green(new QDoubleSpinBox(this)), m_minWeight(new QDoubleSpinBox(this)),
      m_apply(new QPushButton(tr("&Apply scorecard"), this)), m_scorecardStatus(new QLabel(this))
{
    auto *meBox = new QGroupBox(tr("Who am I"), this);
    auto *meLayout = new QFormLayout(meBox);
    m_me->setMinimumContentsLength(40);
    m_me->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_me->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    meLayout->addRow(tr("&I am:"), m_me);
    auto *meHelp = new QLabel(tr("My book lists the accounts this person owns at their current stage; your "
                                 "edits are recorded in the audit log under this person. Kept for this "
                                 "database on this computer."), meBox);
    meHelp->setWordWrap(true);
    meHelp->setForegroundRole(QPalette::PlaceholderText);
    meLayout->addRow(meHelp);

    auto *cardBox = new QGroupBox(tr("Health scorecard"), this);
    auto *cardLayout = new QVBoxLayout(cardBox);
    m_measures->setColumnCount(3);
    m_measures->setHorizontalHeaderLabels({tr("Measure"), tr("Weight"), tr("Used")});
    m_measures->verticalHeader()->setVisible(false);
    m_measures->horizontalHeader()->setSectionResizeMode(Measure, QHeaderView::Stretch);
    m_measures->horizontalHeader()->setSectionResizeMode(Weight, QHeaderView::ResizeToContents);
    m_measures->horizontalHeader()->setSectionResizeMode(Enabled, QHeaderView::ResizeToContents);
    m_measures->setSelectionMode(QAbstractItemView::NoSelection);
    cardLayout->addWidget(m_measures);
    auto *bands = new QFormLayout;
    for (QDoubleSpinBox *box : {m_yellow, m_green, m_minWeight}) {
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setMaximumWidth(110);
    }
    m_measures->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_measures->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_measures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    bands->addRow(tr("&Yellow from score:"), m_yellow);
    bands->addRow(tr("&Green from score:"), m_green);
    bands->addRow(tr("&Minimum weight with data:"), m_minWeight);
    cardLayout->addLayout(bands);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_scorecardStatus, 1);
    applyRow->addWidget(m_apply);
    cardLayout->addLayout(applyRow);
    m_scorecardStatus->setWordWrap(true);

    // The page scrolls when the window is shorter than its groups.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(tr("<b>Settings</b>"), this));
    layout->addWidget(meBox);
    layout->addWidget(languageBox());
    layout->addWidget(cardBox);
    layout->addWidget(new ChecklistEditor(m_session, this));
    layout->addWidget(makeBackupBox());
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_me, &QComboBox::activated, this, [this] {
        m_session.setMe(m_me->currentData().toString());
        Q_EMIT statusMessage(m_session.me().isEmpty() ? tr("Nobody chosen as me")
                                                      : tr("You are %1").arg(m_me->currentText()));
    });
    connect(m_apply, &QPushButton::clicked, this, &SettingsView::applyScorecard);
    connect(&m_session, &Session::meChanged, this, [this](const QString &email) {
        const QSignalBlocker blocker(m_me);
        m_me->setCurrentIndex(std::max(0, m_me->findData(email)));
    });
    connect(&m_session, &Session::dataChanged, this, &SettingsView::reload);
    reload();
}

QGroupBox *SettingsView::languageBox()
{
    auto *box = new QGroupBox(tr("Language and calendar"), this);
    auto *form = new QFormLayout(box);
    auto *language = new QComboBox(box);
    language->setObjectName(QStringLiteral("language"));
    for (const UiLanguage::Choice &c : UiLanguage::choices())
        language->addItem(c.name, c.code);
    language->setCurrentIndex(std::max(0, language->findData(UiLanguage::chosen())));
    auto *calendar = new QComboBox(box);
    calendar->setObjectName(QStringLiteral("calendar"));
    for (const UiLanguage::Choice &c : UiLanguage::calendarChoices())
        calendar->addItem(c.name, c.code);
    calendar->setCurrentIndex(std::max(0, calendar->findData(UiLanguage::chosenCalendar())));
    for (QComboBox *combo : {language, calendar})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Language:"), language);
    form->addRow(tr("&Calendar:"), calendar);
    auto *note = new QLabel(tr("Kept for you on this computer. Takes effect the next time Karvan starts."), box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    connect(language, &QComboBox::activated, this, [this, language] {
        UiLanguage::setChosen(language->currentData().toString());
        Q_EMIT statusMessage(tr("Language saved: %1. Restart Karvan to use it.").arg(language->currentText()));
    });
    connect(calendar, &QComboBox::activated, this, [this, calendar] {
        UiLanguage::setChosenCalendar(calendar->currentData().toString());
        Q_EMIT statusMessage(tr("Calendar saved: %1. Restart Karvan to use it.").arg(calendar->currentText()));
    });
    return box;
}

void SettingsView::reload()
{
    {
        const QSignalBlocker blocker(m_me);
        m_me->clear();
        m_me->addItem(tr("(not chosen)"), QString());
        try {
            for (const Person &p : PeopleStore(m_session.connection(), QString()).people()) {
                if (p.active || p.email == m_session.me())
                    m_me->addItem(QStringLiteral("%1 <%2> · %3").arg(p.name, p.email, p.teamName), p.email);
            }
        } catch (const DatabaseError &) {
        }
        m_me->setCurrentIndex(std::max(0, m_me->findData(m_session.me())));
    }
    try {
        m_scorecard = Scorecard::load(m_session.connection());
    } catch (const DatabaseError &e) {
        m_scorecardStatus->setText(e.message());
        return;
    }
    m_measures->setRowCount(int(m_scorecard.measures().size()));
    int row = 0;
    for (const ScorecardMeasure &m : m_scorecard.measures()) {
        auto *label = new QTableWidgetItem(display::storedText(m.label));
        label->setFlags(Qt::ItemIsEnabled);
        label->setData(Qt::UserRole, m.key);
        m_measures->setItem(row, Measure, label);
        auto *weight = new QDoubleSpinBox(m_measures);
        weight->setRange(0, 100);
        weight->setDecimals(1);
        weight->setValue(m.weight);
        m_measures->setCellWidget(row, Weight, weight);
        auto *enabled = new QCheckBox(m_measures);
        enabled->setChecked(m.enabled);
        m_measures->setCellWidget(row, Enabled, enabled);
        ++row;
    }
    // Every measure stays visible; the checklist below scrolls when the page is short.
    int tableHeight = m_measures->horizontalHeader()->sizeHint().height() + 2 * m_measures->frameWidth();
    for (int r = 0; r < m_measures->rowCount(); ++r)
        tableHeight += m_measures->rowHeight(r);
    m_measures->setMinimumHeight(tableHeight);
    m_yellow->setValue(m_scorecard.yellowFrom());
    m_green->setValue(m_scorecard.greenFrom());
    m_minWeight->setValue(m_scorecard.minWeight());
}

void SettingsView::chooseMe(const QString &email)
{
    m_me->setCurrentIndex(std::max(0, m_me->findData(email)));
    m_session.setMe(m_me->currentData().toString());
}

Scorecard SettingsView::edited() const
{
    Scorecard card = m_scorecard;
    for (int row = 0; row < m_measures->rowCount(); ++row) {
        const QString key = m_measures->item(row, Measure)->data(Qt::UserRole).toString();
        card.setWeight(key, static_cast<QDoubleSpinBox *>(m_measures->cellWidget(row, Weight))->value());
        card.setEnabled(key, static_cast<QCheckBox *>(m_measures->cellWidget(row, Enabled))->isChecked());
    }
    card.setBands(m_yellow->value(), m_green->value());
    card.setMinWeight(m_minWeight->value());
    return card;
}

void SettingsView::applyScorecard()
{
    const Scorecard after = edited();
    try {
        after.validate();
    } catch (const DataError &e) {
        m_scorecardStatus->setText(e.messages().join(QLatin1Char('\n')));
        return;
    }
    if (pushEdit(m_session, new ScorecardCommand(m_session, m_scorecard, after), this)) {
        m_scorecardStatus->setText(tr("Saved. Scores use the new scorecard from now on; Edit > Undo reverts it."));
        Q_EMIT statusMessage(tr("Health scorecard changed"));
    }
}

} // namespace karvan
