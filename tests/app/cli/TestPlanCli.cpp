#include "CliRunner.h"
#include "sample/EventGenerator.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;
using namespace fieldday::test;

// fieldday-cli check, agenda and legs on the sample and on a broken event.
class TestPlanCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString sample()
    {
        const QString file = m_dir.filePath(u"sample.fieldday"_s);
        if (!QFileInfo::exists(file))
            runCli({u"new"_s, file, u"--sample"_s});
        return file;
    }

    static QSet<QString> codes(const QJsonObject &report, const QString &severity)
    {
        QSet<QString> result;
        for (const QJsonValue &p : report[u"problems"_s].toArray()) {
            if (p[u"severity"_s].toString() == severity)
                result.insert(p[u"code"_s].toString());
        }
        return result;
    }

private slots:
    void sampleChecksClean()
    {
        const CliResult r = runCli({u"check"_s, sample(), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report[u"counts"_s][u"error"_s].toInt(), 0);
        QCOMPARE(report[u"counts"_s][u"warning"_s].toInt(), 0);
        for (const QJsonValue &p : report[u"problems"_s].toArray()) {
            QVERIFY(p.toObject().contains(u"message"_s));
            QVERIFY(p[u"subject"_s].toObject().contains(u"kind"_s));
        }
        // And after an allocation too.
        QCOMPARE(runCli({u"allocate"_s, sample()}).exitCode, 0);
        QCOMPARE(runCli({u"check"_s, sample()}).exitCode, 0);
    }

    void brokenEventReportsEachProblem()
    {
        EventGenerator::Options options;
        options.participants = 60;
        options.destinations = 3;
        EventData data = EventGenerator::generate(options);
        // More bookings than seats: everyone in group 1, whose coach has too few seats.
        for (const Participant &p : data.participants)
            data.assignments.append(Assignment{p.id, 1, false});
        // A late return leg for group 2 and a broken chain for group 3.
        for (TransportLeg &leg : data.legs) {
            if (leg.destinationId == 2 && leg.direction == LegDirection::Back)
                leg.arrives = QTime(15, 20);
            if (leg.destinationId == 3 && leg.direction == LegDirection::Out)
                leg.toPlaceId = 1; // goes nowhere: hub to hub
        }
        const QString file = m_dir.filePath(u"broken.fieldday"_s);
        EventFile::create(file, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        const CliResult r = runCli({u"check"_s, file, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QSet<QString> errors =
            codes(QJsonDocument::fromJson(r.out.toUtf8()).object(), u"error"_s);
        for (const QString &code : {u"group-over-max"_s, u"leg-seats-short"_s,
                                    u"back-after-reconvene"_s, u"chain-end-not-destination"_s})
            QVERIFY2(errors.contains(code), qPrintable(code));
        const CliResult text = runCli({u"check"_s, file});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains(u"back-after-reconvene"_s));
    }

    void agendaAsTextAndCalendar()
    {
        const CliResult text = runCli({u"agenda"_s, sample(), u"--group"_s, u"trafford"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Coppice Library"_s));
        QVERIFY(text.out.contains(u"Reconvene"_s));
        QVERIFY(!text.out.contains(u"\nWigan\n"_s));
        for (const QString &group : {u"Salford"_s, u"Wigan"_s, u"Trafford"_s}) {
            const QString ics = m_dir.filePath(group + u".ics"_s);
            const CliResult r =
                runCli({u"agenda"_s, sample(), u"--group"_s, group, u"--ics"_s, ics});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile file(ics);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(content.startsWith("BEGIN:VCALENDAR"));
            QVERIFY(content.contains("TZID:Europe/London"));
            QVERIFY(content.contains("DTSTART;TZID=Europe/London:20190326T093000"));
        }
        const CliResult bad = runCli({u"agenda"_s, sample(), u"--group"_s, u"Bolton"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"Salford, Wigan, Trafford"_s));
    }

    void legsWithManifests()
    {
        const CliResult r = runCli({u"legs"_s, sample(), u"--group"_s, u"Wigan"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray legs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(legs.size(), 4); // coach and walk, out and back
        const QJsonObject first = legs[0].toObject();
        QCOMPARE(first[u"direction"_s].toString(), u"out"_s);
        QCOMPARE(first[u"mode"_s].toString(), u"coach"_s);
        const QJsonObject manifest = first[u"manifest"_s].toObject();
        QCOMPARE(manifest[u"leads"_s].toArray().size(), 2);
        QCOMPARE(manifest[u"headcount"_s].toInt(), manifest[u"members"_s].toArray().size() + 2);
        QVERIFY(first[u"seats"_s].toInt() >= manifest[u"headcount"_s].toInt());
        QVERIFY(legs[1][u"seats"_s].isNull()); // the walk has no reserved seats
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "TestPlanCli.moc"
