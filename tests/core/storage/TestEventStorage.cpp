#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Everything written is read back as it was: every field of every entity.
class TestEventStorage : public QObject
{
    Q_OBJECT

    static EventData example()
    {
        EventData d;
        d.details.title = u"Treasure hunt"_s;
        d.details.date = QDate(2019, 3, 26);
        d.details.hubPlaceId = 1;
        d.details.dayStart = QTime(9, 30);
        d.details.dayEnd = QTime(17, 0);
        d.details.organisers = u"Jam and Justice"_s;
        d.details.partners = u"NANM"_s;
        d.details.contactEmail = u"hello@example.org"_s;
        d.details.description = u"A day out.\nTwo lines."_s;
        d.details.themes = {u"Innovation"_s, u"Spaces and places"_s};
        d.sectors = {u"Public sector"_s, u"Resident"_s};
        d.places = {
            Place{1, u"Hub"_s, u"1 Church St"_s, u"M30 0AA"_s, u"Salford"_s, 53.48, -2.33,
                  StepFree::Yes, u"Side door"_s},
            Place{2, u"Library"_s, {}, {}, {}, std::nullopt, std::nullopt, StepFree::Unknown, {}},
        };
        Destination dest;
        dest.id = 5;
        dest.position = 0;
        dest.name = u"Trafford"_s;
        dest.hostOrganisation = u"BlueSci"_s;
        dest.hostContactName = u"Ana"_s;
        dest.hostContactEmail = u"ana@example.org"_s;
        dest.hostContactPhone = u"0161 496 0000"_s;
        dest.placeId = 2;
        dest.activity = u"Visit"_s;
        dest.description = u"Wellbeing"_s;
        dest.minSize = 4;
        dest.maxSize = 12;
        dest.visitStart = QTime(11, 0);
        dest.visitEnd = QTime(13, 30);
        dest.colour = u"#0072b2"_s;
        dest.leads = {GroupLead{0, u"Lead One"_s, u"07700 900001"_s, u"one@example.org"_s}};
        d.destinations = {dest};
        Participant p;
        p.id = 3;
        p.givenName = u"Łukasz"_s;
        p.familyName = u"Nguyễn"_s;
        p.email = u"l@example.org"_s;
        p.phone = u"07700 900002"_s;
        p.organisation = u"Salford CVS"_s;
        p.role = u"Officer"_s;
        p.sector = u"Resident"_s;
        p.choices = {5};
        p.accessNeeds = u"Wheelchair user"_s;
        p.needsStepFree = true;
        p.dietaryNeeds = u"Vegan"_s;
        p.emergencyContact = u"Kim, 07700 900003"_s;
        p.consentShareContact = true;
        p.consentPhotos = false;
        p.status = ParticipantStatus::Attended;
        p.bookingRef = u"EB-1"_s;
        p.bookingSource = u"Eventbrite"_s;
        p.bookedAt = QDateTime(QDate(2019, 2, 1), QTime(10, 0));
        p.checkedInAt = QDateTime(QDate(2019, 3, 26), QTime(9, 21));
        p.notes = u"=cmd"_s;
        d.participants = {p};
        d.assignments = {Assignment{3, 5, true}};
        TransportLeg leg;
        leg.id = 8;
        leg.destinationId = 5;
        leg.direction = LegDirection::Back;
        leg.position = 0;
        leg.mode = TransportMode::CarShare;
        leg.fromPlaceId = 2;
        leg.toPlaceId = 1;
        leg.departs = QTime(13, 45);
        leg.arrives = QTime(14, 20);
        leg.seats = 4;
        leg.operatorName = u"Volunteer drivers"_s;
        leg.bookingRef = u"CS-1"_s;
        leg.stepFree = StepFree::No;
        leg.leadPhone = u"07700 900001"_s;
        leg.notes = u"Car park"_s;
        d.legs = {leg};
        d.reconvene = Reconvene{
            1,
            QTime(15, 0),
            QTime(17, 0),
            {ProgrammeItem{0, u"Share-out"_s, QTime(15, 0), QTime(15, 45), u"Each group"_s}}};
        d.agenda = {AgendaItem{0, u"Welcome"_s, QTime(9, 30), QTime(10, 15), 1, 0, u"Tea"_s},
                    AgendaItem{0, u"Lunch"_s, QTime(12, 0), QTime(12, 45), 2, 5, {}}};
        d.keepTogether = {};
        d.index();
        return d;
    }

private slots:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        const EventData original = example();
        const auto file = EventFile::create(dir.filePath(u"e.fieldday"_s), [&](EventFile &f) {
            EventWriter::writeAll(f, original);
        });
        const EventData loaded = EventReader::load(*file);

