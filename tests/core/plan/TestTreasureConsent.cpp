#include "core/plan/ConsentOracle.h"
#include "plan/TreasureConsent.h"
#include "sample/SampleEvent.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Who may see what the groups found. The rule is written once in TreasureConsent; these tests
// hold it to the words of docs/checks.md, case by case and over many random logs.
class TestTreasureConsent : public QObject
{
    Q_OBJECT

    // A random log over the sample's groups and people, with their photo consent shuffled.
    static EventData randomLog(QRandomGenerator &random)
    {
        EventData e = SampleEvent::data();
        for (Participant &p : e.participants)
            p.consentPhotos = random.bounded(3) != 0;
        e.treasure.clear();
        const int items = 1 + int(random.bounded(40));
        for (int i = 0; i < items; ++i) {
            TreasureItem item;
            item.id = i + 1;
            item.destinationId = e.destinations[random.bounded(int(e.destinations.size()))].id;
            item.type = allTreasureTypes()[random.bounded(3)];
            item.consent = allFinderConsents()[random.bounded(3)];
            item.identifiable = Identifiable(random.bounded(3));
            if (item.identifiable == Identifiable::Named) {
                const int people = int(random.bounded(4)); // sometimes none listed
                for (int k = 0; k < people; ++k) {
                    const bool removed = random.bounded(8) == 0;
                    item.shows.append(
                        removed ? 0
                                : e.participants[random.bounded(int(e.participants.size()))].id);
                }
            }
            item.shareOut = random.bounded(2);
            item.inReport = random.bounded(2);
            item.credit = random.bounded(2);
            item.finderParticipantId =
                e.participants[random.bounded(int(e.participants.size()))].id;
            e.treasure.append(item);
        }
        e.index();
        return e;
    }

private slots:
    void theReportNeverHoldsWhatMayNotBePublished()
    {
        QRandomGenerator random(20190326);
        int shownSomething = 0, heldBack = 0;
        for (int run = 0; run < 500; ++run) {
            const EventData e = randomLog(random);
            const QList<const TreasureItem *> report = TreasureConsent::shown(e, Audience::Report);
            const QList<const TreasureItem *> room = TreasureConsent::shown(e, Audience::ShareOut);
            for (const TreasureItem &item : e.treasure) {
                const bool inReport = report.contains(&item);
                QCOMPARE(inReport, item.inReport && test::mayPublish(e, item));
                QCOMPARE(room.contains(&item), item.shareOut && test::mayShowInTheRoom(e, item));
                // Publication is never more than the room allows.
                if (TreasureConsent::allowed(e, item, Audience::Report))
                    QVERIFY(TreasureConsent::allowed(e, item, Audience::ShareOut));
                const TreasureConsent::Verdict verdict =
                    TreasureConsent::check(e, item, Audience::Report);
                QCOMPARE(verdict.allowed, verdict.reasons.isEmpty());
                heldBack += item.inReport && !inReport;
            }
            shownSomething += !report.isEmpty();
        }
        // The random logs exercised both sides of the rule.
        QVERIFY(shownSomething > 100);
        QVERIFY(heldBack > 100);
    }

    void cases_data()
    {
        QTest::addColumn<int>("consent");
        QTest::addColumn<int>("identifiable");
        QTest::addColumn<QList<qint64>>("shows");
        QTest::addColumn<bool>("room");
        QTest::addColumn<bool>("report");
        const int none = int(FinderConsent::None), room = int(FinderConsent::Room),
                  publish = int(FinderConsent::Publish);
        const int nobody = int(Identifiable::Nobody), unknown = int(Identifiable::Unknown),
                  named = int(Identifiable::Named);
        // Person 1 consented to photos, person 7 (Björn Lindqvist in the sample) did not.
        QTest::newRow("nothing agreed") << none << nobody << QList<qint64>{} << false << false;
        QTest::newRow("the room only") << room << nobody << QList<qint64>{} << true << false;
        QTest::newRow("publish") << publish << nobody << QList<qint64>{} << true << true;
        QTest::newRow("who is in it unknown")
            << publish << unknown << QList<qint64>{} << false << false;
        QTest::newRow("a consenting person")
            << publish << named << QList<qint64>{1} << true << true;
        QTest::newRow("one without consent")
            << publish << named << QList<qint64>{1, 7} << false << false;
        QTest::newRow("a removed person") << publish << named << QList<qint64>{0} << false << false;
        QTest::newRow("named, nobody listed")
            << publish << named << QList<qint64>{} << false << false;
    }

    void cases()
    {
        QFETCH(int, consent);
        QFETCH(int, identifiable);
        QFETCH(QList<qint64>, shows);
        QFETCH(bool, room);
        QFETCH(bool, report);
        const EventData e = SampleEvent::data();
        QVERIFY(e.participant(1)->consentPhotos);
        QVERIFY(!e.participant(7)->consentPhotos);
        TreasureItem item;
        item.destinationId = 1;
        item.consent = FinderConsent(consent);
        item.identifiable = Identifiable(identifiable);
        item.shows = shows;
        QCOMPARE(TreasureConsent::allowed(e, item, Audience::ShareOut), room);
        QCOMPARE(TreasureConsent::allowed(e, item, Audience::Report), report);
        // A quote has nobody's face in it: only the finder's consent counts.
        item.type = TreasureType::Quote;
        QCOMPARE(TreasureConsent::allowed(e, item, Audience::Report),
                 consent == int(FinderConsent::Publish));
    }

    void theFinderIsNamedOnlyWhenTheyAskedToBe()
    {
        const EventData e = SampleEvent::data();
        TreasureItem item = *e.treasureItem(1);
        QVERIFY(item.credit);
        QCOMPARE(TreasureConsent::credit(e, item),
                 e.participant(item.finderParticipantId)->displayName());
        item.credit = false;
        QVERIFY(TreasureConsent::credit(e, item).isEmpty());
        item = *e.treasureItem(3); // a lead's quote
        QCOMPARE(TreasureConsent::credit(e, item), u"Dr Ruth Ashcroft"_s);
    }
};

QTEST_GUILESS_MAIN(TestTreasureConsent)
#include "TestTreasureConsent.moc"
