#include "PageCanvas.h"

#include "PdfFile.h"
#include "storage/Error.h"

#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {
constexpr qreal footerHeight = 22;
}

PageCanvas::PageCanvas(QPagedPaintDevice *device, QString footer, int totalPages, Progress progress)
    : m_device(device), m_footer(std::move(footer)), m_totalPages(totalPages),
      m_progress(std::move(progress))
{
    m_painter.begin(device);
    // Work in points whatever the device's resolution.
    m_scale = device->logicalDpiX() / 72.0;
    m_painter.scale(m_scale, m_scale);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF page = device->pageLayout().paintRect(QPageLayout::Point);
    m_content = QRectF(0, 0, page.width(), page.height() - footerHeight);
    m_y = m_content.top();
}

PageCanvas::~PageCanvas()
{
    footer();
    m_painter.end();
}

QFont PageCanvas::font(qreal points, QFont::Weight weight) const
{
    QFont f(u"DejaVu Sans"_s);
    // The painter is scaled to points; a font sized in points would be scaled twice.
    f.setPointSizeF(points / m_scale);
    f.setWeight(weight);
    // No ligatures: "ff" must stay two letters, so names can be searched and copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFontMetricsF PageCanvas::metrics(const QFont &f) const
{
    return QFontMetricsF(f, m_device);
}

qreal PageCanvas::wrappedHeight(const QString &value, const QFont &f, qreal width) const
{
    return metrics(f).boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, value).height();
}

void PageCanvas::wrapped(const QRectF &box, const QString &value, const QFont &f,
                         const QColor &colour)
{
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, value);
}

qreal PageCanvas::text(const QRectF &box, const QString &value, const QFont &f, Qt::Alignment align,
                       const QColor &colour)
{
    m_painter.setFont(f);
    m_painter.setPen(colour);
    const QFontMetricsF m = metrics(f);
    m_painter.drawText(box, int(align), m.elidedText(value, Qt::ElideRight, box.width()));
    return m.height();
}

void PageCanvas::footer()
{
    const QRectF area(m_content.left(), m_content.bottom() + 6, m_content.width(),
                      footerHeight - 6);
    m_painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5));
    m_painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.right(), area.top()));
    const QFont small = font(7.5);
    const QString printed = u"Printed "_s + QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                .toString(QDate::currentDate(), u"d MMMM yyyy"_s);
    text(area.adjusted(0, 2, -120, 0), m_footer + u"  ·  "_s + printed, small,
         Qt::AlignLeft | Qt::AlignVCenter, QColor(0x55, 0x55, 0x55));
    text(area.adjusted(area.width() - 120, 2, 0, 0),
         m_totalPages > 0 ? u"Page %1 of %2"_s.arg(m_page).arg(m_totalPages)
                          : u"Page %1"_s.arg(m_page),
         small, Qt::AlignRight | Qt::AlignVCenter, QColor(0x55, 0x55, 0x55));
}

bool PageCanvas::ensure(qreal height)
{
    if (m_y + height <= m_content.bottom() || m_y <= m_content.top())
        return false;
    newPage();
    return true;
}

void PageCanvas::newPage()
{
    if (m_progress && !m_progress(m_page, m_totalPages))
        throw Error(Error::Kind::Cancelled, u"cancelled; nothing was written"_s);
    footer();
    m_device->newPage();
    ++m_page;
    m_y = m_content.top();
}

int DocumentRenderer::paint(QPagedPaintDevice *device, const QString &footer,
                            const Content &content, const PageCanvas::Progress &progress)
{
    // The first pass counts the pages on a device set up the same way.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    counter.setResolution(device->logicalDpiX());
    counter.setPageLayout(device->pageLayout());
    int pages = 0;
    {
        PageCanvas canvas(&counter, footer, 0, progress);
        content(canvas);
        pages = canvas.page();
    }
    PageCanvas canvas(device, footer, pages, progress);
    content(canvas);
    return canvas.page();
}

int DocumentRenderer::paintFirstPages(QPagedPaintDevice *device, const QString &footer,
                                      const Content &content, int pages)
{
    // One pass, stopped at the page after the last one wanted: a preview of a 700-page
    // roster costs its first pages only. The footer cannot know the total.
    int painted = 0;
    try {
        PageCanvas canvas(device, footer, 0, [pages, &painted](int page, int) {
            painted = page;
            return page < pages;
        });
        content(canvas);
        painted = canvas.page();
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Cancelled)
            throw;
    }
    return painted;
}

int DocumentRenderer::writePdf(const QString &path, Paper paper,
                               QPageLayout::Orientation orientation, const QString &title,
                               const QString &footer, const Content &content,
                               const PageCanvas::Progress &progress)
{
    const QPageLayout layout(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4),
                             orientation, QMarginsF(36, 36, 36, 30), QPageLayout::Point);
    return PdfFile::write(path, {300, title, layout},
                          [&](QPdfWriter *pdf) { return paint(pdf, footer, content, progress); });
}

} // namespace fieldday
