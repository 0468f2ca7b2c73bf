#include "csv/CsvReader.h"
#include "import/ImportedField.h"
#include "import/ParticipantImporter.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/ImportBaselineRepository.h"
#include "storage/ParticipantRepository.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The importer as the app drives it: progress reported, and a cancel that changes nothing; a
// re-import that takes what the file changed and keeps what the organiser corrected.
class TestParticipantImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<EventFile> sampleFile()
    {
        const EventData data = SampleEvent::data();
        return EventFile::create(m_dir.filePath(u"r%1.fieldday"_s.arg(++m_count)),
                                 [&data](EventFile &f) { EventWriter::writeAll(f, data); });
    }

    static ImportSummary import(EventFile &file, QByteArray csv,
                                ConflictPolicy policy = ConflictPolicy::KeepMine,
                                bool dryRun = false)
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        ImportOptions options;
        options.onConflict = policy;
        options.dryRun = dryRun;
        return ParticipantImporter(file, options).run(reader, u"bookings.csv"_s);
    }

    static qint64 idOf(EventFile &file, const QString &email)
    {
        return ParticipantRepository(file).idsByEmail().value(email);
    }

    // The organiser's correction in Fieldday.
    static void correct(EventFile &file, qint64 id, const std::function<void(Participant &)> &edit)
    {
        ParticipantRepository repository(file);
        Participant p = *repository.find(id);
        edit(p);
        repository.update(p);
    }

    static QStringList fieldsOf(const QList<FieldChange> &list)
    {
        QStringList keys;
        for (const FieldChange &c : list)
            keys << c.field;
        return keys;
    }

    static QByteArray row(const QString &phone, const QString &organisation,
                          const QString &diet = u"Vegetarian"_s)
    {
        return (u"First name,Surname,Email,Mobile phone,Organisation,Dietary requirements\n"
                "Ada,Lovelace,ada@example.org,%1,%2,%3\n"_s)
            .arg(phone, organisation, diet)
            .toUtf8();
    }

