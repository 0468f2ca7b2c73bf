#include "PlanFixture.h"
#include "plan/CalendarExporter.h"
#include "plan/Manifest.h"
#include "plan/Timeline.h"

#include <QTest>
#include <libical/ical.h>

using namespace fieldday;

// The derived timeline, the manifests, and calendars parsed back with libical.
class TestTimelineAndCalendar : public QObject
{
    Q_OBJECT

    struct Parsed
    {
        QString summary;
        QString tzid;
        QTime start;
        QTime end;
        int utcOffsetMinutes;
    };

    static QList<Parsed> parse(const QByteArray &ics)
    {
        QList<Parsed> events;
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        if (!calendar)
            return events;
        // The calendar's own VTIMEZONE resolves the TZID references.
        icalcomponent *vtz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
        icaltimezone *zone = icaltimezone_new();
        icaltimezone_set_component(zone, icalcomponent_new_clone(vtz));
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             e; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            icalproperty *start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
            icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
            icaltimetype s = icalproperty_get_dtstart(start);
            icaltimetype end = icalcomponent_get_dtend(e);
            int dst = 0;
            const int offset = icaltimezone_get_utc_offset(zone, &s, &dst);
            events.append({QString::fromUtf8(icalcomponent_get_summary(e)),
                           tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString(),
                           QTime(s.hour, s.minute), QTime(end.hour, end.minute), offset / 60});
        }
        icaltimezone_free(zone, 1);
        icalcomponent_free(calendar);
        return events;
    }

private slots:
    void laneFollowsTheDay()
    {
        const EventData e = test::cleanDay();
        const QList<TimelineLane> lanes = Timeline::build(e);
        QCOMPARE(lanes.size(), 1);
        QList<TimelineStep::Kind> kinds;
        for (const TimelineStep &s : lanes[0].steps)
            kinds << s.kind;
        QCOMPARE(kinds, (QList<TimelineStep::Kind>{
                            TimelineStep::Kind::Agenda, TimelineStep::Kind::LegOut,
                            TimelineStep::Kind::Visit, TimelineStep::Kind::Agenda,
                            TimelineStep::Kind::LegBack, TimelineStep::Kind::Reconvene}));
        QCOMPARE(lanes[0].steps[1].title, u"Hub → Library"_s);
        QVERIFY(lanes[0].steps[0].sharedByAll);
        QVERIFY(!lanes[0].steps[3].sharedByAll); // the group's own lunch
    }

    // The axis covers the day and every step, on the hour.
    void spanWidensToEveryStep()
    {
        EventData e = test::cleanDay();
        e.details.dayStart = QTime(9, 30);
        e.details.dayEnd = QTime(16, 0);
        auto [first, last] = Timeline::span(e, Timeline::build(e));
        QVERIFY(first <= QTime(9, 0) && first.minute() == 0);
        QVERIFY(last >= QTime(16, 0) && last.minute() == 0);
        // A visit moved to 07:10–18:20 widens it.
        e.destinations[0].visitStart = QTime(7, 10);
        e.destinations[0].visitEnd = QTime(18, 20);
        e.index();
        std::tie(first, last) = Timeline::span(e, Timeline::build(e));
        QCOMPARE(first, QTime(7, 0));
        QCOMPARE(last, QTime(19, 0));
    }

    void manifestListsWhoTravels()
    {
        EventData e = test::cleanDay();
        e.participants[1].status = ParticipantStatus::Cancelled;
        e.index();
        const Manifest m = Manifest::forLeg(e, e.legs[0]);
        QCOMPARE(m.members.size(), 1);
        QCOMPARE(m.members[0]->givenName, u"Zoë"_s);
        QCOMPARE(m.headcount(), 2); // Zoë and the lead
    }

    void calendarParsesBackAtLocalTimes_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("offset");
        QTest::newRow("26 March 2019: still GMT") << QDate(2019, 3, 26) << 0;
        QTest::newRow("June: summer time") << QDate(2019, 6, 12) << 60;
    }

    void calendarParsesBackAtLocalTimes()
    {
        QFETCH(QDate, date);
        QFETCH(int, offset);
        EventData e = test::cleanDay();
        e.details.date = date;
        const QList<Parsed> events = parse(CalendarExporter::exportDay(e, 1));
        const TimelineLane lane = Timeline::lane(e, e.destinations[0]);
        QCOMPARE(events.size(), lane.steps.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].tzid, u"Europe/London"_s);
            QCOMPARE(events[i].start, lane.steps[i].start);
            QCOMPARE(events[i].end, lane.steps[i].end);
            QCOMPARE(events[i].utcOffsetMinutes, offset);
        }
        QVERIFY(events[1].summary.startsWith(u"Sale: "_s));
    }

    void everyoneCalendarHasSharedStepsOnce()
    {
        EventData e = test::cleanDay();
        Destination second = e.destinations[0];
        second.id = 2;
        second.name = u"Leigh"_s;
        e.destinations.append(second);
        e.index();
        const QList<Parsed> events = parse(CalendarExporter::exportDay(e));
        int reconvenes = 0;
        for (const Parsed &p : events)
            reconvenes += p.summary == u"Reconvene"_s;
        QCOMPARE(reconvenes, 1);
        QVERIFY(std::any_of(events.cbegin(), events.cend(),
                            [](const Parsed &p) { return p.summary.startsWith(u"Leigh: "_s); }));
    }
};

QTEST_GUILESS_MAIN(TestTimelineAndCalendar)
#include "TestTimelineAndCalendar.moc"
