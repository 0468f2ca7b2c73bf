#include "Timeline.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {
QString modeLabel(TransportMode mode)
{
    QString text = transportModeToString(mode).replace(u'_', u' ');
    text[0] = text[0].toUpper();
    return text;
}
} // namespace

QString Timeline::kindName(TimelineStep::Kind kind)
{
    switch (kind) {
    case TimelineStep::Kind::Agenda:
        return u"agenda"_s;
    case TimelineStep::Kind::LegOut:
        return u"leg-out"_s;
    case TimelineStep::Kind::Visit:
        return u"visit"_s;
    case TimelineStep::Kind::LegBack:
        return u"leg-back"_s;
    case TimelineStep::Kind::Reconvene:
        return u"reconvene"_s;
    }
    return {};
}

TimelineLane Timeline::lane(const EventData &event, const Destination &d)
{
    TimelineLane lane{d.id, d.name, d.colour, {}};
    for (const AgendaItem &item : event.agenda) {
        if (item.destinationId && item.destinationId != d.id)
            continue;
        lane.steps.append({TimelineStep::Kind::Agenda, item.title, item.start, item.end,
                           item.placeId, 0, item.id, item.notes, item.destinationId == 0});
    }
    for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
        for (const TransportLeg *leg : event.legsOf(d.id, direction)) {
            QString detail = modeLabel(leg->mode);
            if (!leg->operatorName.isEmpty())
                detail += u", "_s + leg->operatorName;
            if (!leg->bookingRef.isEmpty())
                detail += u" (ref. "_s + leg->bookingRef + u')';
            lane.steps.append(
                {direction == LegDirection::Out ? TimelineStep::Kind::LegOut
                                                : TimelineStep::Kind::LegBack,
                 event.placeName(leg->fromPlaceId) + u" → "_s + event.placeName(leg->toPlaceId),
                 leg->departs, leg->arrives, leg->fromPlaceId, leg->id, 0, detail, false});
        }
    }
    if (d.visitStart.isValid()) {
        lane.steps.append({TimelineStep::Kind::Visit,
                           d.activity.isEmpty() ? d.hostOrganisation
                                                : d.activity + u" with "_s + d.hostOrganisation,
                           d.visitStart, d.visitEnd, d.placeId, 0, 0, d.description, false});
    }
    const Reconvene &r = event.reconvene;
    if (r.start.isValid()) {
        QStringList programme;
        for (const ProgrammeItem &item : r.items)
            programme << item.start.toString(u"HH:mm"_s) + u' ' + item.title;
        lane.steps.append({TimelineStep::Kind::Reconvene, u"Reconvene"_s, r.start, r.end, r.placeId,
                           0, 0, programme.join(u'\n'), true});
    }
    // Sub-steps of the visit (lunch) come after the visit step that contains them.
    std::stable_sort(lane.steps.begin(), lane.steps.end(),
                     [](const TimelineStep &a, const TimelineStep &b) {
                         if (a.start != b.start)
                             return a.start < b.start;
                         return a.end > b.end;
                     });
    return lane;
}

std::pair<QTime, QTime> Timeline::span(const EventData &event, const QList<TimelineLane> &lanes)
{
    QTime first = event.details.dayStart.isValid() ? event.details.dayStart : QTime(9, 0);
    QTime last = event.details.dayEnd.isValid() ? event.details.dayEnd : QTime(17, 0);
    for (const TimelineLane &lane : lanes) {
        for (const TimelineStep &s : lane.steps) {
            if (s.start.isValid() && s.start < first)
                first = s.start;
            if (s.end.isValid() && s.end > last)
                last = s.end;
        }
    }
    first = QTime(first.hour(), 0);
    if (last.minute() || last.second())
        last = QTime(qMin(23, last.hour() + 1), 0);
    return {first, last};
}

QList<TimelineLane> Timeline::build(const EventData &event)
{
    QList<TimelineLane> lanes;
    for (const Destination &d : event.destinations)
        lanes.append(lane(event, d));
    return lanes;
}

} // namespace fieldday
