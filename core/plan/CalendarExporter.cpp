#include "CalendarExporter.h"

#include "Timeline.h"
#include "storage/Error.h"

#include <QSet>
#include <QTimeZone>
#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

icaltimetype localTime(const QDate &date, const QTime &time, icaltimezone *zone)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = 0;
    t.is_date = 0;
    return icaltime_set_timezone(&t, zone);
}

void addTime(icalcomponent *event, icalproperty *property, const char *tzid)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(tzid));
    icalcomponent_add_property(event, property);
}

// The zone's rules for the event's year only: the transitions of that year and the offset in
// force before them, so any reader can place the times without the zone's whole history.
icalcomponent *timeZoneComponent(const QTimeZone &zone, int year)
{
    icalcomponent *vtimezone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(vtimezone, icalproperty_new_tzid(zone.id().constData()));
    const QDateTime yearStart(QDate(year, 1, 1), QTime(0, 0), zone);
    const QDateTime yearEnd(QDate(year + 1, 1, 1), QTime(0, 0), zone);
    auto add = [vtimezone](bool daylight, const QDateTime &localStart, int from, int to,
                           const QString &name) {
        icalcomponent *part =
            daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
        icaltimetype start = icaltime_null_time();
        start.year = localStart.date().year();
        start.month = localStart.date().month();
        start.day = localStart.date().day();
        start.hour = localStart.time().hour();
        start.minute = localStart.time().minute();
        start.second = localStart.time().second();
        icalcomponent_add_property(part, icalproperty_new_dtstart(start));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(from));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetto(to));
        icalcomponent_add_property(part, icalproperty_new_tzname(name.toUtf8().constData()));
        icalcomponent_add_component(vtimezone, part);
    };
    const int offsetAtStart = zone.offsetFromUtc(yearStart);
    add(zone.isDaylightTime(yearStart), yearStart.toOffsetFromUtc(offsetAtStart), offsetAtStart,
        offsetAtStart, zone.abbreviation(yearStart));
    int previous = offsetAtStart;
    for (const QTimeZone::OffsetData &t : zone.transitions(yearStart, yearEnd)) {
        // DTSTART is the local time of the change as clocks showed it before the change.
        add(t.daylightTimeOffset > 0, t.atUtc.toOffsetFromUtc(previous), previous, t.offsetFromUtc,
            t.abbreviation);
        previous = t.offsetFromUtc;
    }
    return vtimezone;
}

QString location(const EventData &event, qint64 placeId)
{
    const Place *p = event.place(placeId);
    if (!p)
        return {};
    QStringList parts{p->name};
    if (!p->address.isEmpty())
        parts << p->address;
    if (!p->postcode.isEmpty())
        parts << p->postcode;
    return parts.join(u", "_s);
}

} // namespace

QByteArray CalendarExporter::exportDay(const EventData &event, qint64 destinationId)
{
    const QTimeZone timeZone(event.details.timeZone.toUtf8());
    if (!timeZone.isValid())
        throw Error(Error::Kind::BadInput,
                    u"the event's time zone \"%1\" is not known"_s.arg(event.details.timeZone));
    const QByteArray tzid = event.details.timeZone.toUtf8();
    icaltimezone *zone = icaltimezone_new();

    icalcomponent *calendar =
        icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                            icalproperty_new_prodid("-//Fieldday//Fieldday event planner//EN"),
                            icalproperty_new_calscale("GREGORIAN"),
                            icalproperty_new_method(ICAL_METHOD_PUBLISH), nullptr);
    icalcomponent *vtimezone = timeZoneComponent(timeZone, event.details.date.year());
    icalcomponent_add_component(calendar, vtimezone);
    icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone));
    const icaltimetype stamp = icaltime_current_time_with_zone(icaltimezone_get_utc_timezone());
    const QString domain = event.details.date.toString(u"yyyyMMdd"_s) + u".fieldday"_s;

    QSet<QString> written;
    for (const TimelineLane &lane : Timeline::build(event)) {
        if (destinationId && lane.destinationId != destinationId)
            continue;
        const Destination *d = event.destination(lane.destinationId);
        for (const TimelineStep &step : lane.steps) {
            if (!step.start.isValid())
                continue;
            // A step everyone shares appears once in a calendar for everyone.
            const QString uid =
                step.sharedByAll
                    ? u"%1-%2@%3"_s.arg(Timeline::kindName(step.kind)).arg(step.itemId).arg(domain)
                    : u"%1-%2-%3-%4@%5"_s.arg(Timeline::kindName(step.kind))
                          .arg(lane.destinationId)
                          .arg(step.legId)
                          .arg(step.itemId)
                          .arg(domain);
            if (written.contains(uid))
                continue;
            written.insert(uid);
            QString summary = step.title;
            if (!step.sharedByAll)
                summary = lane.name + u": "_s + summary;
            QStringList description;
            if (!step.detail.isEmpty())
                description << step.detail;
            if (d && !step.sharedByAll) {
                description << u"Group: %1 (%2)"_s.arg(d->name, d->hostOrganisation);
                if (!d->hostContactName.isEmpty())
                    description << u"Host contact: %1 %2"_s.arg(d->hostContactName,
                                                                d->hostContactPhone);
                for (const GroupLead &lead : d->leads)
                    description << u"Group lead: %1 %2"_s.arg(lead.name, lead.phone);
            }
            icalcomponent *vevent = icalcomponent_new_vevent();
            icalcomponent_add_property(vevent, icalproperty_new_uid(uid.toUtf8().constData()));
            icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
            addTime(vevent,
                    icalproperty_new_dtstart(localTime(event.details.date, step.start, zone)),
                    tzid.constData());
            addTime(vevent,
                    icalproperty_new_dtend(localTime(
                        event.details.date, step.end.isValid() ? step.end : step.start, zone)),
                    tzid.constData());
            icalcomponent_add_property(vevent,
                                       icalproperty_new_summary(summary.toUtf8().constData()));
            const QString where = location(event, step.placeId);
            if (!where.isEmpty())
                icalcomponent_add_property(vevent,
                                           icalproperty_new_location(where.toUtf8().constData()));
            if (!description.isEmpty())
                icalcomponent_add_property(
                    vevent,
                    icalproperty_new_description(description.join(u'\n').toUtf8().constData()));
            icalcomponent_add_component(calendar, vevent);
        }
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    icaltimezone_free(zone, 1);
    return result;
}

} // namespace fieldday
