#include "EarlierVersion.h"
#include "MergeTestUtil.h"
#include "OtherTool.h"
#include "TestUtil.h"
#include "storage/CopyMerger.h"
#include "storage/CopySharing.h"
#include "storage/Error.h"
#include "storage/IdAllocator.h"
#include "storage/ParticipantRepository.h"
#include "storage/Schema.h"
#include "storage/SharedState.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;
using namespace fieldday::mergetest;

// Sharing a copy and merging it back: one test per rule of docs/file-format.md, "Merging".
class TestCopyMerger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString path(const QString &name)
    {
        return m_dir.filePath(u"%1-%2.fieldday"_s.arg(++m_count).arg(name));
    }

    // An original and one copy shared from it.
    struct Pair
    {
        QString original, copy;
    };
    Pair shared(const QString &name = u"Wigan lead"_s)
    {
        Pair p{path(u"original"_s), path(u"copy"_s)};
        const auto original = createSample(p.original);
        CopySharing::share(*original, p.copy, name);
        return p;
    }
    static std::unique_ptr<EventFile> open(const QString &file)
    {
        return EventFile::open(file, EventFile::Mode::ReadWrite);
    }
    static MergeReport merge(const QString &original, const QString &copy,
                             MergeTake take = MergeTake::Ask, bool dryRun = false)
    {
        const auto file = open(original);
        CopyMerger::Options options;
        options.take = take;
        options.dryRun = dryRun;
        return CopyMerger::merge(*file, copy, options);
    }
    static QString describe(const MergeReport &r)
    {
        QStringList lines{r.summary()};
        for (const MergeConflict &c : r.conflicts)
            lines << u"%1 %2 %3: shared %4, mine %5, theirs %6"_s.arg(int(c.kind))
                         .arg(c.row, c.column, c.shared.toString(), c.mine.toString(),
                              c.theirs.toString());
        return lines.join(u'\n');
    }
    static Participant walkIn(const QString &given, const QString &email)
    {
        Participant p;
        p.givenName = given;
        p.familyName = u"Walk-in"_s;
        p.email = email;
        return p;
    }
    static QString phoneOf(const QString &file, qint64 id)
    {
        const auto f = EventFile::open(file, EventFile::Mode::ReadOnly);
        return scalar(*f, u"SELECT phone FROM participant WHERE id = ?"_s, {id}).toString();
    }
    static QStringList dumpOf(const QString &file)
    {
        const auto f = EventFile::open(file, EventFile::Mode::ReadOnly);
        return dump(*f) + rows(*f, u"SELECT uid, merges FROM sharing"_s) +
               rows(*f, u"SELECT sharing_uid, part, bytes FROM sharing_state ORDER BY 1, 2"_s);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aSharedCopyIsCompleteAndKnowsItsSharing()
    {
        const Pair p = shared();
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        const auto copy = EventFile::open(p.copy, EventFile::Mode::ReadWrite);
        QCOMPARE(dump(*copy), dump(*original));
        QCOMPARE(copy->idSpace(), 1);
        QCOMPARE(original->idSpace(), 0);
        QCOMPARE(scalar(*copy, u"SELECT copy_name FROM replica"_s).toString(), u"Wigan lead"_s);
        QCOMPARE(scalar(*copy, u"SELECT event_uid FROM replica"_s),
                 scalar(*original, u"SELECT event_uid FROM replica"_s));
        QCOMPARE(scalar(*copy, u"SELECT sharing_uid FROM replica"_s),
                 scalar(*original, u"SELECT uid FROM sharing"_s));
        QCOMPARE(scalar(*copy, u"SELECT count(*) FROM sharing"_s).toInt(), 0);
        QVERIFY(scalar(*original, u"SELECT sum(length(bytes)) FROM sharing_state"_s).toInt() >
                1000);
        // A walk-in in the copy takes an id of the copy's own range.
        const qint64 id =
            ParticipantRepository(*copy).add(walkIn(u"Wren"_s, u"wren@example.org"_s));
        QCOMPARE(IdAllocator::spaceOf(id), 1);
    }

    void aSecondCopyGetsItsOwnRange()
    {
        const Pair p = shared();
        const QString second = path(u"second"_s);
        CopySharing::share(*open(p.original), second, u"Hub desk"_s);
        QCOMPARE(EventFile::open(second, EventFile::Mode::ReadOnly)->idSpace(), 2);
        QVERIFY_THROWS_EXCEPTION(Error, CopySharing::share(*open(p.original), second, u"x"_s));
        QVERIFY_THROWS_EXCEPTION(Error, CopySharing::share(*open(p.copy), path(u"c"_s), u"x"_s));
    }

    void aCopyWithoutChangesBringsNothing()
    {
        const Pair p = shared();
        const QStringList before = dumpOf(p.original);
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY(report.nothingNew);
        QVERIFY(!report.applied);
        QCOMPARE(dumpOf(p.original), before);
    }

    void theCopysChangesComeInAndASecondMergeIsANoOp()
    {
        const Pair p = shared();
        qint64 walkInId = 0;
        {
            const auto copy = open(p.copy);
            ParticipantRepository people(*copy);
            for (qint64 id : {1, 2, 3})
                people.checkIn(id, QDateTime(QDate(2019, 3, 26), QTime(9, 40), Qt::UTC));
            walkInId = people.add(walkIn(u"Wren"_s, u"wren@example.org"_s));
            people.checkIn(walkInId, QDateTime(QDate(2019, 3, 26), QTime(9, 45), Qt::UTC));
            const qint64 destination =
                scalar(*copy, u"SELECT min(id) FROM destination"_s).toLongLong();
            people.assign(walkInId, destination, true);
            QVERIFY(run(*copy, u"UPDATE transport_leg SET departs = '10:05' WHERE id = "
                               "(SELECT min(id) FROM transport_leg)"_s));
        }
        {
            const auto original = open(p.original);
            QVERIFY(run(*original, u"UPDATE participant SET phone = '0161 000' WHERE id = 10"_s));
        }
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY(report.applied);
        QCOMPARE(report.checkIns, 3);
        QCOMPARE(report.walkIns, 1);
        QCOMPARE(report.tables.value(u"transport_leg"_s).changed, 1);
        QVERIFY(report.conflicts.isEmpty());
        QVERIFY2(report.summary().startsWith(u"3 check-ins, 1 walk-in"_s),
                 qPrintable(report.summary()));
        QVERIFY(report.summary().contains(u"1 leg changed from Wigan lead"_s));
        QVERIFY(QFile::exists(report.backupPath));
        {
            const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
            QVERIFY(clean(*original));
            QCOMPARE(scalar(*original,
                            u"SELECT count(*) FROM participant WHERE checked_in_at IS NOT NULL"_s)
                         .toInt(),
                     4);
            QCOMPARE(scalar(*original, u"SELECT status FROM participant WHERE id = ?"_s, {walkInId})
                         .toString(),
                     u"attended"_s);
            QVERIFY(scalar(*original, u"SELECT count(*) FROM assignment WHERE participant_id = ?"_s,
                           {walkInId})
                        .toInt() == 1);
            QCOMPARE(scalar(*original, u"SELECT phone FROM participant WHERE id = 10"_s).toString(),
                     u"0161 000"_s);
            QCOMPARE(scalar(*original, u"SELECT departs FROM transport_leg ORDER BY id LIMIT 1"_s)
                         .toString(),
                     u"10:05"_s);
            // The backup is the original as it was.
            const auto backup = EventFile::open(report.backupPath, EventFile::Mode::ReadOnly);
            QCOMPARE(scalar(*backup, u"SELECT count(*) FROM participant"_s).toInt() + 1,
                     scalar(*original, u"SELECT count(*) FROM participant"_s).toInt());
        }
        const QStringList after = dumpOf(p.original);
        const MergeReport again = merge(p.original, p.copy);
        QVERIFY(again.nothingNew);
        QCOMPARE(dumpOf(p.original), after);

        // The copy goes on being used: only what changed since comes in.
        {
            const auto copy = open(p.copy);
            ParticipantRepository(*copy).checkIn(
                4, QDateTime(QDate(2019, 3, 26), QTime(9, 50), Qt::UTC));
        }
        const MergeReport later = merge(p.original, p.copy);
        QVERIFY(later.applied);
        QCOMPARE(later.checkIns, 1);
        QCOMPARE(later.walkIns, 0);
        QCOMPARE(later.tables.value(u"participant"_s).changed, 1);
        QCOMPARE(later.summary(), u"1 check-in from Wigan lead"_s);
    }

    void aFieldBothChangedNeedsADecision()
    {
        const Pair p = shared();
        {
            const auto copy = open(p.copy);
            QVERIFY(run(
                *copy,
                u"UPDATE participant SET phone = 'theirs', notes = 'from copy' WHERE id = 5"_s));
        }
        {
            const auto original = open(p.original);
            QVERIFY(run(
                *original,
                u"UPDATE participant SET phone = 'mine', organisation = 'Mine Ltd' WHERE id = 5"_s));
        }
        const QStringList before = dumpOf(p.original);
        const MergeReport undecided = merge(p.original, p.copy);
        QVERIFY(!undecided.applied);
        QCOMPARE(undecided.needingDecision(), 1);
        QCOMPARE(undecided.undecided(), 1);
        const MergeConflict c = undecided.conflicts.first();
        QCOMPARE(c.kind, MergeConflict::Kind::BothChanged);
        QCOMPARE(c.column, u"phone"_s);
        QCOMPARE(c.mine.toString(), u"mine"_s);
        QCOMPARE(c.theirs.toString(), u"theirs"_s);
        QVERIFY(c.row.contains(u"participant 5"_s) || c.row.contains(u"person 5"_s));
        QCOMPARE(dumpOf(p.original), before); // nothing applied, no backup left
        QVERIFY(undecided.backupPath.isEmpty());

        // A decision for this conflict alone.
        {
            const auto original = open(p.original);
            CopyMerger::Options options;
            options.choices.insert(c.id(), MergeTake::Theirs);
            const MergeReport report = CopyMerger::merge(*original, p.copy, options);
            QVERIFY(report.applied);
            QCOMPARE(scalar(*original, u"SELECT phone FROM participant WHERE id = 5"_s).toString(),
                     u"theirs"_s);
            // Fields only one side changed need no decision.
            QCOMPARE(scalar(*original, u"SELECT notes FROM participant WHERE id = 5"_s).toString(),
                     u"from copy"_s);
            QCOMPARE(scalar(*original, u"SELECT organisation FROM participant WHERE id = 5"_s)
                         .toString(),
                     u"Mine Ltd"_s);
        }
    }

    void takeMineKeepsTheOriginalsValue()
    {
        const Pair p = shared();
        QVERIFY(run(*open(p.copy), u"UPDATE participant SET phone = 'theirs' WHERE id = 5"_s));
        QVERIFY(run(*open(p.original), u"UPDATE participant SET phone = 'mine' WHERE id = 5"_s));
        const MergeReport report = merge(p.original, p.copy, MergeTake::Mine);
        QVERIFY(report.applied);
        QCOMPARE(report.conflicts.first().resolution, MergeTake::Mine);
        QCOMPARE(phoneOf(p.original, 5), u"mine"_s);
        QVERIFY(merge(p.original, p.copy).nothingNew);
    }

    void checkInsAreNeverLost()
    {
        const Pair p = shared();
        const QDateTime early(QDate(2019, 3, 26), QTime(9, 31), Qt::UTC);
        const QDateTime late(QDate(2019, 3, 26), QTime(10, 2), Qt::UTC);
        {
            const auto copy = open(p.copy);
            ParticipantRepository people(*copy);
            people.checkIn(7, early);
            people.checkIn(8, late);
            people.checkIn(9, late);
        }
        {
            const auto original = open(p.original);
            ParticipantRepository people(*original);
            people.checkIn(7, late);
            people.checkIn(8, early);
            people.markNoShow(9); // the hub gave up on them; the group lead saw them arrive
        }
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY(report.applied);
        QCOMPARE(report.needingDecision(), 0);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        for (qint64 id : {7, 8, 9}) {
            QCOMPARE(scalar(*original, u"SELECT status FROM participant WHERE id = ?"_s, {id})
                         .toString(),
                     u"attended"_s);
        }
        QCOMPARE(ParticipantRepository(*original).find(7)->checkedInAt, early);
        QCOMPARE(ParticipantRepository(*original).find(8)->checkedInAt, early);
        QCOMPARE(ParticipantRepository(*original).find(9)->checkedInAt, late);
    }

    void deletedHereChangedThereIsKept()
    {
        const Pair p = shared();
        const auto choices = [](const QString &file) {
            const auto f = EventFile::open(file, EventFile::Mode::ReadOnly);
            return rows(*f, u"SELECT * FROM participant_choice WHERE participant_id = 11"_s);
        };
        const QStringList choicesBefore = choices(p.original);
        QVERIFY(!choicesBefore.isEmpty());
        ParticipantRepository(*open(p.copy))
            .checkIn(11, QDateTime(QDate(2019, 3, 26), QTime(9, 35), Qt::UTC));
        ParticipantRepository(*open(p.original)).remove(11);
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY(report.applied);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts.first().kind, MergeConflict::Kind::DeletedHereChangedThere);
        QCOMPARE(report.conflicts.first().table, u"participant"_s);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        QVERIFY(ParticipantRepository(*original).find(11)->checkedInAt.isValid());
        QCOMPARE(choices(p.original), choicesBefore); // with their choices
        QVERIFY(clean(*original));
    }

    void deletedThereChangedHereIsKept()
    {
        const Pair p = shared();
        ParticipantRepository(*open(p.copy)).remove(12);
        QVERIFY(run(*open(p.original),
                    u"UPDATE participant SET notes = 'arrives late' WHERE id = 12"_s));
        const QStringList choicesBefore =
            rows(*EventFile::open(p.original, EventFile::Mode::ReadOnly),
                 u"SELECT * FROM participant_choice WHERE participant_id = 12"_s);
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY(report.applied);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts.first().kind, MergeConflict::Kind::DeletedThereChangedHere);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        QCOMPARE(scalar(*original, u"SELECT notes FROM participant WHERE id = 12"_s).toString(),
                 u"arrives late"_s);
        QCOMPARE(rows(*original, u"SELECT * FROM participant_choice WHERE participant_id = 12"_s),
                 choicesBefore);
        QVERIFY(clean(*original));
    }

    // A person's group is part of them: moved here, deleted there, they stay, in their group.
    void deletedThereWithAGroupChangedHereIsKept()
    {
        const Pair p = shared();
        ParticipantRepository(*open(p.copy)).remove(14);
        qint64 group = 0;
        {
            const auto original = open(p.original);
            group = scalar(*original, u"SELECT max(id) FROM destination"_s).toLongLong();
            ParticipantRepository(*original).assign(14, group, true);
        }
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY(report.applied);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts.first().kind, MergeConflict::Kind::DeletedThereChangedHere);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        QVERIFY(ParticipantRepository(*original).find(14));
        QCOMPARE(
            scalar(*original, u"SELECT destination_id FROM assignment WHERE participant_id = 14"_s)
                .toLongLong(),
            group);
        QVERIFY(clean(*original));
    }

    void deletedOnOneSideOnlyGoes()
    {
        const Pair p = shared();
        ParticipantRepository(*open(p.copy)).remove(13);
        QVERIFY(merge(p.original, p.copy).applied);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        QVERIFY(!ParticipantRepository(*original).find(13));
        QVERIFY(clean(*original));
    }

    void theSameNewPersonOnBothSidesIsOne()
    {
        const Pair p = shared();
        qint64 mineId = 0, theirsId = 0;
        {
            const auto copy = open(p.copy);
            Participant w = walkIn(u"Rowan"_s, u"Rowan@Example.org"_s);
            w.phone = u"07700 900123"_s;
            theirsId = ParticipantRepository(*copy).add(w);
            ParticipantRepository(*copy).checkIn(
                theirsId, QDateTime(QDate(2019, 3, 26), QTime(9, 50), Qt::UTC));
        }
        mineId = ParticipantRepository(*open(p.original))
                     .add(walkIn(u"Rowan"_s, u"rowan@example.org"_s));
        QVERIFY(mineId != theirsId);
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY2(report.applied, qPrintable(describe(report)));
        QCOMPARE(report.samePeople, 1);
        QCOMPARE(report.needingDecision(), 0);
        {
            const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
            QCOMPARE(
                scalar(
                    *original,
                    u"SELECT count(*) FROM participant WHERE lower(email) = 'rowan@example.org'"_s)
                    .toInt(),
                1);
            const Participant rowan = *ParticipantRepository(*original).find(mineId);
            QCOMPARE(rowan.phone, u"07700 900123"_s); // the copy filled in what was empty here
            QVERIFY(rowan.checkedInAt.isValid());
        }
        QVERIFY(merge(p.original, p.copy).nothingNew);
        // Later changes of the copy's record reach the one person.
        QVERIFY(run(*open(p.copy), u"UPDATE participant SET notes = 'vegan lunch' WHERE id = ?"_s,
                    {theirsId}));
        QVERIFY(merge(p.original, p.copy).applied);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        QCOMPARE(
            scalar(*original, u"SELECT notes FROM participant WHERE id = ?"_s, {mineId}).toString(),
            u"vegan lunch"_s);
        QCOMPARE(
            scalar(*original,
                   u"SELECT count(*) FROM participant WHERE lower(email) = 'rowan@example.org'"_s)
                .toInt(),
            1);
    }

    // SQLite alone would give both the next rowid; a merge would then drop the second.
    void twoNewPeopleInTwoCopiesNeverShareAnId()
    {
        const Pair p = shared();
        const QString second = path(u"second"_s);
        CopySharing::share(*open(p.original), second, u"Hub desk"_s);
        const QDateTime at(QDate(2019, 3, 26), QTime(9, 55), Qt::UTC);
        qint64 a = 0, b = 0;
        {
            const auto copy = open(p.copy);
            a = ParticipantRepository(*copy).add(walkIn(u"Ash"_s, u"ash@example.org"_s));
            ParticipantRepository(*copy).checkIn(a, at);
        }
        {
            const auto copy = open(second);
            b = ParticipantRepository(*copy).add(walkIn(u"Birch"_s, u"birch@example.org"_s));
            ParticipantRepository(*copy).checkIn(b, at);
        }
        QVERIFY(a != b);
        QVERIFY(merge(p.original, p.copy).applied);
        QVERIFY(merge(p.original, second).applied);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        QCOMPARE(scalar(*original,
                        u"SELECT count(*) FROM participant WHERE id IN (?, ?) "
                        "AND checked_in_at IS NOT NULL"_s,
                        {a, b})
                     .toInt(),
                 2);
        QVERIFY(clean(*original));
    }

    // Each change saved in a copy leaves a token, and a change that wrote nothing does not; an
    // original leaves none.
    void changesInACopyLeaveTokens()
    {
        const Pair p = shared();
        const auto count = [](const QString &file) {
            return scalar(*EventFile::open(file, EventFile::Mode::ReadOnly),
                          u"SELECT count(*) FROM replica_edit"_s)
                .toInt();
        };
        const int before = count(p.copy);
        ParticipantRepository(*open(p.copy)).add(walkIn(u"Wren"_s, u"wren@example.org"_s));
        QCOMPARE(count(p.copy), before + 1);
        {
            const auto copy = open(p.copy);
            WriteTransaction nothing(*copy);
            nothing.commit();
        }
        QCOMPARE(count(p.copy), before + 1);
        ParticipantRepository(*open(p.original)).add(walkIn(u"Ash"_s, u"ash@example.org"_s));
        QCOMPARE(count(p.original), 0);
    }

    // A plain file copy of a shared copy, changed beside it: the two take ids from one range,
    // and merged after its twin it would undo the twin's changes. The first merged comes in;
    // the other is refused and nothing changes. The first goes on and merges again.
    void aFileCopyOfACopyChangedBesideItIsRefused()
    {
        const Pair p = shared();
        const QString twin = path(u"twin"_s);
        QFile::remove(twin);
        QVERIFY(QFile::copy(p.copy, twin));
        const qint64 ash =
            ParticipantRepository(*open(p.copy)).add(walkIn(u"Ash"_s, u"ash@example.org"_s));
        const qint64 birch =
            ParticipantRepository(*open(twin)).add(walkIn(u"Birch"_s, u"birch@example.org"_s));
        QCOMPARE(ash, birch); // one range: why the twin cannot simply come in as well
        QVERIFY(merge(p.original, p.copy).applied);
        const QStringList before = dumpOf(p.original);
        const QByteArray hash = test::fileHash(twin);
        try {
            merge(p.original, twin, MergeTake::Theirs);
            QFAIL("the twin of a merged copy was merged");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(u"copied as a file"_s), qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"Wigan lead"_s), qPrintable(error.message()));
        }
        QCOMPARE(dumpOf(p.original), before);
        QCOMPARE(test::fileHash(twin), hash);
        ParticipantRepository(*open(p.copy))
            .checkIn(ash, QDateTime(QDate(2019, 3, 26), QTime(9, 50), Qt::UTC));
        const MergeReport again = merge(p.original, p.copy);
        QVERIFY2(again.applied, qPrintable(describe(again)));
        QCOMPARE(again.checkIns, 1);
        const auto original = EventFile::open(p.original, EventFile::Mode::ReadOnly);
        QCOMPARE(scalar(*original, u"SELECT given_name FROM participant WHERE id = ?"_s, {ash})
                     .toString(),
                 u"Ash"_s);
    }

    // The app's undo: the recorded merge taken back and written again, shared state included.
    void aRecordedMergeUndoesAndRedoes()
    {
        const Pair p = shared();
        {
            const auto copy = open(p.copy);
            ParticipantRepository people(*copy);
            people.checkIn(3, QDateTime(QDate(2019, 3, 26), QTime(9, 40), Qt::UTC));
            people.add(walkIn(u"Wren"_s, u"wren@example.org"_s));
            people.remove(20);
        }
        ParticipantRepository(*open(p.original)).remove(21);
        const QStringList before = dumpOf(p.original);
        QStringList after;
        QByteArray written;
        {
            const auto original = open(p.original);
            CopyMerger::Options options;
            options.record = true;
            const MergeReport report = CopyMerger::merge(*original, p.copy, options);
            QVERIFY(report.applied);
            QVERIFY(!report.written.isEmpty());
            written = report.written;
        }
        after = dumpOf(p.original);
        QVERIFY(after != before);
        CopyMerger::replay(*open(p.original), written, true);
        QCOMPARE(dumpOf(p.original), before);
        CopyMerger::replay(*open(p.original), written, false);
        QCOMPARE(dumpOf(p.original), after);
        QVERIFY(merge(p.original, p.copy).nothingNew);
        // Undone again, the copy's changes are new again.
        CopyMerger::replay(*open(p.original), written, true);
        QCOMPARE(merge(p.original, p.copy, MergeTake::Ask, true).checkIns, 1);
        // A file changed since cannot take the recording back blindly.
        CopyMerger::replay(*open(p.original), written, false);
        QVERIFY(
            run(*open(p.original), u"UPDATE participant SET checked_in_at = NULL WHERE id = 3"_s));
        const QStringList changed = dumpOf(p.original);
        QVERIFY_THROWS_EXCEPTION(Error, CopyMerger::replay(*open(p.original), written, true));
        QCOMPARE(dumpOf(p.original), changed);
    }

    // With photos, the shared state outgrows what one value may hold (32 MiB): it is kept in
    // parts, and a merge reads it whole.
    void aSharedStateLargerThanOneValueIsKeptInParts()
    {
        const Pair p = shared();
        {
            const auto original = open(p.original);
            const QString uid = scalar(*original, u"SELECT uid FROM sharing"_s).toString();
            const QByteArray state = qCompress(test::readFile(p.copy));
            QByteArray big(40 * 1024 * 1024, '\0');
            for (qsizetype i = 0; i < big.size(); ++i)
                big[i] = char((i * 2654435761u) >> 13);
            {
                WriteTransaction transaction(*original);
                SharedState::write(*original, uid, big);
                transaction.commit();
            }
            QVERIFY(scalar(*original, u"SELECT count(*) FROM sharing_state"_s).toInt() >= 5);
            QCOMPARE(SharedState::read(*original, uid), big);
            {
                WriteTransaction transaction(*original);
                SharedState::write(*original, uid, state); // back to the real one, fewer parts
                transaction.commit();
            }
            QCOMPARE(SharedState::read(*original, uid), state);
        }
        ParticipantRepository(*open(p.copy))
            .checkIn(6, QDateTime(QDate(2019, 3, 26), QTime(9, 44), Qt::UTC));
        QVERIFY(merge(p.original, p.copy).applied);
    }

    // A copy shared by the Fieldday before this one: its shared state is read as any older
    // event file is, migrated in memory, and the merge goes on as usual.
    void aSharedStateFromAnEarlierVersionIsMigrated()
    {
        const Pair p = shared();
        const QString earlier = path(u"earlier"_s);
        QCOMPARE(test::writeEarlierVersion(p.copy, Schema::currentVersion() - 1, earlier),
                 QString());
        {
            const auto original = open(p.original);
            QVERIFY(run(*original, u"UPDATE sharing_state SET bytes = ?"_s,
                        {qCompress(test::readFile(earlier))}));
        }
        ParticipantRepository(*open(p.copy))
            .checkIn(6, QDateTime(QDate(2019, 3, 26), QTime(9, 44), Qt::UTC));
        const MergeReport report = merge(p.original, p.copy);
        QVERIFY2(report.applied, qPrintable(report.summary()));
        QCOMPARE(report.checkIns, 1);
        QCOMPARE(report.summary(), u"1 check-in from Wigan lead"_s);
        QVERIFY(merge(p.original, p.copy).nothingNew);
    }

    void aDryRunChangesNothing()
    {
        const Pair p = shared();
        ParticipantRepository(*open(p.copy))
            .checkIn(3, QDateTime(QDate(2019, 3, 26), QTime(9, 40), Qt::UTC));
        const QStringList before = dumpOf(p.original);
        const MergeReport report = merge(p.original, p.copy, MergeTake::Ask, true);
        QVERIFY(!report.applied);
        QCOMPARE(report.checkIns, 1);
        QCOMPARE(dumpOf(p.original), before);
        QVERIFY(merge(p.original, p.copy).applied);
    }

    // A group the copy puts someone in that the original deleted, and whose name a new group
    // here has taken, cannot come back: the merge stops, says why, and changes nothing.
    void aRowPointingAtAGroupThatCannotComeBackStopsTheMerge()
    {
        const Pair p = shared();
        const auto scalarIn = [](const QString &file, const QString &statement) {
            return scalar(*EventFile::open(file, EventFile::Mode::ReadOnly), statement);
        };
        const QVariant person = scalarIn(
            p.copy, u"SELECT min(participant_id) FROM assignment WHERE destination_id <> 1"_s);
        const QString name = scalarIn(p.copy, u"SELECT name FROM destination WHERE id = 1"_s)
                                 .toString();
        QVERIFY(person.isValid() && !name.isEmpty());
        QVERIFY(run(*open(p.copy), u"UPDATE assignment SET destination_id = 1 WHERE "
                                   "participant_id = ?"_s,
                    {person}));
        {
            const auto original = open(p.original);
            QVERIFY(run(*original, u"DELETE FROM treasure_item WHERE destination_id = 1"_s));
            QVERIFY(run(*original, u"DELETE FROM destination WHERE id = 1"_s));
            QVERIFY(run(*original, u"INSERT INTO destination (id, name) VALUES (777, ?)"_s,
                        {name}));
        }
        const QStringList before = dumpOf(p.original);
        try {
            merge(p.original, p.copy, MergeTake::Theirs);
            QFAIL("merged a row that points at a group that is gone");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(u"rows that are gone"_s),
                     qPrintable(error.message()));
        }
        QCOMPARE(dumpOf(p.original), before);
    }

    // The backup is written beside the merge, on another core: when it cannot be written,
    // nothing is merged and nothing is left behind.
    void aBackupThatCannotBeWrittenStopsTheMerge()
    {
        const Pair p = shared();
        ParticipantRepository(*open(p.copy))
            .checkIn(3, QDateTime(QDate(2019, 3, 26), QTime(9, 40), Qt::UTC));
        const QStringList before = dumpOf(p.original);
        const QString nowhere = path(u"no-such-folder/backup.fieldday"_s);
        {
            const auto file = open(p.original);
            CopyMerger::Options options;
            options.take = MergeTake::Theirs;
            options.backupPath = nowhere;
            try {
                CopyMerger::merge(*file, p.copy, options);
                QFAIL("merged without its backup");
            } catch (const Error &error) {
                QVERIFY2(error.message().contains(u"backup"_s), qPrintable(error.message()));
            }
        }
        QCOMPARE(dumpOf(p.original), before);
        QVERIFY(!QFileInfo::exists(nowhere));
        QVERIFY(merge(p.original, p.copy).applied);
    }

    void refusedCopiesChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("another event") << u"other"_s << u"another event"_s;
        QTest::newRow("the original") << u"itself"_s << u"original itself"_s;
        QTest::newRow("a backup") << u"backup"_s << u"backup"_s;
        QTest::newRow("newer") << u"newer"_s << u"newer version"_s;
        QTest::newRow("damaged") << u"damaged"_s << u"damaged"_s;
        QTest::newRow("not an event") << u"text"_s << u"not"_s;
        QTest::newRow("missing") << u"missing"_s << u"no such file"_s;
        QTest::newRow("untrusted rows") << u"untrusted"_s << u"cannot trust"_s;
        QTest::newRow("an untrusted value") << u"untrusted value"_s << u"cannot trust"_s;
    }
    void refusedCopiesChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const Pair p = shared();
        ParticipantRepository(*open(p.copy))
            .checkIn(3, QDateTime(QDate(2019, 3, 26), QTime(9, 40), Qt::UTC));
        QString other = path(kind);
        if (kind == u"other"_s) {
            createSample(other);
        } else if (kind == u"itself"_s) {
            other = p.original;
        } else if (kind == u"backup"_s) {
            EventFile::open(p.original, EventFile::Mode::ReadOnly)->backupTo(other);
        } else if (kind == u"newer"_s) {
            QVERIFY(QFile::copy(p.copy, other));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
                db.setDatabaseName(other);
                QVERIFY(db.open());
                QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion() + 1));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"raw"_s);
        } else if (kind == u"damaged"_s) {
            QByteArray bytes = test::readFile(p.copy);
            for (qsizetype i = 4096; i < bytes.size(); i += 7)
                bytes[i] = char(0x5a);
            test::writeFile(other, bytes);
        } else if (kind == u"untrusted"_s) {
            // A row another program wrote that points nowhere: read without it, it would look
            // deleted.
            QVERIFY(QFile::copy(p.copy, other));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
                db.setDatabaseName(other);
                QVERIFY(db.open());
                QSqlQuery(db).exec(u"PRAGMA foreign_keys = OFF"_s);
                QVERIFY(QSqlQuery(db).exec(u"UPDATE assignment SET destination_id = 999999 WHERE "
                                           "participant_id = (SELECT min(participant_id) FROM "
                                           "assignment)"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"raw"_s);
        } else if (kind == u"untrusted value"_s) {
            // Only the rows the copy changed are checked (the rest is the shared state): a
            // value another program wrote into one of them is still found, and named.
            QVERIFY(QFile::copy(p.copy, other));
            QCOMPARE(test::alterAsAnotherTool(other, {u"PRAGMA ignore_check_constraints = ON"_s,
                                                      u"UPDATE participant SET needs_step_free = "
                                                      "'yes please' WHERE id = 3"_s}),
                     QString());
        } else if (kind == u"text"_s) {
            test::writeFile(other, "name,email\nAda,ada@example.org\n");
        }
        const QStringList before = dumpOf(p.original);
        const QByteArray hash = test::fileHash(other);
        const qsizetype backups = QDir(m_dir.path()).entryList({u"*before-merge*"_s}).size();
        try {
            merge(p.original, other);
            QFAIL("the merge was not refused");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(message, Qt::CaseInsensitive),
                     qPrintable(error.message()));
            if (kind == u"untrusted value"_s)
                QVERIFY2(error.message().contains(u"'yes please'"_s), qPrintable(error.message()));
        }
        QCOMPARE(dumpOf(p.original), before);
        if (kind != u"itself"_s)
            QCOMPARE(test::fileHash(other), hash);
        QCOMPARE(QDir(m_dir.path()).entryList({u"*before-merge*"_s}).size(), backups);
    }
};

QTEST_GUILESS_MAIN(TestCopyMerger)
#include "TestCopyMerger.moc"
