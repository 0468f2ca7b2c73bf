#include "ShareOutDeck.h"

#include "DocumentStyle.h"
#include "PdfFile.h"
#include "plan/TreasureConsent.h"
#include "storage/Error.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

constexpr qreal margin = 28;
constexpr qreal minPanel = 270; // the caption panel beside a photo, at its narrowest
const QColor dark(0x17, 0x1a, 0x1f);
const QColor paper(0xf7, 0xf5, 0xf0);

QFont font(qreal pixels, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(qMax(1, qRound(pixels))); // slide units, scaled with the painter
    f.setWeight(weight);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// The font and height of text wrapped into `box`, made smaller until it fits (down to
// `smallest`).
std::pair<QFont, qreal> fit(const QRectF &box, const QString &text, qreal pixels, qreal smallest,
                            QFont::Weight weight, bool italic, int align = Qt::AlignLeft)
{
    QFont f = font(pixels, weight, italic);
    QRectF needed;
    for (qreal size = pixels; size >= smallest; size -= 1) {
        f = font(size, weight, italic);
        needed = QFontMetricsF(f).boundingRect(box, align | Qt::TextWordWrap, text);
        if (needed.height() <= box.height())
            break;
    }
    return {f, qMin(needed.height(), box.height())};
}

qreal fittedHeight(const QRectF &box, const QString &text, qreal pixels, qreal smallest,
                   QFont::Weight weight, bool italic)
{
    return fit(box, text, pixels, smallest, weight, italic).second;
}

// Text wrapped into `box`, made smaller until it fits (down to `smallest`); returns its
// height.
qreal fitted(QPainter &p, const QRectF &box, const QString &text, qreal pixels, qreal smallest,
             QFont::Weight weight, bool italic, const QColor &colour, int align = Qt::AlignLeft)
{
    const auto [f, used] = fit(box, text, pixels, smallest, weight, italic, align);
    p.setFont(f);
    p.setPen(colour);
    p.drawText(box, align | Qt::AlignTop | Qt::TextWordWrap, text);
    return used;
}

// The kinds of treasure as small rounded labels from (x, y); returns the height used.
qreal pills(QPainter &p, qreal x, qreal y, qreal right, const QStringList &kinds,
            const QColor &fill, const QColor &ink)
{
    const QFont f = font(13, QFont::DemiBold);
    const QFontMetricsF m(f);
    p.setFont(f);
    qreal left = x, top = y;
    for (const QString &kind : kinds) {
        const qreal w = m.horizontalAdvance(kind) + 20;
        if (left + w > right && left > x) {
            left = x;
            top += 30;
        }
        const QRectF pill(left, top, w, 24);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(pill, 12, 12);
        p.setPen(ink);
        p.drawText(pill, Qt::AlignCenter, kind);
        left += w + 8;
    }
    return kinds.isEmpty() ? 0 : top - y + 24;
}

void groupLabel(QPainter &p, const QPointF &at, const Destination &d, const QColor &ink)
{
    p.setPen(Qt::NoPen);
    p.setBrush(style::groupColour(d));
    p.drawEllipse(QRectF(at.x(), at.y() + 3, 14, 14));
    p.setFont(font(15, QFont::Bold));
    p.setPen(ink);
    p.drawText(QRectF(at.x() + 22, at.y(), 400, 20), Qt::AlignLeft | Qt::AlignVCenter,
               d.name.toUpper());
}

void slideNumber(QPainter &p, int number, int total, const QColor &ink)
{
    p.setFont(font(11));
    p.setPen(ink);
    p.drawText(QRectF(ShareOutDeck::width - margin - 120, ShareOutDeck::height - 24, 120, 16),
               Qt::AlignRight | Qt::AlignVCenter, u"%1 / %2"_s.arg(number).arg(total));
}

void titleSlide(QPainter &p, const EventData &event, const Destination &d, int items)
{
    const QColor colour = style::groupColour(d);
    const QColor ink = style::textOn(colour);
    p.fillRect(QRectF(0, 0, ShareOutDeck::width, ShareOutDeck::height), colour);
    QColor soft = ink;
    soft.setAlphaF(0.78);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    p.setFont(font(14, QFont::Bold));
    p.setPen(soft);
    p.drawText(QRectF(64, 50, 832, 20), Qt::AlignLeft | Qt::AlignVCenter,
               (u"Share-out  ·  "_s + event.details.title).toUpper());
    qreal y = 150;
    y += fitted(p, QRectF(64, y, 832, 100), d.name, 80, 40, QFont::Bold, false, ink) + 8;
    if (!d.hostOrganisation.isEmpty())
        y += fitted(p, QRectF(64, y, 832, 80), d.hostOrganisation, 30, 20, QFont::Normal, false,
                    ink) +
             14;
    QStringList where;
    if (const Place *place = event.place(d.placeId)) {
        where << place->name;
        if (!place->area.isEmpty())
            where << place->area;
    }
    if (!where.isEmpty())
        y += fitted(p, QRectF(64, y, 832, 60), where.join(u", "_s), 21, 16, QFont::Normal, false,
                    soft) +
             6;
    QStringList visit;
    if (!d.activity.isEmpty())
        visit << d.activity;
    if (d.visitStart.isValid())
        visit << style::timeRange(d.visitStart, d.visitEnd);
    if (!visit.isEmpty())
        fitted(p, QRectF(64, y, 832, 50), visit.join(u"  ·  "_s), 17, 13, QFont::Normal, false,
               soft);
    p.setFont(font(17, QFont::DemiBold));
    p.setPen(ink);
    p.drawText(QRectF(64, ShareOutDeck::height - 86, 600, 30), Qt::AlignLeft | Qt::AlignVCenter,
               items == 0   ? u"Nothing chosen to show yet"_s
               : items == 1 ? u"1 find to share"_s
                            : u"%1 finds to share"_s.arg(items));
}

// Caption, finder and kinds in a column from `top`, for the panel beside a photo or under a
// quote.
void captionBlock(QPainter &p, const QRectF &box, const EventData &event, const TreasureItem &item,
                  const QColor &ink, const QColor &soft, const QColor &pillFill,
                  const QColor &pillInk, qreal captionPixels)
{
    qreal y = box.top();
    if (!item.caption.isEmpty())
        y += fitted(p, QRectF(box.left(), y, box.width(), box.height() - 90), item.caption,
                    captionPixels, 13, QFont::Normal, false, ink) +
             14;
    const QString credit = TreasureConsent::credit(event, item);
    if (!credit.isEmpty()) {
        p.setFont(font(15, QFont::DemiBold));
        p.setPen(soft);
        p.drawText(
            QRectF(box.left(), y, box.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(p.font()).elidedText(u"— "_s + credit, Qt::ElideRight, box.width()));
        y += 30;
    }
    pills(p, box.left(), qMin(y, box.bottom() - 24), box.right(), item.themes, pillFill, pillInk);
}

} // namespace

QList<ShareOutDeck::Slide> ShareOutDeck::slides(const EventData &event)
{
    QList<Slide> result;
    for (const Destination &d : event.destinations) {
        result.append(Slide{d.id, nullptr});
        for (const TreasureItem *item : TreasureConsent::shown(event, Audience::ShareOut, d.id))
            result.append(Slide{d.id, item});
    }
    return result;
}

QRectF ShareOutDeck::photoBox(const QSize &pixels)
{
    const qreal tallest = height - 2 * margin;
    const qreal widest = width - 3 * margin - minPanel;
    const QSizeF size = QSizeF(pixels.isValid() ? pixels : QSize(4, 3))
                            .scaled(widest, tallest, Qt::KeepAspectRatio);
    return QRectF(margin, (height - size.height()) / 2, size.width(), size.height());
}

QImage ShareOutDeck::decodePhoto(const QByteArray &jpeg, const QSize &pixels, qreal scale)
{
    QByteArray bytes = jpeg; // shared
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // stored upright
    const QSize stored = reader.size().isValid() ? reader.size() : pixels;
    const QSize wanted = (photoBox(stored).size() * scale).toSize();
    if (wanted.width() < stored.width() && wanted.height() < stored.height())
        reader.setScaledSize(stored.scaled(wanted, Qt::KeepAspectRatio));
    return reader.read();
}

void ShareOutDeck::paintSlide(QPainter &p, const QRectF &area, const EventData &event,
                              const Slide &slide, int number, int total, const QImage &photo)
{
    const Destination *d = event.destination(slide.destinationId);
    if (!d)
        return;
    p.save();
    const qreal scale = qMin(area.width() / width, area.height() / height);
    p.translate(area.left() + (area.width() - width * scale) / 2,
                area.top() + (area.height() - height * scale) / 2);
    p.scale(scale, scale);
    p.setClipRect(QRectF(0, 0, width, height));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    if (!slide.item) {
        titleSlide(p, event, *d,
                   int(TreasureConsent::shown(event, Audience::ShareOut, d->id).size()));
        QColor soft = style::textOn(style::groupColour(*d));
        soft.setAlphaF(0.7);
        slideNumber(p, number, total, soft);
        p.restore();
        return;
    }

    const TreasureItem &item = *slide.item;
    if (item.isPhoto()) {
        p.fillRect(QRectF(0, 0, width, height), dark);
        const QRectF box = photoBox(QSize(item.photo.width, item.photo.height));
        if (!photo.isNull())
            p.drawImage(box, photo);
        else
            p.fillRect(box, QColor(0x30, 0x34, 0x3a));
        const QRectF panel(box.right() + margin, margin, width - box.right() - 2 * margin,
                           height - 2 * margin - 16);
        groupLabel(p, panel.topLeft(), *d, QColor(0xe8, 0xe8, 0xe8));
        captionBlock(p, panel.adjusted(0, 44, 0, 0), event, item, Qt::white,
                     QColor(0xc8, 0xcc, 0xd2), QColor(0x34, 0x39, 0x41), QColor(0xee, 0xee, 0xee),
                     24);
        slideNumber(p, number, total, QColor(0x9a, 0xa0, 0xa8));
    } else {
        // A quote or an observation: the words large on paper, the group's colour beside them.
        p.fillRect(QRectF(0, 0, width, height), paper);
        p.fillRect(QRectF(0, 0, 14, height), style::groupColour(*d));
        groupLabel(p, QPointF(72, 44), *d, QColor(0x44, 0x44, 0x44));
        const bool quote = item.type == TreasureType::Quote;
        const QString words = quote ? u"“"_s + item.text + u"”"_s : item.text;
        p.setFont(font(13, QFont::Bold));
        p.setPen(style::grey());
        p.drawText(QRectF(72, 70, 400, 20), Qt::AlignLeft | Qt::AlignVCenter,
                   quote ? u"SAID"_s : u"SEEN"_s);
        // The words and what follows them centred in the space below the label.
        const QRectF space(72, 112, 816, height - 112 - 48);
        const qreal wordsHeight = fittedHeight(QRectF(0, 0, space.width(), 250), words,
                                               quote ? 38 : 32, 18, QFont::Normal, quote);
        const qreal below = (item.caption.isEmpty() ? 0 : 70) + 70;
        const qreal top =
            space.top() + qMax<qreal>(0, (space.height() - wordsHeight - below) / 2 - 20);
        const qreal used = fitted(p, QRectF(72, top, 816, 250), words, quote ? 38 : 32, 18,
                                  QFont::Normal, quote, QColor(0x1c, 0x1c, 0x1c));
        captionBlock(p, QRectF(72, top + used + 26, 816, space.bottom() - top - used - 26), event,
                     item, QColor(0x33, 0x33, 0x33), style::grey(), QColor(0xe4, 0xe1, 0xd8),
                     QColor(0x33, 0x33, 0x33), 19);
        slideNumber(p, number, total, style::grey());
    }
    p.restore();
}

QPageLayout ShareOutDeck::pageLayout()
{
    return QPageLayout(
        QPageSize(QSizeF(width, height), QPageSize::Point, u"16:9 slide"_s, QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

int ShareOutDeck::paint(QPagedPaintDevice *device, const EventData &event,
                        const PhotoLoader &photos, int maxSlides, const Progress &progress)
{
    const QList<Slide> all = slides(event);
    const int count = maxSlides > 0 ? int(qMin<qsizetype>(maxSlides, all.size())) : int(all.size());
    QPainter painter(device);
    const QRectF area(0, 0, device->width(), device->height());
    // Photos are decoded for about twice the slide's units: full HD on a projector.
    const qreal scale = qMin<qreal>(2.0, area.width() / width);
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(i + 1, count))
            throw Error(Error::Kind::Cancelled, u"cancelled; nothing was written"_s);
        if (i > 0)
            device->newPage();
        const Slide &slide = all[i];
        QImage photo;
        if (slide.item && slide.item->isPhoto())
            photo = decodePhoto(photos(slide.item->id),
                                QSize(slide.item->photo.width, slide.item->photo.height), scale);
        paintSlide(painter, area, event, slide, i + 1, int(all.size()), photo);
    }
    return count;
}

int ShareOutDeck::writePdf(const QString &path, const EventData &event, const PhotoLoader &photos,
                           const Progress &progress)
{
    // Two device pixels per point: the photos' resolution.
    return PdfFile::write(path, {144, event.details.title + u" — share-out"_s, pageLayout()},
                          [&](QPdfWriter *pdf) { return paint(pdf, event, photos, 0, progress); });
}

} // namespace fieldday
