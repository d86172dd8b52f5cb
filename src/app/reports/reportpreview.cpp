#include "reports/reportpreview.h"

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace karvan {

ReportPreview::ReportPreview(QWidget *parent)
    : QScrollArea(parent)
    , m_desk(new QWidget(this))
    , m_layout(new QVBoxLayout(m_desk))
{
    setObjectName(QStringLiteral("reportPreview"));
    setAccessibleName(tr("Preview of the report's pages"));
    setWidgetResizable(true);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_desk->setObjectName(QStringLiteral("previewDesk"));
    m_desk->setAutoFillBackground(true);
    QPalette desk = m_desk->palette();
    desk.setColor(QPalette::Window, QColor(0x8a, 0x90, 0x98));
    m_desk->setPalette(desk);
    m_layout->setSpacing(16);
    m_layout->setContentsMargins(16, 16, 16, 16);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(m_desk);
}

void ReportPreview::setPages(const std::vector<QImage> &pages)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pageCount = int(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
        auto *page = new QLabel(m_desk);
        page->setObjectName(QStringLiteral("previewPage%1").arg(i + 1));
        page->setPixmap(QPixmap::fromImage(pages[i]));
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        auto *shadow = new QGraphicsDropShadowEffect(page);
        shadow->setBlurRadius(12);
        shadow->setOffset(2, 3);
        shadow->setColor(QColor(0, 0, 0, 90));
        page->setGraphicsEffect(shadow);
        m_layout->addWidget(page, 0, Qt::AlignHCenter);
    }
}

} // namespace karvan
