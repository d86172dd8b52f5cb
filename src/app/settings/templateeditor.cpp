#include "settings/templateeditor.h"

#include "ui_templateeditor.h"

#include "domain/errors.h"
#include "commands/peoplecommands.h"
#include "shell/session.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace karvan {

namespace {
// The template table's columns.
namespace templatecolumn {
enum Column { Stage, Owner, CoOwner, Supporting, Metrics };
}
// The conflict rules table's columns.
namespace rulecolumn {
enum Column { Situation, Deciding, Communicating, Note };
}
} // namespace

TemplateEditor::TemplateEditor(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TemplateEditor>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("<b>Ownership template</b>: for each stage of the journey, the team that owns "
                                 "the customer, a co-owner, the supporting teams and the key metrics. An "
                                 "account follows the template unless it names its own owner."));
    QTableWidget *table = m_ui->templateTable;
    table->setColumnCount(5);
    table->setRowCount(6);
    table->setHorizontalHeaderLabels({tr("Stage"), tr("Owner team"), tr("Co-owner team"), tr("Supporting teams"),
                                      tr("Key metrics")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(templatecolumn::Stage, 130);
    table->setColumnWidth(templatecolumn::Owner, 180);
    table->setColumnWidth(templatecolumn::CoOwner, 180);
    table->setColumnWidth(templatecolumn::Supporting, 260);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 16);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (Stage stage : kAllStages) {
        const int r = stageIndex(stage);
        table->setItem(r, templatecolumn::Stage, new QTableWidgetItem(stageLabel(stage)));
        Row &row = m_rows[size_t(r)];
        row.owner = new QComboBox(table);
        row.coOwner = new QComboBox(table);
        row.supporting = new QToolButton(table);
        row.supporting->setPopupMode(QToolButton::InstantPopup);
        row.supporting->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row.supporting->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        row.supporting->setMenu(new QMenu(row.supporting));
        row.metrics = new QLineEdit(table);
        row.metrics->setFrame(false);
        table->setCellWidget(r, templatecolumn::Owner, row.owner);
        table->setCellWidget(r, templatecolumn::CoOwner, row.coOwner);
        table->setCellWidget(r, templatecolumn::Supporting, row.supporting);
        table->setCellWidget(r, templatecolumn::Metrics, row.metrics);
        connect(row.owner, &QComboBox::activated, this, [this, stage, combo = row.owner] {
            setOwnerTeam(stage, combo->currentData().isNull() ? std::nullopt
                                                               : std::optional(combo->currentData().toLongLong()));
        });
        connect(row.coOwner, &QComboBox::activated, this, [this, stage, combo = row.coOwner] {
            setCoOwnerTeam(stage, combo->currentData().isNull() ? std::nullopt
                                                                 : std::optional(combo->currentData().toLongLong()));
        });
        connect(row.metrics, &QLineEdit::editingFinished, this, [this, stage, edit = row.metrics] {
            setKeyMetrics(stage, edit->text());
        });
        connect(row.supporting->menu(), &QMenu::triggered, this, [this, stage, menu = row.supporting->menu()] {
            QList<qint64> ids;
            for (QAction *a : menu->actions()) {
                if (a->isChecked())
                    ids << a->data().toLongLong();
            }
            // Keep the order the stage had, new teams at the end.
            QList<qint64> ordered;
            for (qint64 id : m_template.value(stageIndex(stage)).supportingTeamIds) {
                if (ids.contains(id))
                    ordered << id;
            }
            for (qint64 id : ids) {
                if (!ordered.contains(id))
                    ordered << id;
            }
            setSupportingTeams(stage, ordered);
        });
    }

    QTableWidget *rules = m_ui->rulesTable;
    rules->setColumnCount(4);
    rules->setHorizontalHeaderLabels({tr("Situation"), tr("Decides"), tr("Tells the customer"), tr("Note")});
    rules->verticalHeader()->setVisible(false);
    rules->horizontalHeader()->setSectionResizeMode(rulecolumn::Situation, QHeaderView::Stretch);
    rules->horizontalHeader()->setSectionResizeMode(rulecolumn::Note, QHeaderView::Stretch);
    rules->setColumnWidth(rulecolumn::Deciding, 170);
    rules->setColumnWidth(rulecolumn::Communicating, 170);
    rules->setWordWrap(false);
    connect(rules, &QTableWidget::currentCellChanged, this, &TemplateEditor::showRule);
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, &TemplateEditor::addRuleFromForm);
    connect(m_ui->saveRuleButton, &QPushButton::clicked, this, &TemplateEditor::saveRuleFromForm);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &TemplateEditor::removeSelectedRule);
    // Queued: an edit starts from one of the widgets that reload() refills.
    connect(&m_session, &Session::dataChanged, this, &TemplateEditor::reload, Qt::QueuedConnection);
    reload();
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::fillTeams(QComboBox *combo, bool allowNone)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (allowNone)
        combo->addItem(tr("(none)"), QVariant());
    for (const Team &t : std::as_const(m_teams))
        combo->addItem(t.name, t.id);
}

