#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/IdAllocator.h"
#include "storage/ParticipantRepository.h"
#include "storage/PlanRepository.h"
#include "storage/Schema.h"
#include "storage/SharedTables.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// New rows take their ids from the file's own range, so copies of an event never give two
// different rows one id (docs/file-format.md, "Ids").
class TestIdAllocator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString sample()
    {
        const QString path = m_dir.filePath(u"e%1.fieldday"_s.arg(++m_count));
        EventFile::create(path,
                          [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
        return path;
    }
    // What sharing does to a copy, written here with plain SQL so this test needs no more.
    static void setSpace(const QString &path, int space)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE replica SET id_space = %1"_s.arg(space)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }
    static qint64 scalar(const EventFile &file, const QString &statement)
    {
        QSqlQuery q(file.database());
        if (!q.exec(statement) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static Participant person(const QString &family)
    {
        Participant p;
        p.givenName = u"Ada"_s;
        p.familyName = family;
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rangesDoNotOverlapAndStayExactInJson()
    {
        QCOMPARE(IdAllocator::firstOf(0), 1);
        QVERIFY(IdAllocator::lastOf(0) < IdAllocator::firstOf(1));
        QCOMPARE(IdAllocator::spaceOf(IdAllocator::lastOf(0)), 0);
        QCOMPARE(IdAllocator::spaceOf(IdAllocator::firstOf(5)), 5);
        QCOMPARE(IdAllocator::spaceOf(IdAllocator::lastOf(5)), 5);
        QVERIFY(IdAllocator::lastOf(IdAllocator::maxSpace) < (qint64(1) << 53));
    }

    void anOriginalCountsOnFromItsLargestId()
    {
        const auto file = EventFile::open(sample(), EventFile::Mode::ReadWrite);
        QCOMPARE(file->idSpace(), 0);
        const qint64 largest = scalar(*file, u"SELECT max(id) FROM participant"_s);
        ParticipantRepository people(*file);
        QCOMPARE(people.add(person(u"One"_s)), largest + 1);
        QCOMPARE(people.add(person(u"Two"_s)), largest + 2);
    }

    // The original after a merge holds a copy's rows: SQLite would continue the copy's range.
    void anOriginalHoldingACopysRowsStaysInItsOwnRange()
    {
        const auto file = EventFile::open(sample(), EventFile::Mode::ReadWrite);
        const qint64 largest = scalar(*file, u"SELECT max(id) FROM participant"_s);
        Participant fromCopy = person(u"Walk-in"_s);
        fromCopy.id = IdAllocator::firstOf(3) + 6;
        ParticipantRepository people(*file);
        QCOMPARE(people.add(fromCopy), fromCopy.id);
        QCOMPARE(people.add(person(u"Local"_s)), largest + 1);
    }

    void aCopyAddsEveryKindOfRowInItsRange()
    {
        const QString path = sample();
        setSpace(path, 7);
        const auto file = EventFile::open(path, EventFile::Mode::ReadWrite);
        QCOMPARE(file->idSpace(), 7);
        const qint64 first = IdAllocator::firstOf(7);

        ParticipantRepository people(*file);
        QCOMPARE(people.add(person(u"One"_s)), first);
        QCOMPARE(people.add(person(u"Two"_s)), first + 1);

        const EventData before = EventReader::load(*file);
        PlanRepository plan(*file);
        Place place;
        place.name = u"Library"_s;
        QCOMPARE(plan.save(place), first);
        Destination d;
        d.name = u"Bolton"_s;
        d.maxSize = 12;
        d.leads = {GroupLead{0, u"Lee"_s, {}, {}}};
        const qint64 destination = plan.save(d);
        QCOMPARE(destination, first);
        QCOMPARE(scalar(*file,
                        u"SELECT id FROM group_lead WHERE destination_id = %1"_s.arg(destination)),
                 first);
        TransportLeg leg;
        leg.destinationId = destination;
        QCOMPARE(plan.save(leg), first);
        AgendaItem item;
        item.title = u"Lunch"_s;
        QCOMPARE(plan.save(item), first);
        Reconvene reconvene = before.reconvene;
        reconvene.items.append(ProgrammeItem{0, u"Thanks"_s, {}, {}, {}});
        plan.saveReconvene(reconvene);
        QCOMPARE(scalar(*file, u"SELECT max(id) FROM reconvene_item"_s), first);
    }

    // Saving a list unchanged (a destination's leads, the programme) keeps its rows' ids:
    // a merge sees no change, rather than every lead deleted and added again.
    void savingAListUnchangedKeepsItsIds()
    {
        const auto file = EventFile::open(sample(), EventFile::Mode::ReadWrite);
        const EventData data = EventReader::load(*file);
        Destination d = data.destinations.first();
        QVERIFY(!d.leads.isEmpty());
        const QList<GroupLead> leads = d.leads;
        for (GroupLead &lead : d.leads)
            lead.id = 0; // as the editor hands them over
        PlanRepository(*file).save(d);
        PlanRepository(*file).saveReconvene(data.reconvene);
        const EventData after = EventReader::load(*file);
        QCOMPARE(after.destinations.first().leads, leads);
        QCOMPARE(after.reconvene.items, data.reconvene.items);
    }

    void keepTogetherSetsTakeIdsFromTheRange()
    {
        EventData data = SampleEvent::data();
        data.keepTogether = {{data.participants[0].id, data.participants[1].id},
                             {data.participants[2].id, data.participants[3].id}};
        const QString path = m_dir.filePath(u"sets.fieldday"_s);
        const auto file =
            EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        QCOMPARE(scalar(*file, u"SELECT count(DISTINCT set_id) FROM keep_together"_s), 2);
        QCOMPARE(scalar(*file, u"SELECT min(set_id) FROM keep_together"_s), 1);
    }

    // A tripwire for tables added later: every table has a descriptor in SharedTables, and a
    // table keyed by an id its new rows take from EventFile::nextId says so there.
    void everyTableIsCovered()
    {
        const auto file = EventFile::open(sample(), EventFile::Mode::ReadOnly);
        QSqlQuery q(file->database());
        QVERIFY(q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s));
        QStringList tables;
        while (q.next()) {
            const QString table = q.value(0).toString();
            tables << table;
            const SharedTable *shared = SharedTables::find(table);
            QVERIFY2(shared,
                     qPrintable(u"table %1: add its descriptor to SharedTables (does a "
                                "new row take its id from EventFile::nextId?)"_s.arg(table)));
            // A table keyed by a plain INTEGER PRIMARY KEY is one whose rows people add.
            QSqlQuery pk(file->database());
            QVERIFY(
                pk.exec(u"SELECT count(*) FROM pragma_table_info('%1') WHERE pk > 0"_s.arg(table)));
            QVERIFY(pk.next());
            QSqlQuery rowid(file->database());
            QVERIFY(rowid.exec(u"SELECT name FROM pragma_table_info('%1') WHERE pk = 1 AND type = "
                               "'INTEGER'"_s.arg(table)));
            if (pk.value(0).toInt() == 1 && rowid.next() && shared->key == SharedTable::Key::Owned)
                QVERIFY2(!rowid.value(0).toString().endsWith(u"id"_s) ||
                             rowid.value(0).toString().contains(u'_'),
                         qPrintable(table));
        }
        for (const SharedTable &shared : SharedTables::all())
            QVERIFY2(tables.contains(shared.name), qPrintable(shared.name));
        QCOMPARE(SharedTables::find(u"participant"_s)->key, SharedTable::Key::Allocated);
    }

    void earlierFilesKeepTheirIds()
    {
        const auto file = EventFile::open(sample(), EventFile::Mode::ReadWrite);
        QCOMPARE(file->schemaVersion(), Schema::currentVersion());
        QCOMPARE(scalar(*file, u"SELECT min(id) FROM participant"_s), 1);
        QCOMPARE(scalar(*file, u"SELECT id_space FROM replica"_s), 0);
        QCOMPARE(scalar(*file, u"SELECT length(event_uid) FROM replica"_s), 32);
    }
};

QTEST_GUILESS_MAIN(TestIdAllocator)
#include "TestIdAllocator.moc"
