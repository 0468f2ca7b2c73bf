#include "BadgeDocument.h"

#include "DocumentStyle.h"
#include "PageCanvas.h"
#include "plan/Manifest.h"

#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace fieldday {

void BadgeDocument::render(PageCanvas &canvas, const EventData &event)
{
    QList<std::pair<const Participant *, const Destination *>> badges;
    for (const Destination &d : event.destinations) {
        for (const Participant *p : Manifest::travellers(event, d.id))
            badges.append({p, &d});
    }
    const QRectF area = canvas.content();
    const qreal gap = 12;
    const qreal w = (area.width() - gap * (columns - 1)) / columns;
    const qreal h = (area.height() - gap * (rows - 1)) / rows;
    QPainter &p = canvas.painter();
    for (qsizetype i = 0; i < badges.size(); ++i) {
        if (i && i % (columns * rows) == 0)
            canvas.newPage();
        const int slot = int(i % (columns * rows));
        const QRectF badge(area.left() + (slot % columns) * (w + gap),
                           area.top() + (slot / columns) * (h + gap), w, h);
        const auto [person, group] = badges[i];
        const QColor colour = style::groupColour(*group);
        // Cut line, then the group's band along the bottom.
        p.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 0.6, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(badge, 8, 8);
        const QRectF band(badge.left(), badge.bottom() - h * 0.24, badge.width(), h * 0.24);
        QPainterPath path;
        path.addRoundedRect(badge, 8, 8);
        p.save();
        p.setClipPath(path);
        p.fillRect(band, colour);
        p.restore();
        const QRectF inner = badge.adjusted(16, 14, -16, -h * 0.24);
        canvas.text(QRectF(inner.left(), inner.top(), inner.width(), 14),
                    event.details.title.toUpper(), canvas.font(6.5, QFont::DemiBold),
                    Qt::AlignLeft | Qt::AlignVCenter, style::grey());
        canvas.text(QRectF(inner.left(), inner.top() + 18, inner.width(), 40), person->givenName,
                    canvas.font(26, QFont::Bold));
        canvas.text(QRectF(inner.left(), inner.top() + 56, inner.width(), 18), person->familyName,
                    canvas.font(13));
        canvas.text(QRectF(inner.left(), inner.top() + 78, inner.width(), 14), person->organisation,
                    canvas.font(9), Qt::AlignLeft | Qt::AlignVCenter, style::grey());
        canvas.text(band.adjusted(16, 0, -16, 0), group->name, canvas.font(15, QFont::Bold),
                    Qt::AlignLeft | Qt::AlignVCenter, style::textOn(colour));
        canvas.text(band.adjusted(16, 0, -16, 0), group->hostOrganisation, canvas.font(7.5),
                    Qt::AlignRight | Qt::AlignVCenter, style::textOn(colour));
    }
}

} // namespace fieldday
