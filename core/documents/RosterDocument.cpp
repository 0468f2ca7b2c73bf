#include "RosterDocument.h"

#include "DocumentStyle.h"
#include "PageCanvas.h"
#include "plan/Manifest.h"

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

void detailLine(PageCanvas &canvas, const QString &label, const QString &value)
{
    // A long value (a leg's notes, three leads) wraps: on paper, what is cut off is lost.
    const QRectF area = canvas.content();
    const QFont font = canvas.font(8.5);
    const qreal height = qMax<qreal>(13, canvas.wrappedHeight(value, font, area.width() - 90));
    canvas.ensure(height);
    canvas.text(QRectF(area.left(), canvas.y(), 90, 13), label, canvas.font(8, QFont::DemiBold),
                Qt::AlignLeft | Qt::AlignVCenter, style::grey());
    canvas.wrapped(QRectF(area.left() + 90, canvas.y(), area.width() - 90, height), value, font);
    canvas.advance(height + 1);
}

QString legLine(const EventData &event, const TransportLeg &leg)
{
    QString mode = transportModeToString(leg.mode).replace(u'_', u' ');
    QString line = style::timeRange(leg.departs, leg.arrives) + u"  "_s +
                   event.placeName(leg.fromPlaceId) + u" → "_s + event.placeName(leg.toPlaceId) +
                   u"  ("_s + mode;
    if (!leg.operatorName.isEmpty())
        line += u", "_s + leg.operatorName;
    line += u')';
    if (!leg.notes.isEmpty())
        line += u"  "_s + leg.notes;
    return line;
}

void section(PageCanvas &canvas, const EventData &event, const Destination &d)
{
    style::groupHeading(canvas, event, d, u"Group roster"_s);
    const Place *venue = event.place(d.placeId);
    detailLine(canvas, u"Host"_s, d.hostOrganisation);
    QStringList contact{d.hostContactName, style::phone(d.hostContactPhone), d.hostContactEmail};
    contact.removeAll(QString());
    detailLine(canvas, u"Host contact"_s, contact.join(u"  ·  "_s));
    if (venue)
        detailLine(canvas, u"Venue"_s,
                   QStringList{venue->name, venue->address, venue->postcode}.join(u", "_s));
    detailLine(canvas, u"Visit"_s,
               style::timeRange(d.visitStart, d.visitEnd) +
                   (d.activity.isEmpty() ? QString() : u"  "_s + d.activity));
    QStringList leads;
    for (const GroupLead &lead : d.leads)
        leads << lead.name +
                     (lead.phone.isEmpty() ? QString() : u"  "_s + style::phone(lead.phone));
    detailLine(canvas, d.leads.size() > 1 ? u"Leads"_s : u"Lead"_s, leads.join(u"  ·  "_s));
    for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
        const QList<const TransportLeg *> legs = event.legsOf(d.id, direction);
        for (qsizetype i = 0; i < legs.size(); ++i)
            detailLine(canvas,
                       i                                ? QString()
                       : direction == LegDirection::Out ? u"Travel out"_s
                                                        : u"Travel back"_s,
                       legLine(event, *legs[i]));
    }
    canvas.advance(8);

    const QList<const Participant *> members = Manifest::travellers(event, d.id);
    const qreal w = canvas.content().width();
    const QList<std::pair<QString, qreal>> columns = {{u"✓"_s, 24},
                                                      {u"Name"_s, w * 0.28},
                                                      {u"Organisation"_s, w * 0.29},
                                                      {u"Mobile"_s, w * 0.16},
                                                      {u"Access"_s, w * 0.13},
                                                      {u"Photos"_s, w - 24 - w * 0.86}};
    canvas.text(QRectF(canvas.content().left(), canvas.y(), w, 14),
                u"Members (%1)"_s.arg(members.size()), canvas.font(9, QFont::Bold));
    canvas.advance(16);
    style::tableHeader(canvas, columns);
    const int rows = int(members.size()) + RosterDocument::walkInRows;
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        if (r < members.size()) {
            const Participant &p = *members[r];
            cells = {p.familyName + u", "_s + p.givenName, p.organisation, p.phone,
                     // Which kind of need, not its details (those stay with the organiser).
                     p.needsStepFree           ? u"step-free"_s
                     : p.accessNeeds.isEmpty() ? QString()
                                               : u"other need"_s,
                     p.consentPhotos ? u"yes"_s : u"no"_s};
        }
        // A long name or organisation wraps onto a second line instead of being cut.
        qreal rowHeight = 17;
        for (qsizetype c = 0; c < qMin<qsizetype>(2, cells.size()); ++c)
            rowHeight = qMax(
                rowHeight, canvas.wrappedHeight(
                               cells[c], canvas.font(8.5, c == 0 ? QFont::DemiBold : QFont::Normal),
                               columns[c + 1].second - 8) +
                               6);
        if (canvas.ensure(rowHeight)) {
            style::groupHeading(canvas, event, d, u"Group roster (continued)"_s);
            style::tableHeader(canvas, columns);
        }
        const QRectF row(canvas.content().left(), canvas.y(), w, rowHeight);
        if (r % 2)
            canvas.painter().fillRect(row, style::zebra());
        style::tickBox(canvas, QPointF(row.left() + 12, row.center().y()));
        if (!cells.isEmpty()) {
            qreal x = row.left() + columns[0].second + 6;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const bool warn =
                    (c == 3 && !cells[c].isEmpty()) || (c == 4 && cells[c] == u"no"_s);
                const QRectF cell(x, row.top(), columns[c + 1].second - 8, rowHeight);
                const QFont f = canvas.font(8.5, c == 0 ? QFont::DemiBold : QFont::Normal);
                if (c < 2)
                    canvas.wrapped(cell, cells[c], f);
                else
                    canvas.text(cell, cells[c], f, Qt::AlignLeft | Qt::AlignVCenter,
                                warn ? QColor(0xa0, 0x30, 0x00) : Qt::black);
                x += columns[c + 1].second;
            }
        } else if (r == members.size()) {
            canvas.text(QRectF(row.left() + 30, row.top(), w, rowHeight), u"Walk-ins:"_s,
                        canvas.font(7.5), Qt::AlignLeft | Qt::AlignVCenter, style::grey());
        }
        canvas.painter().setPen(QPen(style::rule(), 0.4));
        canvas.painter().drawLine(row.bottomLeft(), row.bottomRight());
        canvas.advance(rowHeight);
    }
}

} // namespace

void RosterDocument::render(PageCanvas &canvas, const EventData &event, qint64 destinationId)
{
    bool first = true;
    for (const Destination &d : event.destinations) {
        if (destinationId && d.id != destinationId)
            continue;
        if (!first)
            canvas.newPage(); // each group from a new page
        first = false;
        section(canvas, event, d);
    }
}

} // namespace fieldday
