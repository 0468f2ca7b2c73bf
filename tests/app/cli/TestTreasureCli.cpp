#include "CliRunner.h"
#include "TestUtil.h"
#include "core/photos/ExifFixture.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday::test;

// treasure add and list, shareout and report, as a script would run them.
class TestTreasureCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString newSample()
    {
        const QString file = m_dir.filePath(u"s%1.fieldday"_s.arg(++m_count));
        runCli({u"new"_s, file, u"--sample"_s});
        return file;
    }
    static QJsonArray listJson(const QString &file, const QStringList &more = {})
    {
        const CliResult r = runCli(QStringList{u"treasure"_s, u"list"_s, file, u"--json"_s} + more);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static QJsonObject item(const QJsonArray &items, qint64 id)
    {
        for (const QJsonValue &v : items) {
            if (v[u"id"_s].toInteger() == id)
                return v.toObject();
        }
        return {};
    }
    static int pdfImages(const QString &pdf)
    {
        QProcess p;
        p.start(u"pdfimages"_s, {u"-list"_s, pdf});
        p.waitForFinished();
        return int(QString::fromUtf8(p.readAllStandardOutput())
                       .split(u'\n', Qt::SkipEmptyParts)
                       .size()) -
               2;
    }
    // The stored image of a treasure item, read straight from the event file.
    static QByteArray storedJpeg(const QString &file, qint64 item)
    {
        QByteArray jpeg;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(file);
            db.open();
            QSqlQuery q(db);
            q.prepare(u"SELECT jpeg FROM treasure_photo WHERE item_id = ?"_s);
            q.addBindValue(item);
            if (q.exec() && q.next())
                jpeg = q.value(0).toByteArray();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return jpeg;
    }
    QString phonePhoto(const QString &name, int orientation = 1)
    {
        QImage image(1200, 900, QImage::Format_RGB32);
        image.fill(QColor(0x30, 0x80, 0x50));
        QPainter(&image).fillRect(0, 0, 600, 450, Qt::red);
        ExifTags tags;
        tags.orientation = orientation;
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeFile(path, withExif(jpegOf(image), tags));
        return path;
    }

private slots:
    void quotesAndNotesGoInWithSafeDefaults()
    {
        const QString file = newSample();
        CliResult r = runCli({u"treasure"_s, u"add"_s, file, u"--group"_s, u"wigan"_s, u"--quote"_s,
                              u"We grow what we eat here."_s, u"--by"_s,
                              u"TOMAS.FERREIRA@example.net"_s, u"--kind"_s, u"spaces and places"_s,
                              u"--question"_s, u"3"_s, u"--at"_s, u"11:45"_s, u"--place"_s,
                              u"Leigh West community room"_s, u"--see"_s, u"A verge"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Added a quote to Wigan (item 10)"_s), qPrintable(r.out));
        const QJsonObject quote = item(listJson(file), 10);
        QCOMPARE(quote[u"type"_s].toString(), u"quote"_s);
        QCOMPARE(quote[u"group"_s].toString(), u"Wigan"_s);
        QCOMPARE(quote[u"finder"_s].toString(), u"Tomás Ferreira"_s);
        QCOMPARE(quote[u"kinds"_s].toArray(), QJsonArray{u"Spaces and places"_s});
        QCOMPARE(quote[u"questions"_s].toArray(), QJsonArray{3});
        QCOMPARE(quote[u"found_at"_s].toString(), u"2019-03-26T11:45:00"_s);
        QCOMPARE(quote[u"place"_s].toString(), u"Leigh West community room"_s);
        QCOMPARE(quote[u"showed"_s][u"see"_s].toString(), u"A verge"_s);
        QVERIFY(quote[u"showed"_s][u"why"_s].isNull());
        // Nothing is shown or published until someone says it may be.
        QCOMPARE(quote[u"share_out"_s].toBool(), false);
        QCOMPARE(quote[u"in_report"_s].toBool(), false);
        QCOMPARE(quote[u"consent"_s].toString(), u"none"_s);
        QCOMPARE(quote[u"credit"_s].toBool(), false);
        QCOMPARE(quote[u"may_show"_s][u"report"_s].toBool(), false);

        r = runCli({u"treasure"_s, u"add"_s, file, u"--group"_s, u"Salford"_s, u"--note"_s,
                    u"The fridge switch is labelled."_s, u"--by"_s,
                    u"ruth.ashcroft@example.ac.uk"_s, u"--share-out"_s, u"--in-report"_s,
                    u"--consent"_s, u"publish"_s, u"--credit"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject note = item(listJson(file, {u"--group"_s, u"Salford"_s}), 11);
        QCOMPARE(note[u"type"_s].toString(), u"observation"_s);
        QCOMPARE(note[u"finder"_s].toString(), u"Dr Ruth Ashcroft"_s); // a lead
        QCOMPARE(note[u"may_show"_s][u"report"_s].toBool(), true);
        QCOMPARE(listJson(file, {u"--group"_s, u"Salford"_s}).size(), 4);
        r = runCli({u"treasure"_s, u"list"_s, file});
        QVERIFY(r.out.endsWith(u"11 items\n"_s));
    }

    void badInputNamesTheFieldAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList quote{u"--group"_s, u"Wigan"_s, u"--quote"_s, u"Words"_s};
        QTest::newRow("no group") << QStringList{u"--quote"_s, u"Words"_s}
                                  << u"--group: required"_s;
        QTest::newRow("unknown group")
            << QStringList{u"--group"_s, u"Bolton"_s, u"--quote"_s, u"W"_s}
            << u"--group: no group named \"Bolton\" (the groups: Salford, Wigan, Trafford)"_s;
        QTest::newRow("two sources") << (quote + QStringList{u"--note"_s, u"N"_s})
                                     << u"give one of --photo, --quote or --note"_s;
        QTest::newRow("unknown kind")
            << (quote + QStringList{u"--kind"_s, u"Gold"_s})
            << u"--kind: \"Gold\" is not one of the event's kinds of treasure (Innovation, Leadership, Expertise, Spaces and places)"_s;
        QTest::newRow("question out of range")
            << (quote + QStringList{u"--question"_s, u"9"_s})
            << u"--question: expected a number from 1 to 4, got \"9\""_s;
        QTest::newRow("bad consent") << (quote + QStringList{u"--consent"_s, u"maybe"_s})
                                     << u"--consent: expected none, room or publish"_s;
        QTest::newRow("unknown finder") << (quote + QStringList{u"--by"_s, u"x@example.org"_s})
                                        << u"--by: no participant or group lead"_s;
        QTest::newRow("unknown person shown")
            << QStringList{u"--group"_s, u"Wigan"_s,
                           u"--photo"_s, u"p.jpg"_s,
                           u"--shows"_s, u"tomas.ferreira@example.net,nobody@example.org"_s}
            << u"--shows: no participant has the e-mail \"nobody@example.org\""_s;
        QTest::newRow("a quote shows nobody")
            << (quote + QStringList{u"--shows"_s, u"tomas.ferreira@example.net"_s})
            << u"--shows: only a photo shows people"_s;
        QTest::newRow("bad time") << (quote + QStringList{u"--at"_s, u"noon"_s})
                                  << u"--at: expected HH:MM"_s;
        QTest::newRow("missing photo")
            << QStringList{u"--group"_s, u"Wigan"_s, u"--photo"_s, u"nothere.jpg"_s}
            << u"nothere.jpg: no such file or folder"_s;
        QTest::newRow("not a photo")
            << QStringList{u"--group"_s, u"Wigan"_s, u"--photo"_s, u"notes.jpg"_s}
            << u"notes.jpg: not a photo Fieldday can read"_s;
    }

    void badInputNamesTheFieldAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString file = newSample();
        writeFile(m_dir.filePath(u"notes.jpg"_s), "my notes");
        phonePhoto(u"p.jpg"_s);
        const QByteArray before = fileHash(file);
        const CliResult r =
            runCli(QStringList{u"treasure"_s, u"add"_s, file} + arguments, m_dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"fieldday-cli treasure: "_s + message) || r.err.contains(message),
                 qPrintable(r.err));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(listJson(file).size(), 9);
    }

    void photosAreStoredUprightAndWithoutLocation()
    {
        const QString file = newSample();
        const QString card = m_dir.filePath(u"card"_s);
        phonePhoto(u"card/IMG_0001.JPG"_s, 6); // held sideways
        phonePhoto(u"card/IMG_0002.JPG"_s, 1);
        CliResult r =
            runCli({u"treasure"_s, u"add"_s, file, u"--group"_s, u"Trafford"_s, u"--photo"_s, card,
                    u"--by"_s, u"mai.nguyen@example.org"_s, u"--long-edge"_s, u"800"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Added 2 photos to Trafford (items 10, 11)"_s), qPrintable(r.out));
        const QJsonObject sideways = item(listJson(file), 10);
        QCOMPARE(sideways[u"photo"_s][u"width"_s].toInt(), 600);
        QCOMPARE(sideways[u"photo"_s][u"height"_s].toInt(), 800);
        QCOMPARE(sideways[u"photo"_s][u"source_name"_s].toString(), u"IMG_0001.JPG"_s);
        QCOMPARE(sideways[u"found_at"_s].toString(), u"2019-03-26T11:02:13"_s); // from EXIF
        QCOMPARE(sideways[u"identifiable"_s].toString(), u"unknown"_s);
        for (qint64 id : {10, 11}) {
            const QByteArray jpeg = storedJpeg(file, id);
            QVERIFY(jpeg.startsWith("\xFF\xD8"));
            QVERIFY2(exifEntries(jpeg).isEmpty(), qPrintable(exifEntries(jpeg).join(u' ')));
            QVERIFY(!jpegMarkers(jpeg).contains(0xE1));
        }
        // Turned upright: the red corner, top-left as held, is now top-right.
        const QImage upright = QImage::fromData(storedJpeg(file, 10));
        QCOMPARE(upright.size(), QSize(600, 800));
        QVERIFY(upright.pixelColor(450, 100).red() > 200);
        QVERIFY(upright.pixelColor(150, 100).red() < 100);

        // The same card again adds nothing.
        r = runCli(
            {u"treasure"_s, u"add"_s, file, u"--group"_s, u"Trafford"_s, u"--photo"_s, card});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Added 0 photos"_s) &&
                     r.out.contains(u"already in the treasure log (item 10)"_s),
                 qPrintable(r.out));
        QCOMPARE(listJson(file).size(), 11);
    }

    void aPhotoOfSomeoneWithoutConsentNeverReachesTheReport()
    {
        if (QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString file = newSample();
        const QString before = m_dir.filePath(u"before.pdf"_s);
        QCOMPARE(runCli({u"report"_s, file, u"--out"_s, before}).exitCode, 0);
        QCOMPARE(pdfImages(before), 4);
        // Björn Lindqvist did not consent to photos; the finder agreed to publication.
        const CliResult r =
            runCli({u"treasure"_s, u"add"_s, file, u"--group"_s, u"Trafford"_s, u"--photo"_s,
                    phonePhoto(u"bjorn.jpg"_s), u"--caption"_s, u"Björn at the desk"_s,
                    u"--consent"_s, u"publish"_s, u"--share-out"_s, u"--in-report"_s, u"--shows"_s,
                    u"bjorn.lindqvist@example.org"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject photo = item(listJson(file), 10);
        QCOMPARE(photo[u"may_show"_s][u"report"_s].toBool(), false);
        QCOMPARE(photo[u"may_show"_s][u"share_out"_s].toBool(), false);
        const QString report = m_dir.filePath(u"after.pdf"_s);
        const QString deck = m_dir.filePath(u"deck.pdf"_s);
        const QString odt = m_dir.filePath(u"after.odt"_s);
        QCOMPARE(runCli({u"report"_s, file, u"--out"_s, report}).exitCode, 0);
        QCOMPARE(runCli({u"report"_s, file, u"--out"_s, odt}).exitCode, 0);
        CliResult s = runCli({u"shareout"_s, file, u"--out"_s, deck});
        QCOMPARE(s.exitCode, 0);
        QVERIFY2(s.out.contains(u"11 slides, 8 finds (5 photos)"_s), qPrintable(s.out));
        QCOMPARE(pdfImages(report), 4);
        QCOMPARE(pdfImages(deck), 5);
        QVERIFY(!readFile(odt).contains("Björn at the desk"));
        // The check says why.
        const CliResult check = runCli({u"check"_s, file, u"--json"_s});
        QCOMPARE(check.exitCode, 0); // warnings only
        QStringList codes;
        for (const QJsonValue &p :
             QJsonDocument::fromJson(check.out.toUtf8())[u"problems"_s].toArray())
            codes << p[u"code"_s].toString();
        QVERIFY(codes.contains(u"identifiable-without-consent"_s));
        QCOMPARE(codes.count(u"treasure-not-allowed"_s), 2); // chosen for both
    }

    void outputsNeedAPlaceToGo()
    {
        const QString file = newSample();
        CliResult r = runCli({u"shareout"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--out: required"_s));
        r = runCli({u"report"_s, file, u"--out"_s, m_dir.filePath(u"r.docx"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"r.docx: the report is written as .pdf or .odt"_s),
                 qPrintable(r.err));
        r = runCli({u"report"_s, file, u"--out"_s, m_dir.filePath(u"r.odt"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"7 finds (4 photos), 4 findings"_s), qPrintable(r.out));
        r = runCli({u"treasure"_s, u"list"_s, file, u"--quote"_s, u"x"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--quote: only with add"_s));
        r = runCli({u"treasure"_s, u"remove"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"expected add or list"_s));
    }
};

QTEST_MAIN(TestTreasureCli)
#include "TestTreasureCli.moc"
