#include "ExifFixture.h"
#include "TestUtil.h"
#include "photos/ExifReader.h"
#include "photos/PhotoImporter.h"
#include "photos/PhotoIngest.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/TreasureRepository.h"

#include <QDir>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Photos into the event file: turned as the camera meant, within the size setting, and with
// nothing of the original file's metadata (GPS position, camera, comments) left in them.
class TestPhotoIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Four quadrants of distinct colours, so any turn or mirror shows.
    static QImage quadrants(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        QPainter p(&image);
        p.fillRect(0, 0, width / 2, height / 2, Qt::red);
        p.fillRect(width / 2, 0, width - width / 2, height / 2, Qt::blue);
        p.fillRect(0, height / 2, width / 2, height - height / 2, Qt::green);
        p.fillRect(width / 2, height / 2, width - width / 2, height - height / 2, Qt::yellow);
        return image;
    }

    // The colour of each quadrant of a decoded image, top-left first, as letters.
    static QString corners(const QByteArray &jpeg)
    {
        const QImage image = QImage::fromData(jpeg);
        QString result;
        for (const QPointF &at :
             {QPointF(0.25, 0.25), QPointF(0.75, 0.25), QPointF(0.25, 0.75), QPointF(0.75, 0.75)}) {
            const QColor c =
                image.pixelColor(int(at.x() * image.width()), int(at.y() * image.height()));
            result += c.red() > 200 && c.green() > 200 ? u'Y'
                      : c.red() > 200                  ? u'R'
                      : c.green() > 200                ? u'G'
                      : c.blue() > 200                 ? u'B'
                                                       : u'?';
        }
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        test::writeFile(path, bytes);
        return path;
    }

