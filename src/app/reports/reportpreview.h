#pragma once

#include <QImage>
#include <QScrollArea>

#include <vector>

class QVBoxLayout;

namespace karvan {

// The report's pages as they will print, one under the other on a grey desk, each with a
// shadow; scrolls.
class ReportPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);

    // Shows these pages (their device pixel ratio says how large); none: an empty desk.
    void setPages(const std::vector<QImage> &pages);
    int pageCount() const { return m_pageCount; }

private:
    QWidget *m_desk;
    QVBoxLayout *m_layout;
    int m_pageCount = 0;
};

} // namespace karvan