        const EventDetails &a = original.details, &b = loaded.details;
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.timeZone, u"Europe/London"_s);
        QCOMPARE(b.hubPlaceId, a.hubPlaceId);
        QCOMPARE(b.dayStart, a.dayStart);
        QCOMPARE(b.dayEnd, a.dayEnd);
        QCOMPARE(b.organisers, a.organisers);
        QCOMPARE(b.partners, a.partners);
        QCOMPARE(b.contactEmail, a.contactEmail);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.themes, a.themes);
        QCOMPARE(loaded.sectors, original.sectors);

        QCOMPARE(loaded.places.size(), 2);
        QCOMPARE(loaded.places[0].latitude, std::optional<double>(53.48));
        QCOMPARE(loaded.places[0].stepFree, StepFree::Yes);
        QCOMPARE(loaded.places[0].notes, u"Side door"_s);
        QVERIFY(!loaded.places[1].latitude.has_value());
        QCOMPARE(loaded.places[1].stepFree, StepFree::Unknown);

        QCOMPARE(loaded.destinations.size(), 1);
        const Destination &d = loaded.destinations[0];
        const Destination &o = original.destinations[0];
        QCOMPARE(d.id, o.id);
        QCOMPARE(d.name, o.name);
        QCOMPARE(d.hostContactPhone, o.hostContactPhone);
        QCOMPARE(d.placeId, o.placeId);
        QCOMPARE(d.minSize, o.minSize);
        QCOMPARE(d.maxSize, o.maxSize);
        QCOMPARE(d.visitStart, o.visitStart);
        QCOMPARE(d.visitEnd, o.visitEnd);
        QCOMPARE(d.colour, o.colour);
        QCOMPARE(d.leads.size(), 1);
        QCOMPARE(d.leads[0].phone, o.leads[0].phone);

        QCOMPARE(loaded.participants.size(), 1);
        const Participant &p = loaded.participants[0];
        const Participant &q = original.participants[0];
        QCOMPARE(p.givenName, q.givenName);
        QCOMPARE(p.familyName, q.familyName);
        QCOMPARE(p.choices, q.choices);
        QCOMPARE(p.accessNeeds, q.accessNeeds);
        QCOMPARE(p.needsStepFree, true);
        QCOMPARE(p.dietaryNeeds, q.dietaryNeeds);
        QCOMPARE(p.emergencyContact, q.emergencyContact);
        QCOMPARE(p.consentShareContact, true);
        QCOMPARE(p.consentPhotos, false);
        QCOMPARE(p.status, ParticipantStatus::Attended);
        QCOMPARE(p.bookedAt, q.bookedAt);
        QCOMPARE(p.checkedInAt, q.checkedInAt);
        QCOMPARE(p.notes, q.notes);
        QCOMPARE(loaded.destinationOf(3), 5);
        QVERIFY(loaded.assignmentOf(3)->pinned);

        QCOMPARE(loaded.legs.size(), 1);
        const TransportLeg &l = loaded.legs[0];
        QCOMPARE(l.direction, LegDirection::Back);
        QCOMPARE(l.mode, TransportMode::CarShare);
        QCOMPARE(l.seats, std::optional<int>(4));
        QCOMPARE(l.stepFree, StepFree::No);
        QCOMPARE(l.departs, QTime(13, 45));
        QCOMPARE(l.operatorName, u"Volunteer drivers"_s);

        QCOMPARE(loaded.reconvene.start, QTime(15, 0));
        QCOMPARE(loaded.reconvene.items.size(), 1);
        QCOMPARE(loaded.reconvene.items[0].title, u"Share-out"_s);
        QCOMPARE(loaded.agenda.size(), 2);
        QCOMPARE(loaded.agenda[1].destinationId, 5);
        QCOMPARE(loaded.destinationStepFree(5), StepFree::No);
    }

    void stepFreeOfADestination_data()
    {
        QTest::addColumn<int>("place");
        QTest::addColumn<int>("leg");
        QTest::addColumn<int>("expected");
        QTest::newRow("all yes") << int(StepFree::Yes) << int(StepFree::Yes) << int(StepFree::Yes);
        QTest::newRow("leg no") << int(StepFree::Yes) << int(StepFree::No) << int(StepFree::No);
        QTest::newRow("place unknown")
            << int(StepFree::Unknown) << int(StepFree::Yes) << int(StepFree::Unknown);
        QTest::newRow("no beats unknown")
            << int(StepFree::No) << int(StepFree::Unknown) << int(StepFree::No);
    }

    void stepFreeOfADestination()
    {
        QFETCH(int, place);
        QFETCH(int, leg);
        QFETCH(int, expected);
        EventData d = example();
        d.places[1].stepFree = StepFree(place);
        d.legs[0].stepFree = StepFree(leg);
        d.index();
        QCOMPARE(int(d.destinationStepFree(5)), expected);
    }
};

QTEST_GUILESS_MAIN(TestEventStorage)
#include "TestEventStorage.moc"
