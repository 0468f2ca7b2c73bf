#include "sample/EventGenerator.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/PlanRepository.h"
#include "storage/RemovalSnapshot.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Editing the plan: updates keep what refers to the thing edited; removal and restore by id.
class TestPlanRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_file;
    int m_count = 0;

    // Every row of every table, in a stable order.
    QString dump() const
    {
        QStringList lines;
        QSqlQuery tables(m_file->database());
        tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
        while (tables.next()) {
            QSqlQuery rows(m_file->database());
            rows.exec(u"SELECT * FROM \"%1\" ORDER BY 1, 2"_s.arg(tables.value(0).toString()));
            while (rows.next()) {
                QStringList values{tables.value(0).toString()};
                for (int c = 0; c < rows.record().count(); ++c)
                    values.append(rows.value(c).toString());
                lines.append(values.join(u'|'));
            }
        }
        return lines.join(u'\n');
    }

private slots:
    void init()
    {
        EventGenerator::Options options;
        options.participants = 10;
        options.destinations = 2;
        EventData data = EventGenerator::generate(options);
        data.assignments = {Assignment{1, 1, true}};
        m_file = EventFile::create(m_dir.filePath(u"p%1.fieldday"_s.arg(++m_count)),
                                   [&data](EventFile &f) { EventWriter::writeAll(f, data); });
    }
    void cleanup() { m_file.reset(); }

    void updatingAPlaceKeepsWhatRefersToIt()
    {
        EventData before = EventReader::load(*m_file);
        Place hub = *before.place(before.details.hubPlaceId);
        hub.name = u"Eccles Town Hall"_s;
        hub.stepFree = StepFree::No;
        PlanRepository(*m_file).save(hub);
        const EventData after = EventReader::load(*m_file);
        QCOMPARE(after.details.hubPlaceId, hub.id);
        QCOMPARE(after.place(hub.id)->name, u"Eccles Town Hall"_s);
        QCOMPARE(after.legs.size(), before.legs.size());
        QCOMPARE(after.legs[0].fromPlaceId, before.legs[0].fromPlaceId);
    }

    void updatingADestinationKeepsItsLegsAndPeople()
    {
        Destination d = *EventReader::load(*m_file).destination(1);
        d.name = u"Salford"_s;
        d.maxSize = 30;
        d.leads = {GroupLead{0, u"Ana"_s, u"07700 900111"_s, {}}, GroupLead{0, u"Ben"_s, {}, {}}};
        PlanRepository(*m_file).save(d);
        const EventData after = EventReader::load(*m_file);
        QCOMPARE(after.destination(1)->name, u"Salford"_s);
        QCOMPARE(after.destination(1)->leads.size(), 2);
        QCOMPARE(after.legsOf(1, LegDirection::Out).size(), 1);
        QCOMPARE(after.destinationOf(1), 1);
    }

    void removeAndRestoreById()
    {
        const EventData before = EventReader::load(*m_file);
        const TransportLeg leg = before.legs.first();
        PlanRepository plan(*m_file);
        plan.removeLeg(leg.id);
        QCOMPARE(EventReader::load(*m_file).legs.size(), before.legs.size() - 1);
        QCOMPARE(plan.save(leg), leg.id);
        const EventData after = EventReader::load(*m_file);
        QCOMPARE(after.legs.size(), before.legs.size());
        QCOMPARE(after.legsOf(leg.destinationId, leg.direction).first()->departs, leg.departs);
    }

    void removingADestinationAndRestoringItsSnapshot()
    {
        PlanRepository plan(*m_file);
        plan.save(AgendaItem{0, u"Tour"_s, QTime(11, 30), QTime(12, 0), 0, 1, {}});
        Destination d = *EventReader::load(*m_file).destination(1);
        d.leads = {GroupLead{0, u"Ana"_s, u"07700 900111"_s, {}}};
        plan.save(d);
        const QString before = dump();
        const EventData data = EventReader::load(*m_file);
        const auto choosers =
            std::count_if(data.participants.cbegin(), data.participants.cend(),
                          [](const Participant &p) { return p.choices.contains(qint64(1)); });
        QVERIFY(choosers > 0);

        const RemovalSnapshot snapshot = RemovalSnapshot::ofDestination(*m_file, 1);
        QCOMPARE(snapshot.id(), 1);
        QVERIFY(!snapshot.isEmpty());
        QCOMPARE(snapshot.count(u"participant_choice"_s), choosers);
        QCOMPARE(snapshot.count(u"assignment"_s), 1);
        plan.removeDestination(1);
        const EventData removed = EventReader::load(*m_file);
        QVERIFY(!removed.destination(1));
        QCOMPARE(removed.destinationOf(1), 0);
        QVERIFY(removed.legsOf(1, LegDirection::Out).isEmpty());
        for (const Participant &p : removed.participants)
            QVERIFY(!p.choices.contains(qint64(1)));
        QVERIFY(dump() != before);

        snapshot.restore(*m_file);
        QCOMPARE(dump(), before); // every row, id and rank as it was
    }

    void removingAPlaceAndRestoringEveryReference()
    {
        const EventData before = EventReader::load(*m_file);
        const qint64 hub = before.details.hubPlaceId;
        QVERIFY(hub);
        PlanRepository plan(*m_file);
        plan.save(AgendaItem{0, u"Coffee"_s, QTime(9, 0), QTime(9, 30), hub, 0, {}});
        const QString saved = dump();

        const RemovalSnapshot snapshot = RemovalSnapshot::ofPlace(*m_file, hub);
        QCOMPARE(snapshot.id(), hub);
        QCOMPARE(snapshot.count(u"place"_s), 1);
        QCOMPARE(snapshot.count(u"event"_s), 1);
        QCOMPARE(snapshot.count(u"agenda_item"_s), 2); // the generated welcome, and the coffee
        QVERIFY(snapshot.count(u"transport_leg"_s) > 0); // the legs leave from the hub
        plan.removePlace(hub);
        const EventData removed = EventReader::load(*m_file);
        QCOMPARE(removed.details.hubPlaceId, 0);
        for (const TransportLeg &leg : removed.legs)
            QVERIFY(leg.fromPlaceId != hub && leg.toPlaceId != hub);

        snapshot.restore(*m_file);
        QCOMPARE(dump(), saved); // the place, the hub, the legs' ends, the agenda item's place
    }

    void aSnapshotThatNoLongerFitsRestoresNothing()
    {
        const RemovalSnapshot snapshot = RemovalSnapshot::ofDestination(*m_file, 1);
        PlanRepository plan(*m_file);
        plan.removeDestination(1);
        const QString untouched = EventReader::load(*m_file).destination(2)->name;
        // Another destination now holds the removed one's id: the restore must fail whole.
        Destination other;
        other.id = 1;
        other.name = u"Someone else"_s;
        plan.save(other);
        const QString before = dump();
        QVERIFY_THROWS_EXCEPTION(Error, snapshot.restore(*m_file));
        QCOMPARE(dump(), before);
        QCOMPARE(EventReader::load(*m_file).destination(2)->name, untouched);
    }

    void newEntitiesGetIds()
    {
        PlanRepository plan(*m_file);
        Place p;
        p.name = u"Coppice Library"_s;
        const qint64 id = plan.save(p);
        QVERIFY(id > 0);
        AgendaItem lunch{0, u"Lunch"_s, QTime(12, 30), QTime(13, 15), id, 2, {}};
        const qint64 lunchId = plan.save(lunch);
        QVERIFY(lunchId > 0);
        QCOMPARE(EventReader::load(*m_file).agenda.size(), 2);
    }

    void validation_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("destination min > max") << 0 << u"minimum ≤ maximum"_s;
        QTest::newRow("duplicate group name") << 1 << u"already called"_s;
        QTest::newRow("leg arrives before it departs") << 2 << u"ends (10:00) before it starts"_s;
        QTest::newRow("place without name") << 3 << u"a name is required"_s;
    }

    void validation()
    {
        QFETCH(int, what);
        QFETCH(QString, message);
        const EventData before = EventReader::load(*m_file);
        PlanRepository plan(*m_file);
        try {
            if (what == 0) {
                Destination d = before.destinations[0];
                d.minSize = 10;
                d.maxSize = 5;
                plan.save(d);
            } else if (what == 1) {
                Destination d = before.destinations[0];
                d.name = before.destinations[1].name.toUpper();
                plan.save(d);
            } else if (what == 2) {
                TransportLeg leg = before.legs[0];
                leg.departs = QTime(11, 0);
                leg.arrives = QTime(10, 0);
                plan.save(leg);
            } else {
                plan.save(Place{});
            }
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        const EventData after = EventReader::load(*m_file);
        QCOMPARE(after.destinations[0].name, before.destinations[0].name);
        QCOMPARE(after.legs[0].departs, before.legs[0].departs);
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "TestPlanRepository.moc"
