#include "ManifestDocument.h"

#include "DocumentStyle.h"
#include "PageCanvas.h"
#include "plan/Manifest.h"

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {
// "1 member", "2 leads".
QString counted(qsizetype n, const QString &noun)
{
    return QString::number(n) + u' ' + noun + (n == 1 ? QString() : u"s"_s);
}
} // namespace

void ManifestDocument::render(PageCanvas &canvas, const EventData &event, qint64 destinationId)
{
    bool first = true;
    for (const Destination &d : event.destinations) {
        if (destinationId && d.id != destinationId)
            continue;
        for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
            for (const TransportLeg *leg : event.legsOf(d.id, direction)) {
                if (!first)
                    canvas.newPage();
                first = false;
                const Manifest manifest = Manifest::forLeg(event, *leg);
                style::groupHeading(canvas, event, d, u"Transport manifest"_s);
                const QRectF area = canvas.content();
                QString mode = transportModeToString(leg->mode).replace(u'_', u' ');
                mode[0] = mode[0].toUpper();
                canvas.text(
                    QRectF(area.left(), canvas.y(), area.width(), 20),
                    u"%1 %2 · %3 → %4"_s.arg(direction == LegDirection::Out ? u"Out"_s : u"Back"_s)
                        .arg(leg->position + 1)
                        .arg(event.placeName(leg->fromPlaceId), event.placeName(leg->toPlaceId)),
                    canvas.font(13, QFont::Bold));
                canvas.advance(22);
                QStringList facts{u"%1, departs %2, arrives %3"_s.arg(
                    mode, leg->departs.toString(u"HH:mm"_s), leg->arrives.toString(u"HH:mm"_s))};
                if (!leg->operatorName.isEmpty())
                    facts << u"Operator: "_s + leg->operatorName;
                if (!leg->bookingRef.isEmpty())
                    facts << u"Booking reference: "_s + leg->bookingRef;
                facts << (leg->seats ? u"Seats booked: %1"_s.arg(*leg->seats)
                                     : u"Unreserved seats"_s);
                if (!leg->leadPhone.isEmpty())
                    facts << u"Lead's phone: "_s + leg->leadPhone;
                if (!leg->notes.isEmpty())
                    facts << leg->notes;
                for (const QString &fact : facts) {
                    canvas.text(QRectF(area.left(), canvas.y(), area.width(), 13), fact,
                                canvas.font(9));
                    canvas.advance(14);
                }
                // The headcount box: big enough to write in by hand.
                canvas.advance(6);
                const QRectF box(area.right() - 190, canvas.y(), 190, 44);
                canvas.painter().setPen(QPen(Qt::black, 1.2));
                canvas.painter().drawRoundedRect(box, 4, 4);
                canvas.text(box.adjusted(10, 0, -10, 0),
                            u"Headcount:  ______  of %1"_s.arg(manifest.headcount()),
                            canvas.font(12, QFont::Bold));
                canvas.text(QRectF(area.left(), canvas.y(), area.width() - 200, 44),
                            u"%1 expected: %2 and %3"_s.arg(manifest.headcount())
                                .arg(counted(manifest.members.size(), u"member"_s),
                                     counted(manifest.leads.size(), u"lead"_s)),
                            canvas.font(10));
                canvas.advance(56);

                const qreal w = area.width();
                const QList<std::pair<QString, qreal>> columns = {{u"✓"_s, 24},
                                                                  {u"Name"_s, w * 0.36},
                                                                  {u"Organisation"_s, w * 0.40},
                                                                  {u"Mobile"_s, w - 24 - w * 0.76}};
                style::tableHeader(canvas, columns);
                QList<QStringList> rows;
                for (const GroupLead &lead : manifest.leads)
                    rows << QStringList{lead.name + u" (lead)"_s, QString(), lead.phone};
                for (const Participant *p : manifest.members)
                    rows << QStringList{p->familyName + u", "_s + p->givenName, p->organisation,
                                        p->consentShareContact ? p->phone : QString()};
                for (qsizetype r = 0; r < rows.size(); ++r) {
                    qreal rowHeight = 17;
                    for (qsizetype c = 0; c < 2; ++c)
                        rowHeight =
                            qMax(rowHeight,
                                 canvas.wrappedHeight(
                                     rows[r][c],
                                     canvas.font(8.5, c == 0 ? QFont::DemiBold : QFont::Normal),
                                     columns[c + 1].second - 8) +
                                     6);
                    if (canvas.ensure(rowHeight)) {
                        style::groupHeading(canvas, event, d, u"Transport manifest (continued)"_s);
                        style::tableHeader(canvas, columns);
                    }
                    const QRectF row(area.left(), canvas.y(), w, rowHeight);
                    if (r % 2)
                        canvas.painter().fillRect(row, style::zebra());
                    style::tickBox(canvas, QPointF(row.left() + 12, row.center().y()));
                    qreal x = row.left() + 30;
                    for (qsizetype c = 0; c < 3; ++c) {
                        canvas.wrapped(QRectF(x, row.top(), columns[c + 1].second - 8, rowHeight),
                                       rows[r][c],
                                       canvas.font(8.5, c == 0 ? QFont::DemiBold : QFont::Normal));
                        x += columns[c + 1].second;
                    }
                    canvas.advance(rowHeight);
                }
            }
        }
    }
}

} // namespace fieldday
