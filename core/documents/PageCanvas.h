#pragma once

#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace fieldday {

// Paints a document page by page in points (1/72 inch) on any paged device: a PDF writer
// from the CLI, a printer in the app. Keeps a cursor down the page, breaks pages when asked,
// and puts "Page x of y" and the print date in every footer.
class PageCanvas
{
public:
    // Called as each page is finished, with its number and the total (0 while the pages are
    // still being counted). Returning false stops the work with an Error of kind Cancelled.
    using Progress = std::function<bool(int page, int total)>;

    PageCanvas(QPagedPaintDevice *device, QString footer, int totalPages, Progress progress = {});
    ~PageCanvas();

    QPainter &painter() { return m_painter; }
    QRectF content() const { return m_content; } // inside the margins, above the footer
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal height) { m_y += height; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    // Starts a new page unless `height` still fits; returns true if it did.
    bool ensure(qreal height);
    void newPage();
    int page() const { return m_page; }

    // The family used everywhere: it has Latin, Greek, Cyrillic and Vietnamese letters.
    // Sized for this canvas, whose units are points whatever the device's resolution.
    QFont font(qreal points, QFont::Weight weight = QFont::Normal) const;
    QFontMetricsF metrics(const QFont &font) const;
    // Text wrapped at word boundaries (long names are never cut): its height, and drawing it.
    qreal wrappedHeight(const QString &text, const QFont &font, qreal width) const;
    void wrapped(const QRectF &box, const QString &text, const QFont &font,
                 const QColor &colour = Qt::black);
    // Draws text elided to `width`; returns the height used.
    qreal text(const QRectF &box, const QString &text, const QFont &font,
               Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter,
               const QColor &colour = Qt::black);

private:
    void footer();

    QPainter m_painter;
    QPagedPaintDevice *m_device;
    QRectF m_content;
    QString m_footer;
    int m_totalPages;
    Progress m_progress;
    int m_page = 1;
    qreal m_y = 0;
    qreal m_scale = 1; // device pixels per point
};

// Renders a document twice, to count its pages and then to paint them with "x of y".
class DocumentRenderer
{
public:
    using Content = std::function<void(PageCanvas &)>;
    enum class Paper
    {
        A4,
        Letter
    };

    // Writes a PDF to `path` atomically; returns the number of pages. Throws Error; when
    // `progress` cancels, the file at `path` is left as it was.
    static int writePdf(const QString &path, Paper paper, QPageLayout::Orientation orientation,
                        const QString &title, const QString &footer, const Content &content,
                        const PageCanvas::Progress &progress = {});
    // Paints onto a device that is already set up (a printer); returns the pages.
    static int paint(QPagedPaintDevice *device, const QString &footer, const Content &content,
                     const PageCanvas::Progress &progress = {});
    // Paints only the first `pages` pages (a preview), their footers without the total;
    // returns how many were painted.
    static int paintFirstPages(QPagedPaintDevice *device, const QString &footer,
                               const Content &content, int pages);
};

} // namespace fieldday
