#pragma once

#include "ReportBlock.h"
#include "model/EventData.h"

#include <QImage>
#include <QPageLayout>
#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

namespace fieldday {

// The share-out deck for the reconvene: 16:9 slides, a section per group in the programme's
// order, each a title slide (the group, its host and place) and then every item chosen for
// the share-out that may be shown in the room (TreasureConsent), full size, with its caption,
// the finder (only if they asked to be credited) and its kinds of treasure. The same slides
// are painted into a PDF, a print preview, and the app's present mode.
class ShareOutDeck
{
public:
    struct Slide
    {
        qint64 destinationId = 0;
        const TreasureItem *item = nullptr; // null: the group's title slide
    };

    // Slides are laid out on 960 × 540 units (points in the PDF: 13.33 × 7.5 in, 16:9).
    static constexpr qreal width = 960;
    static constexpr qreal height = 540;

    static QList<Slide> slides(const EventData &event);
    // Where a photo goes on its slide, in slide units, for a photo of `pixels`.
    static QRectF photoBox(const QSize &pixels);
    // A stored photo decoded at about the size it is shown when a slide is `scale` device
    // pixels per unit (libjpeg's scaled decoding: a fraction of the work of a full decode).
    static QImage decodePhoto(const QByteArray &jpeg, const QSize &pixels, qreal scale);
    // Paints one slide into `area` (16:9, or it is centred in it). `photo`: the item's image.
    static void paintSlide(QPainter &painter, const QRectF &area, const EventData &event,
                           const Slide &slide, int number, int total, const QImage &photo);

    // Slide by slide on a paged device set up for 16:9 (pageLayout()); decodes one photo at a
    // time. `maxSlides` 0: all. `progress(slide, total)` returning false cancels (Error
    // Cancelled). Returns the slides painted.
    using Progress = std::function<bool(int slide, int total)>;
    static int paint(QPagedPaintDevice *device, const EventData &event, const PhotoLoader &photos,
                     int maxSlides = 0, const Progress &progress = {});
    static QPageLayout pageLayout();
    // Written whole or not at all. Returns the number of slides. Throws Error.
    static int writePdf(const QString &path, const EventData &event, const PhotoLoader &photos,
                        const Progress &progress = {});
};

} // namespace fieldday