private slots:
    void cancellingChangesNothing()
    {
        QTemporaryDir dir;
        const EventData data = SampleEvent::data();
        const auto file = EventFile::create(dir.filePath(u"e.fieldday"_s), [&data](EventFile &f) {
            EventWriter::writeAll(f, data);
        });
        QByteArray csv = "First name,Surname,Email\n";
        for (int i = 0; i < 3000; ++i)
            csv += "Ada,Lovelace" + QByteArray::number(i) + ",ada" + QByteArray::number(i) +
                   "@example.org\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        ImportOptions options;
        QList<qint64> seen;
        options.progress = [&seen](qint64 rows) {
            seen.append(rows);
            return rows < 1500; // the person presses Cancel half-way
        };
        try {
            ParticipantImporter(*file, options).run(reader, u"big.csv"_s);
            QFAIL("the import was not cancelled");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"cancelled"_s));
        }
        QCOMPARE(seen, (QList<qint64>{500, 1000, 1500}));
        QCOMPARE(EventReader::load(*file).participants.size(), data.participants.size());
    }

    // The three-way rule, each cell: a field is compared in the file, in the event, and as
    // last imported.
    void fileOnlyChangeIsTaken()
    {
        const auto file = sampleFile();
        QCOMPARE(import(*file, row(u"0161 000"_s, u"Salford CVS"_s)).added, 1);
        const qint64 id = idOf(*file, u"ada@example.org"_s);
        const ImportSummary s = import(*file, row(u"0161 999"_s, u"Salford CVS"_s));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 0);
        QCOMPARE(fieldsOf(s.changes), QStringList{u"phone"_s});
        QCOMPARE(s.changes[0].mine, u"0161 000"_s);
        QCOMPARE(s.changes[0].file, u"0161 999"_s);
        QCOMPARE(s.changes[0].name, u"Ada Lovelace"_s);
        QCOMPARE(s.changes[0].row, 2);
        QCOMPARE(s.changedFields(), (QMap<QString, int>{{u"phone"_s, 1}}));
        QCOMPARE(s.labelOf(u"phone"_s), u"Phone"_s);
        QVERIFY(s.conflicts.isEmpty());
        QCOMPARE(ParticipantRepository(*file).find(id)->phone, u"0161 999"_s);
    }

    void organiserOnlyChangeIsKept()
    {
        const auto file = sampleFile();
        import(*file, row(u"0161 000"_s, u"Salford CVS"_s));
        const qint64 id = idOf(*file, u"ada@example.org"_s);
        correct(*file, id, [](Participant &p) { p.phone = u"07700 900123"_s; });
        // The same file again (a partner's unchanged sheet): the correction stays, and is said.
        const ImportSummary s = import(*file, row(u"0161 000"_s, u"Salford CVS"_s));
        QVERIFY(s.changes.isEmpty());
        QVERIFY(s.conflicts.isEmpty());
        QCOMPARE(fieldsOf(s.kept), QStringList{u"phone"_s});
        QCOMPARE(s.kept[0].mine, u"07700 900123"_s);
        QCOMPARE(s.unchanged, 1);
        QCOMPARE(ParticipantRepository(*file).find(id)->phone, u"07700 900123"_s);
    }

    void bothChangedAlikeIsNoConflict()
    {
        const auto file = sampleFile();
        import(*file, row(u"0161 000"_s, u"Salford CVS"_s));
        const qint64 id = idOf(*file, u"ada@example.org"_s);
        correct(*file, id, [](Participant &p) { p.organisation = u"Salford Council"_s; });
        const ImportSummary s = import(*file, row(u"0161 000"_s, u"Salford Council"_s));
        QVERIFY(s.changes.isEmpty());
        QVERIFY(s.conflicts.isEmpty());
        QVERIFY(s.kept.isEmpty());
    }

    // Both changed the phone, differently: shown with both values, and settled by the
    // import's choice, in both ways.
    void conflictInBothModes_data()
    {
        QTest::addColumn<bool>("takeFile");
        QTest::newRow("keep mine") << false;
        QTest::newRow("take the file's") << true;
    }

    void conflictInBothModes()
    {
        QFETCH(bool, takeFile);
        const auto file = sampleFile();
        import(*file, row(u"0161 000"_s, u"Salford CVS"_s));
        const qint64 id = idOf(*file, u"ada@example.org"_s);
        correct(*file, id, [](Participant &p) { p.phone = u"07700 900123"_s; });
        const ImportSummary s =
            import(*file, row(u"0161 555"_s, u"Salford CVS"_s),
                   takeFile ? ConflictPolicy::TakeFile : ConflictPolicy::KeepMine);
        QCOMPARE(fieldsOf(s.conflicts), QStringList{u"phone"_s});
        QCOMPARE(s.conflicts[0].mine, u"07700 900123"_s);
        QCOMPARE(s.conflicts[0].file, u"0161 555"_s);
        QCOMPARE(s.conflictsTakeFile, takeFile);
        QVERIFY(s.changes.isEmpty());
        QCOMPARE(ParticipantRepository(*file).find(id)->phone,
                 takeFile ? u"0161 555"_s : u"07700 900123"_s);
        QCOMPARE(s.changedFields().value(u"phone"_s), takeFile ? 1 : 0);
        // The file's value is now the one last imported: the same file again is no conflict.
        const ImportSummary again = import(*file, row(u"0161 555"_s, u"Salford CVS"_s));
        QVERIFY(again.conflicts.isEmpty());
        QVERIFY(again.changes.isEmpty());
    }

    // The case: a corrected phone survives two re-imports of sheets that change other
    // fields, while those changes are taken.
    void correctionKeptAcrossTwoReimports()
    {
        const auto file = sampleFile();
        import(*file, row(u"0161 000"_s, u"Salford CVS"_s));
        const qint64 id = idOf(*file, u"ada@example.org"_s);
        correct(*file, id, [](Participant &p) { p.phone = u"07700 900123"_s; });
        const ImportSummary first = import(*file, row(u"0161 000"_s, u"Salford CVS Ltd"_s));
        QCOMPARE(fieldsOf(first.changes), QStringList{u"organisation"_s});
        const ImportSummary second =
            import(*file, row(u"0161 000"_s, u"Salford CVS Ltd"_s, u"Vegan"_s));
        QCOMPARE(fieldsOf(second.changes), QStringList{u"dietary_needs"_s});
        QVERIFY(second.conflicts.isEmpty());
        const Participant now = *ParticipantRepository(*file).find(id);
        QCOMPARE(now.phone, u"07700 900123"_s);
        QCOMPARE(now.organisation, u"Salford CVS Ltd"_s);
        QCOMPARE(now.dietaryNeeds, u"Vegan"_s);
    }

    // Someone never imported (added by hand, or in a file from before baselines were kept):
    // their current values count as the last imported, so the file's changes are taken.
    void withoutABaselineCurrentValuesCount()
    {
        const auto file = sampleFile();
        const EventData data = SampleEvent::data();
        const Participant &zoe = data.participants.first();
        QVERIFY(!ImportBaselineRepository(*file).find(zoe.id));
        const QByteArray csv = (u"First name,Surname,Email,Mobile phone\n%1,%2,%3,0161 777\n"_s)
                                   .arg(zoe.givenName, zoe.familyName, zoe.email)
                                   .toUtf8();
        const ImportSummary s = import(*file, csv);
        QCOMPARE(fieldsOf(s.changes), QStringList{u"phone"_s});
        QCOMPARE(s.changes[0].mine, zoe.phone);
        QCOMPARE(ParticipantRepository(*file).find(zoe.id)->phone, u"0161 777"_s);
        // From now on it has one, and the values are the file's.
        const auto baseline = ImportBaselineRepository(*file).find(zoe.id);
        QVERIFY(baseline);
        QCOMPARE(baseline->value(int(ImportBaselineRepository::columns().indexOf(u"phone"_s))),
                 std::optional<QString>(u"0161 777"_s));
        QCOMPARE(s.baselinesBefore.size(), 1);
        QVERIFY(!s.baselinesBefore[0].second);
    }

    // The group in a full export follows the same rule: a move by hand is kept.
    void groupMovedByHandIsKept()
    {
        const auto file = sampleFile();
        QByteArray csv = "given_name,family_name,email,destination\n"
                         "Ada,Lovelace,ada@example.org,Salford\n";
        import(*file, csv);
        const qint64 id = idOf(*file, u"ada@example.org"_s);
        const QList<Destination> groups = EventReader::destinationNames(*file);
        ParticipantRepository(*file).assign(id, groups[1].id, true); // moved to Wigan by hand
        const ImportSummary s = import(*file, csv);
        QCOMPARE(fieldsOf(s.kept), QStringList{u"destination"_s});
        QCOMPARE(s.kept[0].mine, groups[1].name + u" (pinned)"_s);
        QCOMPARE(s.kept[0].file, u"Salford"_s);
        QCOMPARE(EventReader::assignment(*file, id)->destinationId, groups[1].id);
    }

    // A person's first change keeps their values from before it, written by the schema's
    // trigger exactly as the import compares them (yes/no, ISO times, choices by id), so that
    // the same file again sees only the organiser's change, kept.
    void firstChangeKeepsTheImportedValues()
    {
        const auto file = sampleFile();
        QFile eventbrite(QStringLiteral(FIELDDAY_TEST_DATA) + u"/import/eventbrite-uk.csv"_s);
        QVERIFY(eventbrite.open(QIODevice::ReadOnly));
        const QByteArray csv = eventbrite.readAll();
        QCOMPARE(import(*file, csv).added, 3);
        const qint64 id = idOf(*file, u"bjorn.andersson@example.org"_s);
        const Participant imported = *ParticipantRepository(*file).find(id);
        QVERIFY(!imported.choices.isEmpty());
        QVERIFY(imported.bookedAt.isValid());
        QVERIFY(!ImportBaselineRepository(*file).find(id)); // nothing written for the new
        correct(*file, id, [](Participant &p) {
            p.phone = u"07700 900999"_s;
            p.choices.clear();
        });
        const auto baseline = ImportBaselineRepository(*file).find(id);
        QVERIFY(baseline);
        const QStringList &columns = ImportBaselineRepository::columns();
        for (const ImportedField &f : ImportedField::all())
            QCOMPARE(baseline->value(int(columns.indexOf(f.key))).value_or(u"(none)"_s),
                     f.value(imported));
        const ImportSummary again = import(*file, csv);
        QVERIFY(again.conflicts.isEmpty());
        QVERIFY(again.changes.isEmpty());
        QStringList kept;
        for (const FieldChange &c : again.kept) {
            if (c.personId == id)
                kept << c.field;
        }
        QCOMPARE(kept, (QStringList{u"phone"_s, u"choices"_s}));
    }

    void dryRunRecordsNothing()
    {
        const auto file = sampleFile();
        import(*file, row(u"0161 000"_s, u"Salford CVS"_s));
        const qint64 id = idOf(*file, u"ada@example.org"_s);
        const auto before = ImportBaselineRepository(*file).find(id);
        const ImportSummary s =
            import(*file, row(u"0161 999"_s, u"Salford CVS"_s), ConflictPolicy::KeepMine, true);
        QCOMPARE(fieldsOf(s.changes), QStringList{u"phone"_s});
        QCOMPARE(ImportBaselineRepository(*file).find(id), before);
        QCOMPARE(ParticipantRepository(*file).find(id)->phone, u"0161 000"_s);
    }
};

QTEST_GUILESS_MAIN(TestParticipantImporter)
#include "TestParticipantImporter.moc"
