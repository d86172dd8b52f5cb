#pragma once

#include "io/csvkind.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}
class QPushButton;

namespace karvan {

class Session;

// File > Export CSV: the kind and the file; writes the import form via the core's exporter.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Session &session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setKind(CsvKind kind);
    void setFile(const QString &path);
    // Writes the file; returns false (and says why in the dialog) when it could not.
    bool exportNow();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void browse();
    CsvKind kind() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Session &m_session;
    QPushButton *m_exportButton;
};

} // namespace karvan
