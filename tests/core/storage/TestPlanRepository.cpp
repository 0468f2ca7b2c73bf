#include "sample/EventGenerator.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/PlanRepository.h"

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
