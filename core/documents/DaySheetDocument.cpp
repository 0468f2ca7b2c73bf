#include "DaySheetDocument.h"

#include "DocumentStyle.h"
#include "PageCanvas.h"
#include "model/PeopleCount.h"
#include "plan/Catering.h"
#include "plan/Manifest.h"
#include "plan/Timeline.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fieldday {

void DaySheetDocument::render(PageCanvas &canvas, const EventData &event)
{
    const QRectF area = canvas.content();
    QPainter &p = canvas.painter();
    const QString date = QLocale(QLocale::English, QLocale::UnitedKingdom)
                             .toString(event.details.date, u"dddd d MMMM yyyy"_s);
    canvas.text(QRectF(area.left(), canvas.y(), area.width(), 26), event.details.title,
                canvas.font(18, QFont::Bold));
    canvas.advance(26);
    const Place *hub = event.place(event.details.hubPlaceId);
    canvas.text(QRectF(area.left(), canvas.y(), area.width(), 14),
                date + u"  ·  "_s + style::timeRange(event.details.dayStart, event.details.dayEnd) +
                    (hub ? u"  ·  "_s + hub->name + u", "_s + hub->address : QString()),
                canvas.font(9), Qt::AlignLeft | Qt::AlignVCenter, style::grey());
    canvas.advance(24);

    // The time axis spans the day, on the hour.
    const QList<TimelineLane> lanes = Timeline::build(event);
    const auto [first, last] = Timeline::span(event, lanes);
    const qreal labelWidth = 110;
    const qreal left = area.left() + labelWidth, right = area.right();
    const qreal minutes = qMax(60, first.secsTo(last) / 60);
    // A copy of `first`: clang 14 cannot capture a structured binding.
    auto xOf = [&, start = first](const QTime &t) {
        return left + (right - left) * (start.secsTo(t) / 60.0) / minutes;
    };

    const qreal axisTop = canvas.y();
    const qreal laneHeight = 46;
    const qreal lanesHeight = laneHeight * qMax<qsizetype>(1, lanes.size());
    for (int h = first.hour(); h <= last.hour(); ++h) {
        const qreal x = xOf(QTime(h, 0));
        p.setPen(QPen(style::rule(), 0.4));
        p.drawLine(QPointF(x, axisTop + 12), QPointF(x, axisTop + 14 + lanesHeight));
        // The last hour's label ends at the margin instead of running off the page.
        const bool lastHour = h == last.hour();
        canvas.text(lastHour ? QRectF(x - 40, axisTop, 40, 12) : QRectF(x - 20, axisTop, 40, 12),
                    QTime(h, 0).toString(u"HH:mm"_s), canvas.font(7),
                    lastHour ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter, style::grey());
    }
    canvas.advance(14);
    for (const TimelineLane &lane : lanes) {
        const Destination *d = event.destination(lane.destinationId);
        const QColor colour = d ? style::groupColour(*d) : Qt::gray;
        const qreal top = canvas.y();
        p.fillRect(QRectF(area.left(), top + 4, 5, laneHeight - 8), colour);
        canvas.text(QRectF(area.left() + 10, top + 4, labelWidth - 14, 16), lane.name,
                    canvas.font(10, QFont::Bold));
        canvas.text(QRectF(area.left() + 10, top + 20, labelWidth - 14, 12),
                    peopleCount(Manifest::travellers(event, lane.destinationId).size()),
                    canvas.font(7.5), Qt::AlignLeft | Qt::AlignVCenter, style::grey());
        for (const TimelineStep &s : lane.steps) {
            if (!s.start.isValid() || !s.end.isValid())
                continue;
            const bool sub = s.kind == TimelineStep::Kind::Agenda && !s.sharedByAll; // e.g. lunch
            QRectF block(xOf(s.start), top + (sub ? 30 : 6), qMax(2.0, xOf(s.end) - xOf(s.start)),
                         sub ? 12 : 22);
            QColor fill;
            switch (s.kind) {
            case TimelineStep::Kind::Visit:
                fill = colour;
                break;
            case TimelineStep::Kind::LegOut:
            case TimelineStep::Kind::LegBack:
                fill = colour.lighter(165);
                break;
            default:
                fill = sub ? colour.lighter(185) : QColor(0xe2, 0xe5, 0xea);
            }
            p.setPen(QPen(Qt::white, 0.8));
            p.setBrush(fill);
            p.drawRoundedRect(block, 2.5, 2.5);
            QString label = s.title;
            for (const TransportLeg &leg : event.legs) {
                if (s.legId && leg.id == s.legId)
                    label = transportModeToString(leg.mode).replace(u'_', u' ');
            }
            canvas.text(block.adjusted(3, 0, -2, 0), label, canvas.font(sub ? 6 : 7),
                        Qt::AlignLeft | Qt::AlignVCenter, style::textOn(fill));
        }
        p.setPen(QPen(style::rule(), 0.4));
        p.drawLine(QPointF(area.left(), top + laneHeight), QPointF(right, top + laneHeight));
        canvas.advance(laneHeight);
    }
    canvas.advance(16);

    // Meeting points and contacts, one row per group.
    const qreal w = area.width();
    const QList<std::pair<QString, qreal>> columns = {
        {u"Group"_s, w * 0.10},        {u"Meets"_s, w * 0.23}, {u"Visit"_s, w * 0.20},
        {u"Host contact"_s, w * 0.14}, {u"Lead"_s, w * 0.15},  {u"Catering"_s, w * 0.18}};
    style::tableHeader(canvas, columns);
    for (qsizetype i = 0; i < event.destinations.size(); ++i) {
        const Destination &d = event.destinations[i];
        const QList<const TransportLeg *> out = event.legsOf(d.id, LegDirection::Out);
        const QString meets =
            out.isEmpty()
                ? u"—"_s
                : out.first()->departs.toString(u"HH:mm"_s) + u"  "_s +
                      event.placeName(out.first()->fromPlaceId) +
                      (out.first()->notes.isEmpty() ? QString() : u" — "_s + out.first()->notes);
        // A name and its number on a line of their own: the numbers are why the sheet is printed.
        QStringList leads;
        for (const GroupLead &lead : d.leads)
            leads << (lead.phone.isEmpty() ? lead.name
                                           : lead.name + u"  "_s + style::phone(lead.phone));
        QStringList host{d.hostContactName, style::phone(d.hostContactPhone)};
        host.removeAll(QString());
        const QStringList cells = {d.name,
                                   meets,
                                   style::timeRange(d.visitStart, d.visitEnd) + u"  "_s +
                                       event.placeName(d.placeId),
                                   host.join(u"\n"_s),
                                   leads.join(u"\n"_s),
                                   Catering::line(event, d.id)};
        // Cells wrap, and the row is as tall as its tallest cell: nothing is cut off.
        auto fontOf = [&canvas](qsizetype c) {
            return canvas.font(8, c == 0 ? QFont::Bold : QFont::Normal);
        };
        qreal rowHeight = 18;
        for (qsizetype c = 0; c < cells.size(); ++c)
            rowHeight = qMax(rowHeight,
                             canvas.wrappedHeight(cells[c], fontOf(c), columns[c].second - 8) + 8);
        canvas.ensure(rowHeight);
        const QRectF row(area.left(), canvas.y(), w, rowHeight);
        if (i % 2)
            p.fillRect(row, style::zebra());
        qreal x = row.left() + 6;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            canvas.wrapped(QRectF(x, row.top(), columns[c].second - 8, rowHeight), cells[c],
                           fontOf(c));
            x += columns[c].second;
        }
        canvas.advance(rowHeight);
    }
    canvas.advance(10);
    QStringList programme;
    for (const ProgrammeItem &item : event.reconvene.items)
        programme << item.start.toString(u"HH:mm"_s) + u" "_s + item.title;
    const QString reconvene = u"Reconvene %1 at %2: %3"_s.arg(
        style::timeRange(event.reconvene.start, event.reconvene.end),
        event.placeName(event.reconvene.placeId), programme.join(u" · "_s));
    const qreal reconveneHeight =
        qMax<qreal>(13, canvas.wrappedHeight(reconvene, canvas.font(8.5), w));
    canvas.ensure(reconveneHeight);
    canvas.wrapped(QRectF(area.left(), canvas.y(), w, reconveneHeight), reconvene,
                   canvas.font(8.5));
    canvas.advance(reconveneHeight + 3);
    if (!event.details.contactEmail.isEmpty()) {
        canvas.text(
            QRectF(area.left(), canvas.y(), w, 13),
            u"Organisers: %1 · %2"_s.arg(event.details.organisers, event.details.contactEmail),
            canvas.font(8.5), Qt::AlignLeft | Qt::AlignVCenter, style::grey());
        canvas.advance(16);
    }
}

} // namespace fieldday
