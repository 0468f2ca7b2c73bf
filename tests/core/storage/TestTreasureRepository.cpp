#include "TestUtil.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/PlanRepository.h"
#include "storage/RemovalSnapshot.h"
#include "storage/SqliteStatement.h"
#include "storage/TreasureRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The treasure log in the event file: what goes in reads back the same, photos stay in their
// own table and are read one at a time, and nothing a group found is lost by a change to the
// plan, the questions or the people.
class TestTreasureRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_file;
    EventData m_sample;
    int m_count = 0;

    static QByteArray tinyJpeg()
    {
        return test::readFile(u":/fieldday/sample/photos/fridge-switch.jpg"_s);
    }

    TreasureItem quote(qint64 group) const
    {
        TreasureItem item;
        item.destinationId = group;
        item.type = TreasureType::Quote;
        item.text = u"We negotiate; we are not delivered to."_s;
        item.caption = u"The manager"_s;
        item.themes = {u"Leadership"_s};
        item.questionIds = {m_sample.details.questions[1].id};
        item.consent = FinderConsent::Publish;
        return item;
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(m_file->database());
        q.exec(u"SELECT count(*) FROM "_s + table);
        q.next();
        return q.value(0).toLongLong();
    }

    template <typename F> static QString errorOf(F &&f)
    {
        try {
            f();
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    }

private slots:
    void initTestCase() { m_sample = SampleEvent::data(); }

    void init()
    {
        m_file = EventFile::create(m_dir.filePath(u"t%1.fieldday"_s.arg(++m_count)),
                                   [this](EventFile &f) { EventWriter::writeAll(f, m_sample); });
    }
    void cleanup() { m_file.reset(); }

    void theSampleLogReadsBackAsWritten()
    {
        const EventData loaded = EventReader::load(*m_file);
        QCOMPARE(loaded.details.questions, m_sample.details.questions);
        QCOMPARE(loaded.treasure.size(), m_sample.treasure.size());
        QVERIFY(loaded.treasure.size() >= 8);
        for (const TreasureItem &item : m_sample.treasure) {
            const TreasureItem *read = loaded.treasureItem(item.id);
            QVERIFY(read);
            QCOMPARE(*read, item);
        }
        QCOMPARE(loaded.findings, m_sample.findings);
        QVERIFY(loaded.photoFiles.isEmpty()); // never read with the log
        TreasureRepository treasure(*m_file);
        for (auto it = m_sample.photoFiles.cbegin(); it != m_sample.photoFiles.cend(); ++it)
            QCOMPARE(treasure.photo(it.key()), it.value());
        QVERIFY(treasure.photo(3).isEmpty()); // a quote has no image
    }

    void listingTheLogNeverReadsAnImage()
    {
        // SQLite's authorizer is told of every column a statement reads.
        struct Reads
        {
            QStringList columns;
        } reads;
        sqlite3 *db = SqliteStatement::handleOf(*m_file);
        sqlite3_set_authorizer(
            db,
            [](void *user, int action, const char *table, const char *column, const char *,
               const char *) {
                if (action == SQLITE_READ && table && column)
                    static_cast<Reads *>(user)->columns.append(QString::fromUtf8(table) + u'.' +
                                                               QString::fromUtf8(column));
                return SQLITE_OK;
            },
            &reads);
        const EventData loaded = EventReader::load(*m_file);
        QVERIFY(!loaded.treasure.isEmpty());
        QVERIFY(reads.columns.contains(u"treasure_photo.width"_s));
        QVERIFY(!reads.columns.contains(u"treasure_photo.jpeg"_s));
        reads.columns.clear();
        TreasureRepository(*m_file).photo(1);
        QVERIFY(reads.columns.contains(u"treasure_photo.jpeg"_s));
        sqlite3_set_authorizer(db, nullptr, nullptr);
    }

    void savesUpdatesAndRemovesAQuote()
    {
        TreasureRepository treasure(*m_file);
        TreasureItem item = quote(1);
        item.id = treasure.save(item);
        QVERIFY(item.id > 0);
        QCOMPARE(*EventReader::load(*m_file).treasureItem(item.id), item);
        item.caption = u"The centre's manager"_s;
        item.themes = {u"Spaces and places"_s, u"leadership"_s}; // read in the event's order
        item.showed[1] = u"They negotiate"_s;
        treasure.save(item);
        const TreasureItem read = *EventReader::load(*m_file).treasureItem(item.id);
        QCOMPARE(read.caption, item.caption);
        QCOMPARE(read.themes, (QStringList{u"Leadership"_s, u"Spaces and places"_s}));
        QCOMPARE(read.showed[1], u"They negotiate"_s);
        treasure.remove(item.id);
        QVERIFY(!EventReader::load(*m_file).treasureItem(item.id));
    }

    void badItemsAreRefusedNamingTheField()
    {
        TreasureRepository treasure(*m_file);
        TreasureItem item = quote(99);
        QVERIFY(errorOf([&] { treasure.save(item); }).contains(u"group"_s));
        item = quote(1);
        item.text = u"  "_s;
        QVERIFY(errorOf([&] { treasure.save(item); }).contains(u"text"_s));
        item = quote(1);
        item.finderParticipantId = 9999;
        QVERIFY(errorOf([&] { treasure.save(item); }).contains(u"finder"_s));
        item = quote(1);
        item.type = TreasureType::Photo;
        item.identifiable = Identifiable::Named;
        QVERIFY(errorOf([&] { treasure.addPhoto(item, tinyJpeg()); }).contains(u"shows"_s));
        item.identifiable = Identifiable::Nobody;
        QVERIFY(errorOf([&] { treasure.save(item); }).contains(u"image"_s)); // no photo
        item.photo = PhotoInfo{10, 10, {}, {}};
        QVERIFY(errorOf([&] { treasure.addPhoto(item, "GIF89a"); }).contains(u"JPEG"_s));
        QCOMPARE(count(u"treasure_item"_s), qint64(m_sample.treasure.size()));
    }

    void aRemovedPhotoComesBackWholeWithUndo()
    {
        const qint64 id = 1; // the fridge switch: a photo, in a finding, with a question
        const QByteArray image = TreasureRepository(*m_file).photo(id);
        const TreasureItem before = *EventReader::load(*m_file).treasureItem(id);
        RemovalSnapshot snapshot;
        {
            WriteTransaction transaction(*m_file);
            snapshot = RemovalSnapshot::ofTreasureItem(*m_file, id);
            TreasureRepository(*m_file).remove(id);
            transaction.commit();
        }
        QVERIFY(TreasureRepository(*m_file).photo(id).isEmpty());
        const EventData removed = EventReader::load(*m_file);
        QVERIFY(!removed.treasureItem(id));
        for (const Finding &f : removed.findings)
            QVERIFY(!f.itemIds.contains(id));
        snapshot.restore(*m_file);
        const EventData restored = EventReader::load(*m_file);
        QCOMPARE(*restored.treasureItem(id), before);
        QCOMPARE(TreasureRepository(*m_file).photo(id), image);
        QCOMPARE(restored.findings, m_sample.findings);
    }

    void aGroupWithTreasureIsNotRemoved()
    {
        const QString message = errorOf([&] { PlanRepository(*m_file).removeDestination(1); });
        QVERIFY2(message.contains(u"Salford"_s) && message.contains(u"treasure"_s),
                 qPrintable(message));
        QVERIFY(EventReader::load(*m_file).destination(1));
    }

    void removingAPlaceAndUndoingKeepsWhereItWasFound()
    {
        const qint64 place = m_sample.treasureItem(1)->placeId;
        QVERIFY(place);
        RemovalSnapshot snapshot;
        {
            WriteTransaction transaction(*m_file);
            snapshot = RemovalSnapshot::ofPlace(*m_file, place);
            PlanRepository(*m_file).removePlace(place);
            transaction.commit();
        }
        QCOMPARE(EventReader::load(*m_file).treasureItem(1)->placeId, 0);
        snapshot.restore(*m_file);
        QCOMPARE(EventReader::load(*m_file).treasureItem(1)->placeId, place);
    }

    void aRemovedPersonStaysInThePhotoAsSomeoneUnknown()
    {
        // Item 2 shows Chiara Bellini; once she is removed, someone is still in the photo.
        const TreasureItem item = *m_sample.treasureItem(2);
        QCOMPARE(item.identifiable, Identifiable::Named);
        QCOMPARE(item.shows.size(), 1);
        ParticipantRepository(*m_file).remove(item.shows.first());
        const TreasureItem read = *EventReader::load(*m_file).treasureItem(2);
        QCOMPARE(read.identifiable, Identifiable::Named);
        QCOMPARE(read.shows, QList<qint64>{0});
        // Saved again as read (an edit of its caption), the unknown person stays.
        TreasureItem edited = read;
        edited.caption = u"Tech and Tea"_s;
        TreasureRepository(*m_file).save(edited);
        QCOMPARE(EventReader::load(*m_file).treasureItem(2)->shows, QList<qint64>{0});
        // The finder's record going leaves the item without a known finder, not without items.
        ParticipantRepository(*m_file).remove(m_sample.treasureItem(1)->finderParticipantId);
        QCOMPARE(EventReader::load(*m_file).treasureItem(1)->finderParticipantId, 0);
    }

    // Saving a find keeps the rows of the people still shown, ids and all: saved unchanged on
    // two copies, a merge then sees no change rather than two new rows for one person.
    void peopleStillShownKeepTheirRows()
    {
        const auto rowsOf = [this](qint64 item) {
            QStringList out;
            QSqlQuery q(m_file->database());
            q.prepare(u"SELECT id, participant_id FROM treasure_person WHERE item_id = ? "
                      "ORDER BY id"_s);
            q.addBindValue(item);
            q.exec();
            while (q.next())
                out << q.value(0).toString() + u':' + q.value(1).toString();
            return out;
        };
        TreasureItem item = *m_sample.treasureItem(2);
        const QStringList before = rowsOf(2);
        QCOMPARE(before.size(), 1);
        item.caption = u"Tech and Tea, again"_s;
        TreasureRepository(*m_file).save(item);
        QCOMPARE(rowsOf(2), before); // unchanged people: the same rows
        const qint64 kept = item.shows.first();
        qint64 other = 0;
        for (const Participant &p : m_sample.participants) {
            if (p.id != kept && !other)
                other = p.id;
        }
        item.shows = {kept, other};
        TreasureRepository(*m_file).save(item);
        const QStringList added = rowsOf(2);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.first(), before.first()); // the first person's row stays
        QCOMPARE(EventReader::load(*m_file).treasureItem(2)->shows, (QList<qint64>{kept, other}));
        item.shows = {other};
        TreasureRepository(*m_file).save(item);
        QCOMPARE(rowsOf(2), QStringList{added.last()});
        item.identifiable = Identifiable::Nobody;
        item.shows.clear();
        TreasureRepository(*m_file).save(item);
        QVERIFY(rowsOf(2).isEmpty());
    }

    void questionsKeepTheirLinksWhenReorderedAndAfterAnUndoneRemoval()
    {
        PlanRepository plan(*m_file);
        EventData data = EventReader::load(*m_file);
        const EventDetails original = data.details;
        EventDetails details = original;
        std::reverse(details.questions.begin(), details.questions.end());
        details.questions[0].text = u"Are spaces what enable co-production?"_s;
        plan.saveDetails(details, data.sectors);
        data = EventReader::load(*m_file);
        QCOMPARE(data.details.questions, details.questions);
        const qint64 spaces = original.questions[2].id;
        QCOMPARE(data.treasureItem(1)->questionIds, QList<qint64>{spaces});
        QCOMPARE(data.questionNumber(spaces), 2);

        details.questions.removeAt(1); // "spaces" is no longer asked
        details.questions.append(ResearchQuestion{0, u"A new question"_s});
        const QList<qint64> ids = plan.saveDetails(details, data.sectors);
        data = EventReader::load(*m_file);
        QVERIFY(data.treasureItem(1)->questionIds.isEmpty());
        QCOMPARE(ids.size(), 4);
        for (const ResearchQuestion &q : original.questions)
            QVERIFY2(ids.last() != q.id, "a removed question's id is never given again");

        plan.saveDetails(original, data.sectors); // the undo
        data = EventReader::load(*m_file);
        QCOMPARE(data.details.questions, original.questions);
        QCOMPARE(data.treasureItem(1)->questionIds, QList<qint64>{spaces});
    }

    void findingsSaveAndRemove()
    {
        TreasureRepository treasure(*m_file);
        Finding f{0,     9, u"Spaces matter"_s, u"Because…"_s, {m_sample.details.questions[2].id},
                  {1, 4}};
        f.id = treasure.saveFinding(f);
        EventData data = EventReader::load(*m_file);
        QCOMPARE(data.findings.last(), f);
        f.itemIds = {99};
        QVERIFY(errorOf([&] { treasure.saveFinding(f); }).contains(u"items"_s));
        f.title.clear();
        QVERIFY(errorOf([&] { treasure.saveFinding(f); }).contains(u"title"_s));
        treasure.removeFinding(f.id);
        QCOMPARE(EventReader::load(*m_file).findings, m_sample.findings);
    }

    void photoLongEdgeIsASettingWithLimits()
    {
        TreasureRepository treasure(*m_file);
        QCOMPARE(treasure.photoLongEdge(), 2048);
        treasure.setPhotoLongEdge(1600);
        QCOMPARE(treasure.photoLongEdge(), 1600);
        QVERIFY(errorOf([&] { treasure.setPhotoLongEdge(10); }).contains(u"photos.long_edge"_s));
        QCOMPARE(treasure.photoLongEdge(), 1600);
    }
};

QTEST_GUILESS_MAIN(TestTreasureRepository)
#include "TestTreasureRepository.moc"
