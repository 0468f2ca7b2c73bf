#include "RosterDocument.h"

#include "DocumentStyle.h"
#include "PageCanvas.h"
#include "plan/Catering.h"
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

QString forWhom(RosterDocument::Audience audience)
{
    return audience == RosterDocument::Audience::Lead ? u"For the group lead"_s : u"For the host"_s;
}

void section(PageCanvas &canvas, const EventData &event, const Destination &d,
             RosterDocument::Audience audience)
{
    const bool forLead = audience == RosterDocument::Audience::Lead;
    style::groupHeading(canvas, event, d, u"Group roster"_s, forWhom(audience));
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
    if (!forLead) {
        // The host caters and receives the group: how many need what, never who.
        detailLine(canvas, u"Catering"_s, Catering::line(event, d.id));
        detailLine(canvas, u"Access"_s, Catering::accessLine(event, d.id));
    }
    canvas.advance(8);

    const QList<const Participant *> members = Manifest::travellers(event, d.id);
    const qreal w = canvas.content().width();
    QList<std::pair<QString, qreal>> columns = {{u"✓"_s, 24},
                                                {u"Name"_s, w * 0.28},
                                                {u"Organisation"_s, w * 0.29},
                                                {u"Mobile"_s, w * 0.16},
                                                {u"Access"_s, w * 0.13},
                                                {u"Photos"_s, w - 24 - w * 0.86}};
    if (!forLead) {
        // No needs by name on the host's copy: its organisation column takes the room.
        columns[2].second += columns[4].second;
        columns.removeAt(4);
    }
    canvas.text(QRectF(canvas.content().left(), canvas.y(), w, 14),
                u"Members (%1)"_s.arg(members.size()), canvas.font(9, QFont::Bold));
    canvas.advance(16);
    style::tableHeader(canvas, columns);
    const int rows = int(members.size()) + RosterDocument::walkInRows;
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        if (r < members.size()) {
            const Participant &p = *members[r];
            // The host sees a mobile only with the person's consent, as a partner list does.
            const QString mobile = forLead || p.consentShareContact ? p.phone : u"not shared"_s;
            cells = {p.familyName + u", "_s + p.givenName, p.organisation, mobile};
            if (forLead) // which kind of need, not its details (those stay with the organiser)
                cells << (p.needsStepFree           ? u"step-free"_s
                          : p.accessNeeds.isEmpty() ? QString()
                                                    : u"other need"_s);
            cells << (p.consentPhotos ? u"yes"_s : u"no"_s);
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
            style::groupHeading(canvas, event, d, u"Group roster (continued)"_s, forWhom(audience));
            style::tableHeader(canvas, columns);
        }
        const QRectF row(canvas.content().left(), canvas.y(), w, rowHeight);
        if (r % 2)
            canvas.painter().fillRect(row, style::zebra());
        style::tickBox(canvas, QPointF(row.left() + 12, row.center().y()));
        if (!cells.isEmpty()) {
            qreal x = row.left() + columns[0].second + 6;
            const qsizetype photos = cells.size() - 1;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const bool warn = (forLead && c == 3 && !cells[c].isEmpty()) ||
                                  (c == photos && cells[c] == u"no"_s);
                const bool withheld = !forLead && c == 2 && cells[c] == u"not shared"_s;
                const QRectF cell(x, row.top(), columns[c + 1].second - 8, rowHeight);
                const QFont f =
                    canvas.font(withheld ? 7.5 : 8.5, c == 0 ? QFont::DemiBold : QFont::Normal);
                if (c < 2)
                    canvas.wrapped(cell, cells[c], f);
                else
                    canvas.text(cell, cells[c], f, Qt::AlignLeft | Qt::AlignVCenter,
                                warn       ? QColor(0xa0, 0x30, 0x00)
                                : withheld ? style::grey()
                                           : QColor(Qt::black));
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
    // Who the copy is for, and what that means for the data on it.
    const QString note =
        forLead ? u"This copy is for the group lead: it has every member's mobile, for their "
                  "safety on the day. Keep it to yourself, and destroy it after the event."_s
                : u"This copy is for the host: a mobile is shown only for people who agreed to "
                  "share their contact details; needs are given in numbers, never by name."_s;
    const QFont small = canvas.font(7.5);
    const qreal noteHeight = canvas.wrappedHeight(note, small, w);
    canvas.advance(6);
    canvas.ensure(noteHeight);
    canvas.wrapped(QRectF(canvas.content().left(), canvas.y(), w, noteHeight), note, small,
                   style::grey());
    canvas.advance(noteHeight);
}

} // namespace

void RosterDocument::render(PageCanvas &canvas, const EventData &event, qint64 destinationId,
                            Audience audience)
{
    bool first = true;
    for (const Destination &d : event.destinations) {
        if (destinationId && d.id != destinationId)
            continue;
        if (!first)
            canvas.newPage(); // each group from a new page
        first = false;
        section(canvas, event, d, audience);
    }
}

QString RosterDocument::footer(const QString &title, Audience audience)
{
    return title + (audience == Audience::Lead ? u" · Group roster for the group lead"_s
                                               : u" · Group roster for the host"_s);
}

QString RosterDocument::audienceName(Audience audience)
{
    return audience == Audience::Lead ? u"lead"_s : u"host"_s;
}

} // namespace fieldday
