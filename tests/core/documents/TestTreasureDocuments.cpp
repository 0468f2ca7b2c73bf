#include "core/plan/ConsentOracle.h"
#include "documents/EventReport.h"
#include "documents/ShareOutDeck.h"
#include "plan/TreasureConsent.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The share-out deck and the event report, read back with poppler's tools (and LibreOffice
// for the ODT): what they show, that they show nothing the consent rule holds back, and that
// their images are exactly the photos allowed and chosen.
class TestTreasureDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EventData m_sample;

    static QString run(const QString &tool, const QStringList &arguments,
                       const QString &folder = {})
    {
        QProcess process;
        if (!folder.isEmpty())
            process.setWorkingDirectory(folder);
        process.start(tool, arguments);
        process.waitForFinished(180000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QStringList pages(const QString &pdf)
    {
        QStringList result = run(u"pdftotext"_s, {pdf, u"-"_s}).split(u'\f');
        if (!result.isEmpty() && result.last().trimmed().isEmpty())
            result.removeLast();
        return result;
    }
    // pdftotext breaks lines where the page does; compare words only.
    static QString words(const QString &text) { return text.simplified(); }
    static int imageCount(const QString &pdf)
    {
        const QStringList lines =
            run(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts);
        return int(lines.size()) - 2; // two header lines
    }
    // The files of an ODT (a zip), read with Python's zipfile: name → bytes as hex.
    static QMap<QString, QByteArray> zipEntries(const QString &path)
    {
        const QString listing =
            run(u"python3"_s, {u"-c"_s,
                               u"import sys, zipfile\n"
                               "z = zipfile.ZipFile(sys.argv[1])\n"
                               "for n in z.namelist(): print(n, z.read(n).hex())"_s,
                               path});
        QMap<QString, QByteArray> entries;
        for (const QString &line : listing.split(u'\n', Qt::SkipEmptyParts))
            entries.insert(line.section(u' ', 0, 0),
                           QByteArray::fromHex(line.section(u' ', 1).toLatin1()));
        return entries;
    }
    PhotoLoader samplePhotos() const
    {
        return [this](qint64 id) { return m_sample.photoFiles.value(id); };
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        m_sample = SampleEvent::data();
    }

    void theDeckHasEachGroupThenWhatItChoseForTheRoom()
    {
        const QString pdf = path(u"deck.pdf"_s);
        const int slides = ShareOutDeck::writePdf(pdf, m_sample, samplePhotos());
        const QList<const TreasureItem *> shown = test::expectedAtShareOut(m_sample);
        QCOMPARE(slides, m_sample.destinations.size() + shown.size());
        QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(u"960 x 540 pts"_s)); // 16:9
        const QStringList text = pages(pdf);
        QCOMPARE(text.size(), slides);
        int photos = 0, slide = 0;
        for (const Destination &d : m_sample.destinations) {
            // The title slide: the group, its host and where it went.
            QVERIFY2(text[slide].contains(d.name), qPrintable(text[slide]));
            QVERIFY(words(text[slide]).contains(d.hostOrganisation));
            QVERIFY(text[slide].contains(m_sample.placeName(d.placeId)));
            ++slide;
            for (const TreasureItem *item : test::expectedAtShareOut(m_sample, d.id)) {
                const QString page = words(text[slide++]);
                QVERIFY2(page.contains(words(item->caption)), qPrintable(page));
                for (const QString &kind : item->themes)
                    QVERIFY2(page.contains(kind), qPrintable(kind));
                const QString finder = m_sample.finderName(*item);
                if (!finder.isEmpty())
                    QCOMPARE(page.contains(finder), item->credit);
                photos += item->isPhoto();
            }
        }
        QCOMPARE(imageCount(pdf), photos);
        // Held back: chosen for nothing, or not agreed for the room.
        const QString all = words(text.join(u' '));
        for (const TreasureItem &item : m_sample.treasure) {
            if (!shown.contains(&item) && !item.text.isEmpty())
                QVERIFY2(!all.contains(words(item.text)), qPrintable(item.text));
        }
    }

    void theReportHasEverySectionAndOnlyWhatMayBePublished()
    {
        const QString pdf = path(u"report.pdf"_s);
        const int count = EventReport::writePdf(pdf, m_sample, samplePhotos());
        const QStringList text = pages(pdf);
        QCOMPARE(text.size(), count);
        for (int i = 0; i < count; ++i)
            QVERIFY(text[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(count)));
        const QString all = words(text.join(u' '));
        for (const QString &heading : {u"Research questions"_s, u"The visits"_s, u"Who came"_s,
                                       u"What we found"_s, u"What we learned"_s})
            QVERIFY2(all.contains(heading), qPrintable(heading));
        for (const ResearchQuestion &q : m_sample.details.questions)
            QVERIFY2(all.contains(words(q.text)), qPrintable(q.text));
        for (const Destination &d : m_sample.destinations)
            QVERIFY(all.contains(words(d.description)));
        for (const Finding &f : m_sample.findings)
            QVERIFY2(all.contains(words(f.title)), qPrintable(f.title));
        const QList<const TreasureItem *> shown = test::expectedInReport(m_sample);
        int photos = 0;
        for (const TreasureItem &item : m_sample.treasure) {
            const bool in = shown.contains(&item);
            if (!item.caption.isEmpty())
                QVERIFY2(all.contains(words(item.caption)) == in, qPrintable(item.caption));
            photos += in && item.isPhoto();
        }
        QCOMPARE(photos, 4); // the speed humps were agreed for the room only
        QCOMPARE(imageCount(pdf), photos);
        QVERIFY(all.contains(u"Figure 4."_s));
        // Who came: counts by group and sector, never names. A name appears only as the credit
        // of a find whose finder asked for it.
        QVERIFY(all.contains(u"No check-in was recorded: these are the 40 people booked"_s));
        for (const Participant &p : m_sample.participants) {
            bool credited = false;
            for (const TreasureItem *item : shown)
                credited = credited || (item->credit && item->finderParticipantId == p.id);
            QVERIFY2(all.contains(p.displayName()) == credited, qPrintable(p.displayName()));
        }
    }

    void whoCameCountsCheckInOnceThereIsAny()
    {
        EventData event = m_sample;
        int attended = 0;
        for (Participant &p : event.participants) {
            if (p.status == ParticipantStatus::Booked && attended < 7 &&
                event.destinationOf(p.id)) {
                p.status = ParticipantStatus::Attended;
                p.checkedInAt = QDateTime(event.details.date, QTime(9, 20));
                ++attended;
            }
        }
        event.index();
        const QList<ReportBlock> blocks = EventReport::content(event);
        bool said = false;
        for (const ReportBlock &b : blocks) {
            said = said || b.text.contains(u"7 people came, counted at check-in"_s);
            if (b.kind == ReportBlock::Kind::Table)
                QCOMPARE(b.rows.last().last(), u"7"_s);
        }
        QVERIFY(said);
    }

    void theOdtOpensInLibreOfficeWithHeadingsPhotosAndCaptions()
    {
        const QString odt = path(u"report.odt"_s);
        EventReport::writeOdt(odt, m_sample, samplePhotos());
        const QMap<QString, QByteArray> entries = zipEntries(odt);
        // ODF: the mimetype first and stored, so a file manager knows it from its first bytes.
        const QByteArray head = [&odt] {
            QFile f(odt);
            return f.open(QIODevice::ReadOnly) ? f.read(80) : QByteArray();
        }();
        QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(head.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString content = QString::fromUtf8(entries.value(u"content.xml"_s));
        // Real headings: five sections, the three visits, four kinds of treasure, four findings.
        QCOMPARE(content.count(u"<text:h "_s), 5 + 3 + 4 + 4);
        // The photos are the stored JPEGs, exactly, and only those that may be published.
        QSet<QByteArray> allowed;
        for (const TreasureItem *item : test::expectedInReport(m_sample)) {
            if (item->isPhoto())
                allowed.insert(m_sample.photoFiles.value(item->id));
        }
        int pictures = 0;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (it.key().startsWith(u"Pictures/"_s)) {
                ++pictures;
                QVERIFY2(allowed.contains(it.value()), qPrintable(it.key()));
            }
        }
        QCOMPARE(pictures, allowed.size());

        if (QStandardPaths::findExecutable(u"soffice"_s).isEmpty())
            QSKIP(
                "LibreOffice is not installed (scripts/check-exports-libreoffice.sh installs it)");
        const QString folder = path(u"lo"_s);
        QDir().mkpath(folder);
        QFile::copy(odt, folder + u"/report.odt"_s);
        QProcess soffice;
        soffice.setWorkingDirectory(folder);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, folder); // its own profile, not the user's
        soffice.setProcessEnvironment(env);
        soffice.start(u"soffice"_s, {u"--headless"_s, u"--norestore"_s, u"--convert-to"_s, u"pdf"_s,
                                     u"report.odt"_s});
        QVERIFY(soffice.waitForFinished(180000));
        const QString pdf = folder + u"/report.pdf"_s;
        QVERIFY2(QFile::exists(pdf), "LibreOffice did not open the report");
        const QString text = words(pages(pdf).join(u' '));
        for (const QString &heading : {u"Research questions"_s, u"The visits"_s, u"Who came"_s,
                                       u"What we found"_s, u"What we learned"_s})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        for (const TreasureItem *item : test::expectedInReport(m_sample)) {
            if (!item->caption.isEmpty())
                QVERIFY2(text.contains(words(item->caption)), qPrintable(item->caption));
        }
        QVERIFY(text.contains(u"Figure 1."_s) && text.contains(u"Figure 4."_s));
        QCOMPARE(imageCount(pdf), int(allowed.size()));
    }

    // Random logs over the sample's people, each photo a solid colour of its own: whatever the
    // log, the report's and the deck's images are exactly the photos allowed and chosen.
    void randomLogsShowOnlyWhatMayBeShown()
    {
        QRandomGenerator random(26032019);
        for (int run = 0; run < 6; ++run) {
            EventData e = m_sample;
            for (Participant &p : e.participants)
                p.consentPhotos = random.bounded(3) != 0;
            e.treasure.clear();
            e.photoFiles.clear();
            e.findings.clear();
            QHash<qint64, QColor> colours;
            for (int i = 1; i <= 12; ++i) {
                TreasureItem item;
                item.id = i;
                item.destinationId = e.destinations[random.bounded(3)].id;
                item.type = random.bounded(4) ? TreasureType::Photo : TreasureType::Quote;
                item.text = item.isPhoto() ? QString() : u"Words %1"_s.arg(i);
                item.caption = u"Find number %1"_s.arg(i);
                item.consent = allFinderConsents()[random.bounded(3)];
                item.identifiable = Identifiable(random.bounded(3));
                if (item.identifiable == Identifiable::Named)
                    item.shows = {e.participants[random.bounded(int(e.participants.size()))].id};
                item.shareOut = random.bounded(2);
                item.inReport = random.bounded(2);
                if (item.isPhoto()) {
                    QImage image(64, 48, QImage::Format_RGB32);
                    colours.insert(i, QColor::fromHsv((i - 1) * 30, 255, 230));
                    image.fill(colours.value(i));
                    QBuffer buffer;
                    buffer.open(QIODevice::WriteOnly);
                    QImageWriter(&buffer, "jpeg").write(image);
                    e.photoFiles.insert(i, buffer.data());
                    item.photo = PhotoInfo{64, 48, {}, {}};
                }
                e.treasure.append(item);
            }
            e.index();
            const PhotoLoader photos = [&e](qint64 id) { return e.photoFiles.value(id); };
            for (Audience audience : {Audience::Report, Audience::ShareOut}) {
                QSet<qint64> allowed;
                for (const TreasureItem *item : audience == Audience::Report
                                                    ? test::expectedInReport(e)
                                                    : test::expectedAtShareOut(e)) {
                    if (item->isPhoto())
                        allowed.insert(item->id);
                }
                const QString pdf = path(u"random-%1-%2.pdf"_s.arg(run).arg(int(audience)));
                if (audience == Audience::Report)
                    EventReport::writePdf(pdf, e, photos);
                else
                    ShareOutDeck::writePdf(pdf, e, photos);
                QCOMPARE(imageCount(pdf), int(allowed.size()));
                // Each image is one of the allowed photos, told by its colour.
                const QString images = path(u"images-%1-%2"_s.arg(run).arg(int(audience)));
                QDir().mkpath(images);
                this->run(u"pdfimages"_s, {u"-png"_s, pdf, images + u"/i"_s});
                QSet<qint64> seen;
                for (const QFileInfo &file : QDir(images).entryInfoList(QDir::Files)) {
                    const QImage image(file.filePath());
                    const QColor c = image.pixelColor(image.width() / 2, image.height() / 2);
                    qint64 nearest = 0;
                    int best = INT_MAX;
                    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
                        const int distance = qAbs(it.value().red() - c.red()) +
                                             qAbs(it.value().green() - c.green()) +
                                             qAbs(it.value().blue() - c.blue());
                        if (distance < best) {
                            best = distance;
                            nearest = it.key();
                        }
                    }
                    QVERIFY2(allowed.contains(nearest),
                             qPrintable(u"photo %1 shown but not allowed"_s.arg(nearest)));
                    seen.insert(nearest);
                }
                QCOMPARE(seen, allowed);
            }
            const QString odt = path(u"random-%1.odt"_s.arg(run));
            EventReport::writeOdt(odt, e, photos);
            QSet<QByteArray> allowed;
            for (const TreasureItem *item : test::expectedInReport(e)) {
                if (item->isPhoto())
                    allowed.insert(e.photoFiles.value(item->id));
            }
            QSet<QByteArray> pictures;
            const QMap<QString, QByteArray> entries = zipEntries(odt);
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                if (it.key().startsWith(u"Pictures/"_s))
                    pictures.insert(it.value());
            }
            QCOMPARE(pictures, allowed);
        }
    }

    void badOutputNamesAreRefused()
    {
        try {
            EventReport::write(path(u"report.docx"_s), m_sample, samplePhotos());
            QFAIL("a .docx was written");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u".odt"_s));
        }
        QVERIFY(!QFile::exists(path(u"report.docx"_s)));
        try {
            ShareOutDeck::writePdf(path(u"nowhere/deck.pdf"_s), m_sample, samplePhotos());
            QFAIL("written into a folder that does not exist");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"deck.pdf"_s));
        }
    }
};

QTEST_MAIN(TestTreasureDocuments)
#include "TestTreasureDocuments.moc"
