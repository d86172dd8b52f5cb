#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace karvan {

// A small read-mostly table for the workspace's lists (communication log, tickets, surveys,
// goals, contacts, custom fields, stage and ownership history, revenue): the workspace turns
// an AccountDetail's records into rows of cells. An editable column forwards setData to an
// edit handler (which pushes an undo command); the model never writes itself.
class AccountRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, RecordIdRole };

    struct Cell
    {
        QVariant display;
        QVariant sort;         // defaults to display
        QVariant edit;         // defaults to display
        QVariant tooltip;

        // A read-only cell: its text, its sort value (the text when null) and its tooltip (none
        // when empty).
        static Cell of(const QString &text, const QVariant &sort = QVariant(),
            const QString &tooltip = QString())
        {
            return { text, sort, {}, tooltip.isEmpty() ? QVariant() : QVariant(tooltip) };
        }
        // A day, shown as display::date and sorted by the day (no day first).
        static Cell ofDate(const QDate &day);
    };
    struct Row
    {
        qint64 id = 0;         // the record's row id
        std::vector<Cell> cells;
        bool muted = false;    // e.g. a closed ticket, a template value
    };
    // Called for an edit of an editable column; returns whether it was accepted.
    using EditHandler = std::function<bool(qint64 id, int column, const QVariant &value)>;

    explicit AccountRecordModel(QStringList headers, QObject *parent = nullptr);

    void setRows(std::vector<Row> rows);
    const Row &row(int index) const { return m_rows[size_t(index)]; }
    qint64 idAt(int index) const;
    void setEditable(int column, EditHandler handler);
    // Numbers and money read better right-aligned.
    void setRightAligned(int column);
    bool isMuted(int index) const { return m_rows[size_t(index)].muted; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
    std::vector<EditHandler> m_editors;
    std::vector<bool> m_rightAligned;
};

} // namespace karvan
