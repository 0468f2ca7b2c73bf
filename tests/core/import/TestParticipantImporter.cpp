#include "csv/CsvReader.h"
#include "import/ParticipantImporter.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The importer as the app drives it: progress reported, and a cancel that changes nothing.
class TestParticipantImporter : public QObject
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestParticipantImporter)
#include "TestParticipantImporter.moc"
