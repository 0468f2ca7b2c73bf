#include "ThumbnailCache.h"

#include "EventDocument.h"
#include "storage/TreasureRepository.h"

#include <QBuffer>
#include <QImageReader>

namespace fieldday {

ThumbnailCache::ThumbnailCache(EventDocument *document, int edge, QObject *parent)
    : QObject(parent), m_document(document), m_edge(edge), m_cache(64 * 1024)
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::decode(const QByteArray &jpeg, int edge)
{
    QByteArray bytes = jpeg;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // stored upright
    const QSize size = reader.size();
    if (size.isValid() && qMax(size.width(), size.height()) > edge)
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    return reader.read();
}

QString ThumbnailCache::keyOf(qint64 itemId, const EventDocument &document)
{
    const TreasureItem *item = document.data().treasureItem(itemId);
    if (!item)
        return {};
    const PhotoInfo &p = item->photo;
    return QStringLiteral("%1|%2|%3x%4|%5")
        .arg(itemId)
        .arg(p.sourceSha256)
        .arg(p.width)
        .arg(p.height)
        .arg(p.sourceName);
}

QImage ThumbnailCache::thumbnail(qint64 itemId)
{
    const QString key = keyOf(itemId, *m_document);
    if (key.isEmpty())
        return {};
    if (const QImage *image = m_cache.object(key))
        return *image;
    if (m_pending.contains(key))
        return {};
    // The bytes are read here (the event file's connection belongs to this thread); only the
    // decoding goes to the pool.
    const QByteArray jpeg = TreasureRepository(m_document->file()).photo(itemId);
    if (jpeg.isEmpty())
        return {};
    m_pending.insert(key);
    const int edge = m_edge;
    m_pool.start([this, key, itemId, jpeg, edge] {
        const QImage image = decode(jpeg, edge);
        QMetaObject::invokeMethod(
            this,
            [this, key, itemId, image] {
                m_pending.remove(key);
                m_cache.insert(key, new QImage(image),
                               qMax<qsizetype>(1, image.sizeInBytes() / 1024));
                emit thumbnailReady(itemId);
            },
            Qt::QueuedConnection);
    });
    return {};
}

} // namespace fieldday