void TemplateEditor::reload()
{
    try {
        PeopleStore store(m_session.connection(), QString());
        m_teams = store.teams();
        m_template = TemplateStore(m_session.connection(), QString()).templateStages();
        m_rules = store.rules();
    } catch (const DatabaseError &) {
        return;
    }
    QHash<qint64, QString> names;
    for (const Team &t : std::as_const(m_teams))
        names.insert(t.id, t.name);
    for (const TemplateRow &t : std::as_const(m_template)) {
        Row &row = m_rows[size_t(stageIndex(t.stage))];
        fillTeams(row.owner, true);
        fillTeams(row.coOwner, true);
        const QSignalBlocker b1(row.owner), b2(row.coOwner), b3(row.metrics);
        row.owner->setCurrentIndex(t.ownerTeamId ? row.owner->findData(*t.ownerTeamId) : 0);
        row.coOwner->setCurrentIndex(t.coOwnerTeamId ? row.coOwner->findData(*t.coOwnerTeamId) : 0);
        if (!row.metrics->hasFocus())
            row.metrics->setText(t.keyMetrics);
        QMenu *menu = row.supporting->menu();
        menu->clear();
        QStringList chosen;
        for (qint64 id : t.supportingTeamIds)
            chosen << names.value(id);
        for (const Team &team : std::as_const(m_teams)) {
            QAction *a = menu->addAction(team.name);
            a->setCheckable(true);
            a->setData(team.id);
            a->setChecked(t.supportingTeamIds.contains(team.id));
        }
        row.supporting->setText(chosen.isEmpty() ? tr("(none)") : chosen.join(QStringLiteral(", ")));
        row.supporting->setToolTip(tr("Click to choose the supporting teams"));
    }
    const int current = m_ui->rulesTable->currentRow();
    m_ui->rulesTable->setRowCount(int(m_rules.size()));
    for (int r = 0; r < m_rules.size(); ++r) {
        const ConflictRule &rule = m_rules.at(r);
        m_ui->rulesTable->setItem(r, rulecolumn::Situation, new QTableWidgetItem(rule.situation));
        m_ui->rulesTable->setItem(
            r, rulecolumn::Deciding, new QTableWidgetItem(names.value(rule.decidingTeamId)));
        m_ui->rulesTable->setItem(r, rulecolumn::Communicating,
            new QTableWidgetItem(names.value(rule.communicatingTeamId)));
        m_ui->rulesTable->setItem(r, rulecolumn::Note, new QTableWidgetItem(rule.note));
        m_ui->rulesTable->item(r, rulecolumn::Note)->setToolTip(rule.note);
    }
    fillTeams(m_ui->decidingCombo, false);
    fillTeams(m_ui->communicatingCombo, false);
    if (current >= 0 && current < m_rules.size())
        m_ui->rulesTable->setCurrentCell(current, 0);
    showRule();
}

bool TemplateEditor::push(const TemplateRow &before, const TemplateRow &after)
{
    if (before == after)
        return false;
    const bool ok = pushEdit(m_session, new EditTemplateCommand(m_session, before, after), this);
    if (!ok)
        reload(); // put the widgets back to what is stored
    return ok;
}

bool TemplateEditor::setOwnerTeam(Stage stage, std::optional<qint64> teamId)
{
    const TemplateRow before = m_template.value(stageIndex(stage));
    TemplateRow after = before;
    after.ownerTeamId = teamId;
    return push(before, after);
}

bool TemplateEditor::setCoOwnerTeam(Stage stage, std::optional<qint64> teamId)
{
    const TemplateRow before = m_template.value(stageIndex(stage));
    TemplateRow after = before;
    after.coOwnerTeamId = teamId;
    return push(before, after);
}

bool TemplateEditor::setSupportingTeams(Stage stage, const QList<qint64> &teamIds)
{
    const TemplateRow before = m_template.value(stageIndex(stage));
    TemplateRow after = before;
    after.supportingTeamIds = teamIds;
    return push(before, after);
}

bool TemplateEditor::setKeyMetrics(Stage stage, const QString &text)
{
    const TemplateRow before = m_template.value(stageIndex(stage));
    TemplateRow after = before;
    after.keyMetrics = text.trimmed();
    return push(before, after);
}

std::optional<ConflictRule> TemplateEditor::selectedRule() const
{
    const int row = m_ui->rulesTable->currentRow();
    return row >= 0 && row < m_rules.size() ? std::optional(m_rules.at(row)) : std::nullopt;
}

void TemplateEditor::showRule()
{
    const std::optional<ConflictRule> rule = selectedRule();
    m_ui->saveRuleButton->setEnabled(rule.has_value());
    m_ui->removeRuleButton->setEnabled(rule.has_value());
    if (!rule)
        return;
    m_ui->situationEdit->setText(rule->situation);
    m_ui->decidingCombo->setCurrentIndex(m_ui->decidingCombo->findData(rule->decidingTeamId));
    m_ui->communicatingCombo->setCurrentIndex(m_ui->communicatingCombo->findData(rule->communicatingTeamId));
    m_ui->noteEdit->setText(rule->note);
}

ConflictRule TemplateEditor::ruleFromForm() const
{
    ConflictRule rule;
    rule.situation = m_ui->situationEdit->text().trimmed();
    rule.decidingTeamId = m_ui->decidingCombo->currentData().toLongLong();
    rule.communicatingTeamId = m_ui->communicatingCombo->currentData().toLongLong();
    rule.note = m_ui->noteEdit->text().trimmed();
    return rule;
}

bool TemplateEditor::addRuleFromForm()
{
    return pushEdit(m_session, new RuleCommand(m_session, std::nullopt, ruleFromForm()), this);
}

bool TemplateEditor::saveRuleFromForm()
{
    const std::optional<ConflictRule> before = selectedRule();
    if (!before)
        return false;
    ConflictRule after = ruleFromForm();
    after.id = before->id;
    if (after == *before)
        return false;
    return pushEdit(m_session, new RuleCommand(m_session, before, after), this);
}

bool TemplateEditor::removeSelectedRule()
{
    const std::optional<ConflictRule> rule = selectedRule();
    if (!rule)
        return false;
    return pushEdit(m_session, new RuleCommand(m_session, rule, std::nullopt), this);
}

} // namespace karvan
