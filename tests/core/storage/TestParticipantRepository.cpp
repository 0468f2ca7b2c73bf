#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/WriteTransaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Editing people: validation, status changes that keep the record, explicit deletion.
class TestParticipantRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_file;
    int m_count = 0;

    static Participant person(const QString &given, const QString &family, const QString &email)
    {
        Participant p;
        p.givenName = given;
        p.familyName = family;
        p.email = email;
        return p;
    }

private slots:
    void init()
    {
        EventData data;
        data.details.title = u"T"_s;
        data.details.date = QDate(2019, 3, 26);
        Destination d;
        d.id = 1;
        d.name = u"Salford"_s;
        d.maxSize = 10;
        Destination e = d;
        e.id = 2;
        e.name = u"Wigan"_s;
        data.destinations = {d, e};
        m_file = EventFile::create(m_dir.filePath(u"e%1.fieldday"_s.arg(++m_count)),
                                   [&data](EventFile &f) { EventWriter::writeAll(f, data); });
    }
    void cleanup() { m_file.reset(); }

    void addAndFind()
    {
        ParticipantRepository repo(*m_file);
        Participant p = person(u"Siobhán"_s, u"Ó Briain"_s, u"s@example.org"_s);
        p.choices = {2, 1};
        p.consentPhotos = true;
        const qint64 id = repo.add(p);
        const auto found = repo.find(id);
        QVERIFY(found);
        QCOMPARE(found->givenName, u"Siobhán"_s);
        QCOMPARE(found->choices, (QList<qint64>{2, 1}));
        QVERIFY(found->consentPhotos);
        QCOMPARE(found->status, ParticipantStatus::Booked);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("message");
        QTest::newRow("no given name")
            << u" "_s << u"B"_s << QString() << u"given name: required"_s;
        QTest::newRow("no family name")
            << u"A"_s << QString() << QString() << u"family name: required"_s;
        QTest::newRow("no at") << u"A"_s << u"B"_s << u"a.example.org"_s
                               << u"not an e-mail address"_s;
        QTest::newRow("space") << u"A"_s << u"B"_s << u"a b@example.org"_s
                               << u"not an e-mail address"_s;
        QTest::newRow("no domain dot")
            << u"A"_s << u"B"_s << u"a@localhost"_s << u"not an e-mail address"_s;
    }

    void validation()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, email);
        QFETCH(QString, message);
        ParticipantRepository repo(*m_file);
        try {
            repo.add(person(given, family, email));
            QFAIL("accepted an invalid participant");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        QCOMPARE(EventReader::load(*m_file).participants.size(), 0);
    }

    void cancellingKeepsTheRecordAndFreesThePlace()
    {
        ParticipantRepository repo(*m_file);
        const qint64 id = repo.add(person(u"Zoë"_s, u"Adams"_s, {}));
        repo.assign(id, 1, true);
        QCOMPARE(EventReader::load(*m_file).destinationOf(id), 1);
        repo.cancel(id);
        const EventData data = EventReader::load(*m_file);
        QCOMPARE(data.participants.size(), 1);
        QCOMPARE(data.participants[0].status, ParticipantStatus::Cancelled);
        QCOMPARE(data.destinationOf(id), 0);
        repo.rebook(id);
        QCOMPARE(repo.find(id)->status, ParticipantStatus::Booked);
    }

    void checkInAndNoShow()
    {
        ParticipantRepository repo(*m_file);
        const qint64 a = repo.add(person(u"A"_s, u"One"_s, {}));
        const qint64 b = repo.add(person(u"B"_s, u"Two"_s, {}));
        const QDateTime at(QDate(2019, 3, 26), QTime(9, 24));
        repo.checkIn(a, at);
        repo.markNoShow(b);
        QCOMPARE(repo.find(a)->status, ParticipantStatus::Attended);
        QCOMPARE(repo.find(a)->checkedInAt, at);
        QCOMPARE(repo.find(b)->status, ParticipantStatus::NoShow);
        QVERIFY_THROWS_EXCEPTION(Error, repo.checkIn(a, QDateTime()));
    }

    void removeIsExplicitAndCascades()
    {
        ParticipantRepository repo(*m_file);
        Participant p = person(u"Łukasz"_s, u"Nowak"_s, {});
        p.choices = {1};
        const qint64 id = repo.add(p);
        repo.assign(id, 1, false);
        repo.remove(id);
        const EventData data = EventReader::load(*m_file);
        QVERIFY(data.participants.isEmpty());
        QVERIFY(data.assignments.isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, repo.remove(id));
    }

    void nestedChangesRollBackTogether()
    {
        ParticipantRepository repo(*m_file);
        {
            WriteTransaction outer(*m_file);
            repo.add(person(u"In"_s, u"Side"_s, {}));
            // no commit: the whole outer change goes, the inner add with it
        }
        QCOMPARE(EventReader::load(*m_file).participants.size(), 0);
        {
            WriteTransaction outer(*m_file);
            repo.add(person(u"In"_s, u"Side"_s, {}));
            QVERIFY_THROWS_EXCEPTION(Error, repo.add(person(u""_s, u"Bad"_s, {})));
            outer.commit();
        }
        QCOMPARE(EventReader::load(*m_file).participants.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestParticipantRepository)
#include "TestParticipantRepository.moc"
