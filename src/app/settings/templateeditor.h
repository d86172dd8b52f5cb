#pragma once

#include "ownership/templatestore.h"
#include "people/peoplestore.h"

#include <QWidget>

#include <array>
#include <memory>

namespace Ui {
class TemplateEditor;
}
class QComboBox;
class QLineEdit;
class QToolButton;

namespace karvan {

class Session;

// The organisation's ownership template (stage -> owner team, co-owner team, supporting teams,
// key metrics) and the conflict-resolution rules. Every change is one undoable command.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(Session &session, QWidget *parent = nullptr);
    ~TemplateEditor() override;

    void reload();
    // Edits used by the widgets and by tests.
    bool setOwnerTeam(Stage stage, std::optional<qint64> teamId);
    bool setCoOwnerTeam(Stage stage, std::optional<qint64> teamId);
    bool setSupportingTeams(Stage stage, const QList<qint64> &teamIds);
    bool setKeyMetrics(Stage stage, const QString &text);
    bool addRuleFromForm();
    bool saveRuleFromForm();
    bool removeSelectedRule();

private:
    struct Row
    {
        QComboBox *owner = nullptr;
        QComboBox *coOwner = nullptr;
        QToolButton *supporting = nullptr;
        QLineEdit *metrics = nullptr;
    };
    bool push(const TemplateRow &before, const TemplateRow &after);
    void fillTeams(QComboBox *combo, bool allowNone);
    void showRule();
    std::optional<ConflictRule> selectedRule() const;
    ConflictRule ruleFromForm() const;

    std::unique_ptr<Ui::TemplateEditor> m_ui;
    Session &m_session;
    std::array<Row, 6> m_rows;
    QList<Team> m_teams;
    QList<TemplateRow> m_template;
    QList<ConflictRule> m_rules;
};

} // namespace karvan
