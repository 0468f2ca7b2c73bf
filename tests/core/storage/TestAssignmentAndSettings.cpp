#include "storage/AssignmentRepository.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/SettingRepository.h"
#include "storage/WriteTransaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The storage of places in groups written many at once, and of the event's settings.
class TestAssignmentAndSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_file;
    int m_count = 0;

    QHash<qint64, Assignment> places() const
    {
        QHash<qint64, Assignment> result;
        for (const Assignment &a : EventReader::load(*m_file).assignments)
            result.insert(a.participantId, a);
        return result;
    }

private slots:
    void init()
    {
        EventData data;
        data.details.title = u"T"_s;
        data.details.date = QDate(2019, 3, 26);
        for (qint64 id : {1, 2}) {
            Destination d;
            d.id = id;
            d.name = id == 1 ? u"Salford"_s : u"Wigan"_s;
            d.maxSize = 10;
            data.destinations.append(d);
        }
        for (qint64 id : {1, 2, 3}) {
            Participant p;
            p.id = id;
            p.givenName = u"P"_s;
            p.familyName = QString::number(id);
            p.email = u"p%1@example.org"_s.arg(id);
            data.participants.append(p);
        }
        data.assignments = {{1, 1, true}, {2, 1, false}};
        m_file = EventFile::create(m_dir.filePath(u"e%1.fieldday"_s.arg(++m_count)),
                                   [&data](EventFile &f) { EventWriter::writeAll(f, data); });
    }
    void cleanup() { m_file.reset(); }

    void replaceUnpinnedNeverTouchesAPin()
    {
        AssignmentRepository(*m_file).replaceUnpinned({{1, 2}, {2, 2}, {3, 1}});
        const QHash<qint64, Assignment> now = places();
        QCOMPARE(now.value(1).destinationId, 1); // pinned: stays
        QVERIFY(now.value(1).pinned);
        QCOMPARE(now.value(2).destinationId, 2);
        QVERIFY(!now.value(2).pinned);
        QCOMPARE(now.value(3).destinationId, 1);
        AssignmentRepository(*m_file).replaceUnpinned({{2, 0}});
        QVERIFY(!places().contains(2)); // 0: no group
    }

    void replaceAllPutsBackExactly()
    {
        const QList<Assignment> before = EventReader::load(*m_file).assignments;
        AssignmentRepository(*m_file).replaceUnpinned({{2, 2}, {3, 2}});
        AssignmentRepository(*m_file).replaceAll(before);
        QCOMPARE(places().size(), 2);
        QVERIFY(places().value(1).pinned);
        QCOMPARE(places().value(2).destinationId, 1);
    }

    void aFailedWriteLeavesEveryPlace()
    {
        // Destination 9 does not exist: the foreign key refuses, and nothing of the call stays.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 AssignmentRepository(*m_file).replaceUnpinned({{2, 2}, {3, 9}}));
        QCOMPARE(places().value(2).destinationId, 1);
        QVERIFY(!places().contains(3));
    }

    void settingsByPrefix()
    {
        SettingRepository(*m_file).set({{u"allocation.tie_break"_s, u"draw"_s},
                                        {u"allocation.unranked_cost"_s, u"9"_s},
                                        {u"allocationX"_s, u"not mine"_s}});
        SettingRepository(*m_file).set({{u"allocation.unranked_cost"_s, u"12"_s}});
        const QMap<QString, QString> values = SettingRepository::values(*m_file, u"allocation."_s);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.value(u"allocation.tie_break"_s), u"draw"_s);
        QCOMPARE(values.value(u"allocation.unranked_cost"_s), u"12"_s);
    }

    void emailsAndDestinationNames()
    {
        const QHash<QString, qint64> ids = ParticipantRepository(*m_file).idsByEmail();
        QCOMPARE(ids.value(u"p2@example.org"_s), 2);
        QCOMPARE(ids.size(), 3);
        const QList<Destination> names = EventReader::destinationNames(*m_file);
        QCOMPARE(names.size(), 2);
        QCOMPARE(names[1].name, u"Wigan"_s);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentAndSettings)
#include "TestAssignmentAndSettings.moc"
