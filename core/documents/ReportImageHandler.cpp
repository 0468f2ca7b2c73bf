#include "ReportImageHandler.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImageReader>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fieldday {

ReportImageHandler::ReportImageHandler(PhotoLoader photos, QObject *parent)
    : QObject(parent), m_photos(std::move(photos))
{
}

QString ReportImageHandler::formatName(qint64 itemId)
{
    return u"photo:%1"_s.arg(itemId);
}

QSizeF ReportImageHandler::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    QSizeF size(image.width(), image.height());
    // Sizes are given at 96 to the inch, as Qt measures images; the layout may be in a
    // printer's pixels.
    if (const QPaintDevice *device = doc->documentLayout()->paintDevice())
        size *= device->logicalDpiY() / 96.0;
    return size;
}

void ReportImageHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                    const QTextFormat &format)
{
    // Only on the page it is on: a clipped drawing would still embed the image in a PDF.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    const qint64 itemId = format.toImageFormat().name().section(u':', 1).toLongLong();
    QByteArray bytes = m_photos ? m_photos(itemId) : QByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // stored upright
    const QSize stored = reader.size();
    const QSize drawn = painter->deviceTransform().mapRect(rect).size().toSize();
    if (stored.isValid() && drawn.width() < stored.width() && drawn.height() < stored.height())
        reader.setScaledSize(stored.scaled(drawn, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        painter->fillRect(rect, QColor(0xee, 0xee, 0xee)); // a gap, never someone else's photo
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(rect, image);
    painter->restore();
}

} // namespace fieldday
