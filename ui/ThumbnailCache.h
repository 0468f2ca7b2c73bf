#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace fieldday {

class EventDocument;

// Thumbnails of the treasure log's photos, decoded only when a view asks for one and off the
// GUI thread (a few milliseconds each: the stored JPEG is decoded at 1/8 of its size by
// libjpeg). Only the visible ones are ever asked for; the cache keeps the last few hundred.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    ThumbnailCache(EventDocument *document, int edge, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail if it is ready; otherwise a null image now and thumbnailReady() later.
    QImage thumbnail(qint64 itemId);
    int edge() const { return m_edge; }
    // Decodes what is asked for right away, on the calling thread (tests, the present mode).
    static QImage decode(const QByteArray &jpeg, int edge);

signals:
    void thumbnailReady(qint64 itemId);

private:
    EventDocument *m_document;
    int m_edge;
    // By the photo, not only its item's id: an id freed by a deletion may be given again.
    static QString keyOf(qint64 itemId, const EventDocument &document);
    QCache<QString, QImage> m_cache; // cost in KiB
    QSet<QString> m_pending;
    QThreadPool m_pool;
};

} // namespace fieldday
