#include "allocation/Waitlist.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Filling free places from the people left without a group, on a real event file.
class TestWaitlist : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    static Participant person(qint64 id, QList<qint64> choices, int bookedMinute,
                              ParticipantStatus status = ParticipantStatus::Booked)
    {
        Participant p;
        p.id = id;
        p.givenName = u"P%1"_s.arg(id);
        p.familyName = u"Test"_s;
        p.choices = std::move(choices);
        p.status = status;
        p.bookedAt = QDateTime(QDate(2026, 3, 1), QTime(9, bookedMinute), Qt::UTC);
        return p;
    }

    // Two groups of at most 2: A (id 1) holds one person, B (id 2) is full.
    std::unique_ptr<EventFile> makeEvent()
    {
        EventData data;
        data.details.title = u"Waitlist"_s;
        data.details.date = QDate(2026, 5, 14);
        Destination a;
        a.id = 1;
        a.name = u"A"_s;
        a.maxSize = 2;
        Destination b = a;
        b.id = 2;
        b.name = u"B"_s;
        data.destinations = {a, b};
        data.participants = {
            person(1, {1}, 0),
            person(2, {2}, 1),
            person(3, {2}, 2),
            person(4, {2, 1}, 9), // booked later than 5, but ranked A
            person(5, {2}, 5),    // ranked only B
            person(6, {1}, 3, ParticipantStatus::Cancelled),
        };
        data.assignments = {{1, 1, false}, {2, 2, false}, {3, 2, false}};
        return EventFile::create(m_dir.filePath(u"w%1.fieldday"_s.arg(++m_count)),
                                 [&data](EventFile &f) { EventWriter::writeAll(f, data); });
    }

private slots:
    void listAndOffers()
    {
        auto file = makeEvent();
        const Waitlist waitlist(EventReader::load(*file), AllocationSettings());
        QCOMPARE(waitlist.people(), (QList<qint64>{5, 4})); // booking order; not the cancelled
        QCOMPARE(waitlist.freePlaces(1), 1);
        QCOMPARE(waitlist.freePlaces(2), 0);
        QCOMPARE(waitlist.freePlaces(99), 0);
        QCOMPARE(waitlist.nextFor(1),
                 QList<qint64>{4}); // the first who ranked A, though 5 booked earlier
        QCOMPARE(waitlist.rankOf(4, 1), 2);
        QVERIFY(waitlist.nextFor(2).isEmpty()); // full
    }

    void unrankedOnlyWhenAllowed()
    {
        auto file = makeEvent();
        EventData event = EventReader::load(*file);
        event.participants[3].choices = {2}; // nobody on the list ranked A now
        AllocationSettings settings;
        settings.allowUnranked = false;
        QVERIFY(Waitlist(event, settings).nextFor(1).isEmpty());
        settings.allowUnranked = true;
        QCOMPARE(Waitlist(event, settings).nextFor(1), QList<qint64>{5}); // the first who may go
    }

    void fillWritesPinnedPlacesUpToTheMaximum()
    {
        auto file = makeEvent();
        EventData event = EventReader::load(*file);
        Destination a = *event.destination(1);
        a.maxSize = 3; // two free places now: 4 ranked A, 5 did not
        event.destinations[0] = a;
        AllocationSettings settings;
        settings.allowUnranked = true;
        Waitlist waitlist(event, settings);
        QCOMPARE(waitlist.offersFor(1), (QList<qint64>{4, 5}));
        QCOMPARE(EventReader::load(*file).destinationOf(4), 0); // offers change nothing
        QCOMPARE(waitlist.fill(*file, 1), (QList<qint64>{4, 5}));
        const EventData after = EventReader::load(*file);
        QCOMPARE(after.destinationOf(4), 1);
        QCOMPARE(after.destinationOf(5), 1);
        QVERIFY(after.assignmentOf(4)->pinned);
        QCOMPARE(after.destinationOf(1), 1);
        QVERIFY(!after.assignmentOf(1)->pinned); // others untouched
        QCOMPARE(waitlist.freePlaces(1), 0);
        QVERIFY(waitlist.fill(*file, 1).isEmpty());
    }

    void keepTogetherSetsAreFilledWhole()
    {
        auto file = makeEvent();
        EventData event = EventReader::load(*file);
        event.keepTogether = {{5, 4}};
        AllocationSettings settings;
        settings.allowUnranked = true;
        // One free place at A: 4 ranked it, but not without 5.
        QVERIFY(Waitlist(event, settings).nextFor(1).isEmpty());
        event.destinations[0].maxSize = 3;
        Waitlist waitlist(event, settings);
        QCOMPARE(waitlist.nextFor(1), (QList<qint64>{5, 4}));
        QCOMPARE(waitlist.fill(*file, 1), (QList<qint64>{5, 4}));
        const EventData after = EventReader::load(*file);
        QCOMPARE(after.destinationOf(4), 1);
        QCOMPARE(after.destinationOf(5), 1);
        QVERIFY(after.assignmentOf(5)->pinned);
    }
};

QTEST_GUILESS_MAIN(TestWaitlist)
#include "TestWaitlist.moc"