private slots:
    void theFixtureHasWhatAPhoneWrites()
    {
        // So the next test proves something: the input carries GPS, camera and a comment.
        const QByteArray input = test::withExif(test::jpegOf(quadrants(64, 48)), test::ExifTags{});
        const QStringList entries = test::exifEntries(input);
        QVERIFY2(entries.contains(u"GPS:0002"_s), qPrintable(entries.join(u' ')));
        QVERIFY(entries.contains(u"0:010f"_s)); // Make
        QVERIFY(test::jpegMarkers(input).contains(0xE1));
        QVERIFY(test::jpegMarkers(input).contains(0xFE));
        const ExifInfo exif = ExifReader::read(input);
        QCOMPARE(exif.takenAt, QDateTime(QDate(2019, 3, 26), QTime(11, 2, 13)));
    }

    void storedPhotosCarryNoLocationCameraOrComment()
    {
        const QByteArray input =
            test::withExif(test::jpegOf(quadrants(640, 480)), test::ExifTags{});
        const IngestedPhoto photo = PhotoIngest::fromBytes(input, u"IMG_0001.JPG"_s, {});
        QVERIFY(!photo.jpeg.isEmpty());
        QVERIFY2(test::exifEntries(photo.jpeg).isEmpty(),
                 qPrintable(test::exifEntries(photo.jpeg).join(u' ')));
        const QList<int> markers = test::jpegMarkers(photo.jpeg);
        QVERIFY(!markers.contains(0xE1)); // no EXIF or XMP
        QVERIFY(!markers.contains(0xFE)); // no comment
        QVERIFY(!markers.contains(0xE2)); // no ICC profile
        QVERIFY(!photo.jpeg.contains("Acme"));
        QVERIFY(!photo.jpeg.contains("Jane Example"));
        QCOMPARE(photo.takenAt, QDateTime(QDate(2019, 3, 26), QTime(11, 2, 13)));
        QCOMPARE(photo.sourceName, u"IMG_0001.JPG"_s);
        QCOMPARE(photo.sourceSha256.size(), 64);
        QCOMPARE(corners(photo.jpeg), u"RBGY"_s);
    }

    void orientedAsTheCameraMeant_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QString>("upright"); // quadrants top-left, top-right, bottom-left, …
        QTest::addColumn<bool>("turned");     // width and height swapped
        QTest::newRow("1 upright") << 1 << u"RBGY"_s << false;
        QTest::newRow("2 mirrored") << 2 << u"BRYG"_s << false;
        QTest::newRow("3 upside down") << 3 << u"YGBR"_s << false;
        QTest::newRow("4 flipped") << 4 << u"GYRB"_s << false;
        QTest::newRow("5 transposed") << 5 << u"RGBY"_s << true;
        QTest::newRow("6 turned right") << 6 << u"GRYB"_s << true;
        QTest::newRow("7 transversed") << 7 << u"YBGR"_s << true;
        QTest::newRow("8 turned left") << 8 << u"BYRG"_s << true;
    }

    void orientedAsTheCameraMeant()
    {
        QFETCH(int, orientation);
        QFETCH(QString, upright);
        QFETCH(bool, turned);
        test::ExifTags tags;
        tags.orientation = orientation;
        const QByteArray input = test::withExif(test::jpegOf(quadrants(400, 200)), tags);
        const IngestedPhoto photo = PhotoIngest::fromBytes(input, u"p.jpg"_s, {});
        QCOMPARE(QSize(photo.width, photo.height), turned ? QSize(200, 400) : QSize(400, 200));
        QCOMPARE(QImage::fromData(photo.jpeg).size(), QSize(photo.width, photo.height));
        QCOMPARE(corners(photo.jpeg), upright);
        // Qt's own reading of the same orientation agrees (a second opinion, not the rule).
        QByteArray copy = input;
        QBuffer buffer(&copy);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        QCOMPARE(corners(test::jpegOf(reader.read())), upright);
    }

    void withinTheSizeSetting_data()
    {
        QTest::addColumn<QSize>("input");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("longEdge");
        QTest::addColumn<QSize>("stored");
        QTest::newRow("camera, default") << QSize(4000, 3000) << 1 << 2048 << QSize(2048, 1536);
        QTest::newRow("camera, portrait") << QSize(4000, 3000) << 6 << 2048 << QSize(1536, 2048);
        QTest::newRow("smaller setting") << QSize(4000, 3000) << 1 << 1000 << QSize(1000, 750);
        QTest::newRow("small, kept") << QSize(300, 200) << 1 << 2048 << QSize(300, 200);
        QTest::newRow("panorama") << QSize(6000, 1000) << 1 << 2048 << QSize(2048, 341);
    }

    void withinTheSizeSetting()
    {
        QFETCH(QSize, input);
        QFETCH(int, orientation);
        QFETCH(int, longEdge);
        QFETCH(QSize, stored);
        test::ExifTags tags;
        tags.orientation = orientation;
        const QByteArray bytes =
            test::withExif(test::jpegOf(quadrants(input.width(), input.height()), 80), tags);
        PhotoIngest::Options options;
        options.longEdge = longEdge;
        const IngestedPhoto photo = PhotoIngest::fromBytes(bytes, u"big.jpg"_s, options);
        QCOMPARE(QSize(photo.width, photo.height), stored);
        QCOMPARE(QImageReader(writeFile(u"stored.jpg"_s, photo.jpeg)).size(), stored);
        QVERIFY(qMax(photo.width, photo.height) <= longEdge);
    }

    void transparentPngsGoOnWhite()
    {
        QImage image(40, 40, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "png");
        const IngestedPhoto photo = PhotoIngest::fromBytes(buffer.data(), u"logo.png"_s, {});
        QVERIFY(photo.jpeg.startsWith("\xFF\xD8"));
        QCOMPARE(QImage::fromData(photo.jpeg).pixelColor(20, 20).lightness(), 255);
        QVERIFY(!photo.takenAt.isValid());
    }

    void whatIsNotAPhotoIsRefusedByName()
    {
        const QString path = writeFile(u"notes.jpg"_s, "these are my notes, not a photo");
        try {
            PhotoIngest::fromFile(path, {});
            QFAIL("a text file was taken for a photo");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(u"notes.jpg"_s), qPrintable(e.message()));
        }
        try {
            PhotoIngest::fromFile(m_dir.filePath(u"missing.jpg"_s), {});
            QFAIL("a missing file was read");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"missing.jpg"_s), qPrintable(e.message()));
        }
    }

    void aFolderIsImportedOnceAndStoredClean()
    {
        const QString card = m_dir.filePath(u"card"_s);
        for (int i = 0; i < 3; ++i) {
            test::ExifTags tags;
            tags.takenAt = QByteArray("2019:03:26 11:0") + QByteArray::number(i) + ":00";
            writeFile(u"card/DCIM/100APPLE/IMG_%1.JPG"_s.arg(i),
                      test::withExif(test::jpegOf(quadrants(320 + i, 240)), tags));
        }
        writeFile(u"card/DCIM/101APPLE/IMG_9.jpeg"_s, test::jpegOf(quadrants(100, 100)));
        writeFile(u"card/notes.txt"_s, "not a photo, not read");
        writeFile(u"card/.hidden.jpg"_s, "a phone's thumbnail cache");

        const auto file = EventFile::create(m_dir.filePath(u"import.fieldday"_s), [](EventFile &f) {
            EventWriter::writeAll(f, SampleEvent::data());
        });
        const qsizetype before = EventReader::load(*file).treasure.size();
        TreasureItem item;
        item.destinationId = 2;
        item.finderParticipantId = 3;
        item.themes = {u"Innovation"_s};
        qsizetype calls = 0;
        const PhotoImporter::Progress counting = [&calls](qsizetype, qsizetype total,
                                                          const QString &) {
            ++calls;
            return total == 4;
        };
        PhotoImporter::Result result = PhotoImporter::run(*file, {card}, item, 0, counting);
        QCOMPARE(result.files, 4);
        QCOMPARE(result.added.size(), 4);
        QCOMPARE(calls, 5);
        const EventData data = EventReader::load(*file);
        QCOMPARE(data.treasure.size(), before + 4);
        for (qint64 id : result.added) {
            const TreasureItem &added = *data.treasureItem(id);
            QCOMPARE(added.destinationId, 2);
            QCOMPARE(added.type, TreasureType::Photo);
            QCOMPARE(added.themes, QStringList{u"Innovation"_s});
            QCOMPARE(added.consent, FinderConsent::None); // nothing shown until someone says
            QCOMPARE(added.identifiable, Identifiable::Unknown);
            const QByteArray stored = TreasureRepository(*file).photo(id);
            QVERIFY(test::exifEntries(stored).isEmpty());
            QCOMPARE(QImage::fromData(stored).size(), QSize(added.photo.width, added.photo.height));
        }
        QCOMPARE(data.treasureItem(result.added.first())->foundAt,
                 QDateTime(QDate(2019, 3, 26), QTime(11, 0)));
        QCOMPARE(data.treasureItem(result.added.first())->photo.sourceName, u"IMG_0.JPG"_s);

        // The same card again: nothing new, each photo named as already there.
        result = PhotoImporter::run(*file, {card}, item);
        QCOMPARE(result.added.size(), 0);
        QCOMPARE(result.duplicates.size(), 4);
        QVERIFY(result.duplicates.first().contains(u"IMG_0.JPG"_s));

        // A bad file among good ones: nothing at all is imported, and the error names it.
        const QString good = writeFile(u"more/good.jpg"_s, test::jpegOf(quadrants(50, 60)));
        const QString bad = writeFile(u"more/broken.jpg"_s, QByteArray("\xFF\xD8\xFF\xE0", 4));
        try {
            PhotoImporter::run(*file, {good, bad}, item);
            QFAIL("a broken photo was imported");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"broken.jpg"_s), qPrintable(e.message()));
        }
        QCOMPARE(EventReader::load(*file).treasure.size(), before + 4);

        // Cancelled: nothing imported.
        try {
            PhotoImporter::run(*file, {good}, item, 0,
                               [](qsizetype, qsizetype, const QString &) { return false; });
            QFAIL("not cancelled");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        QCOMPARE(EventReader::load(*file).treasure.size(), before + 4);
    }

    void aPreparedImportCanBeStoredAgainUnderItsIds()
    {
        // What an undone import, redone, does: the same photos under the same ids.
        const auto file = EventFile::create(m_dir.filePath(u"again.fieldday"_s), [](EventFile &f) {
            EventWriter::writeAll(f, SampleEvent::data());
        });
        const QString a = writeFile(u"again/a.jpg"_s, test::jpegOf(quadrants(80, 60)));
        const QString b = writeFile(u"again/b.jpg"_s, test::jpegOf(quadrants(60, 80)));
        writeFile(u"again/copy-of-a.jpg"_s, test::readFile(a));
        QTemporaryDir folder;
        const PhotoImporter::Preparation prepared =
            PhotoImporter::prepare(*file, {m_dir.filePath(u"again"_s)}, 0, folder.path());
        QCOMPARE(prepared.files, 3);
        QCOMPARE(prepared.photos.size(), 2);
        QCOMPARE(prepared.duplicates.size(), 1); // the copy, within the batch
        QVERIFY(prepared.duplicates.first().contains(u"copy-of-a.jpg: the same photo as"_s));
        const qsizetype before = EventReader::load(*file).treasure.size();
        TreasureItem item;
        item.destinationId = 1;
        const QList<qint64> ids = PhotoImporter::store(*file, prepared.photos, item);
        QCOMPARE(ids.size(), 2);
        for (qint64 id : ids)
            TreasureRepository(*file).remove(id);
        QCOMPARE(EventReader::load(*file).treasure.size(), before);
        QCOMPARE(PhotoImporter::store(*file, prepared.photos, item, ids), ids);
        const EventData after = EventReader::load(*file);
        QCOMPARE(after.treasureItem(ids[1])->photo.width, 60);
        QVERIFY(b.endsWith(after.treasureItem(ids[1])->photo.sourceName));
    }

    void theSamplesPicturesAreStoredLikeImportedOnes()
    {
        const EventData sample = SampleEvent::data();
        QVERIFY(sample.photoFiles.size() >= 4);
        for (auto it = sample.photoFiles.cbegin(); it != sample.photoFiles.cend(); ++it) {
            const TreasureItem &item = *sample.treasureItem(it.key());
            QCOMPARE(QImage::fromData(it.value()).size(),
                     QSize(item.photo.width, item.photo.height));
            QVERIFY(test::exifEntries(it.value()).isEmpty());
            QVERIFY(!test::jpegMarkers(it.value()).contains(0xE1));
        }
    }
};

QTEST_MAIN(TestPhotoIngest)
#include "TestPhotoIngest.moc"
