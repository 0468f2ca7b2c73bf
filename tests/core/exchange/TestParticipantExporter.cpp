#include "TestUtil.h"
#include "exchange/ParticipantExporter.h"
#include "sample/EventGenerator.h"
#include "storage/Error.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Long exports report progress and can be cancelled without touching the file they replace.
class TestParticipantExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EventData m_event;

private slots:
    void initTestCase()
    {
        EventGenerator::Options options;
        options.participants = 2000;
        options.destinations = 5;
        m_event = EventGenerator::generate(options);
    }

    void progressReachesEveryRow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << u"all.csv"_s;
        QTest::newRow("xlsx") << u"all.xlsx"_s;
    }
    void progressReachesEveryRow()
    {
        QFETCH(QString, name);
        ParticipantExporter::Request request;
        request.path = m_dir.filePath(name);
        request.profile = ExportColumns::Profile::Full;
        QList<qsizetype> done;
        request.progress = [&done](qsizetype rows, qsizetype total) {
            done.append(rows);
            return total == 2000;
        };
        const ParticipantExporter::Summary summary = ParticipantExporter::write(m_event, request);
        QCOMPARE(summary.rows, 2000);
        QVERIFY(done.size() >= 7); // every 256 rows
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QVERIFY(done.last() >= 2000 - 256);
    }

    void cancelLeavesTheOldFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << u"list.csv"_s;
        QTest::newRow("xlsx") << u"list.xlsx"_s;
    }
    void cancelLeavesTheOldFile()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        test::writeFile(path, "an earlier list the organiser still needs\n");
        const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        ParticipantExporter::Request request;
        request.path = path;
        request.profile = ExportColumns::Profile::Full;
        request.progress = [](qsizetype rows, qsizetype) { return rows < 1000; };
        try {
            ParticipantExporter::write(m_event, request);
            QFAIL("not cancelled");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::Cancelled);
            QVERIFY2(error.message().startsWith(path), qPrintable(error.message()));
        }
        QCOMPARE(test::readFile(path), QByteArray("an earlier list the organiser still needs\n"));
        // No temporary file left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), entries);
    }
};

QTEST_GUILESS_MAIN(TestParticipantExporter)
#include "TestParticipantExporter.moc"
