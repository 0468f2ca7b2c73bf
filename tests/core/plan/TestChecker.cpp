#include "PlanFixture.h"
#include "plan/Checker.h"

#include <QTest>
#include <functional>

using namespace fieldday;

// Every check code, triggered by one change to a day that is otherwise clean.
class TestChecker : public QObject
{
    Q_OBJECT

    using Change = std::function<void(EventData &)>;

private slots:
    void cleanDayHasNoProblems()
    {
        const QList<Problem> problems = Checker::run(test::cleanDay());
        for (const Problem &p : problems)
            qWarning() << p.code << p.message;
        QVERIFY(problems.isEmpty());
    }

    void codes_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("subjectKind");
        QTest::addColumn<QString>("inMessage");
        const int error = int(Problem::Severity::Error), warning = int(Problem::Severity::Warning),
                  info = int(Problem::Severity::Info);
        auto person = [](EventData &e, qint64 id, bool pinned) {
            Participant p;
            p.id = id;
            p.givenName = u"Extra"_s;
            p.familyName = QString::number(id);
            e.participants.append(p);
            e.assignments.append(Assignment{id, 1, pinned});
        };
        QTest::newRow("over max") << Change([&](EventData &e) {
            person(e, 3, false);
            person(e, 4, false);
        }) << u"group-over-max"_s << error
                                  << u"destination"_s << u"4 people, above its maximum of 3"_s;
        QTest::newRow("pinned to a full group") << Change([&](EventData &e) {
            person(e, 3, false);
            person(e, 4, true);
        }) << u"pinned-to-full-group"_s << error << u"participant"_s
                                                << u"pinned to Sale"_s;
        QTest::newRow("under min")
            << Change([](EventData &e) { e.destinations[0].minSize = 3; }) << u"group-under-min"_s
            << warning << u"destination"_s << u"below its minimum of 3"_s;
        QTest::newRow("booked without group")
            << Change([](EventData &e) { e.assignments.removeLast(); }) << u"booked-without-group"_s
            << warning << u"participant"_s << u"Łukasz Person"_s;
        QTest::newRow("seats short")
            << Change([](EventData &e) { e.legs[0].seats = 2; }) << u"leg-seats-short"_s << error
            << u"leg"_s << u"2 seats for 3 travellers"_s;
        QTest::newRow("chain gap")
            << Change([](EventData &e) {
                   TransportLeg walk = e.legs[0];
                   walk.id = 3;
                   walk.position = 1;
                   walk.fromPlaceId = 1; // should leave from the library, where the minibus arrived
                   walk.departs = QTime(10, 56);
                   walk.arrives = QTime(10, 58);
                   e.legs.append(walk);
               })
            << u"chain-gap"_s << error << u"leg"_s
            << u"departs from Hub, but the previous leg arrives at Library"_s;
        QTest::newRow("chain overlap")
            << Change([](EventData &e) {
                   TransportLeg walk = e.legs[0];
                   walk.id = 3;
                   walk.position = 1;
                   walk.fromPlaceId = 2;
                   walk.departs = QTime(10, 50);
                   walk.arrives = QTime(10, 58);
                   e.legs.append(walk);
               })
            << u"chain-overlap"_s << error << u"leg"_s
            << u"departs at 10:50, before the previous leg arrives at 10:55"_s;
        QTest::newRow("arrives before departs")
            << Change([](EventData &e) { e.legs[0].arrives = QTime(10, 0); })
            << u"leg-arrives-before-departs"_s << error << u"leg"_s << u"arrives at 10:00"_s;
        QTest::newRow("times missing")
            << Change([](EventData &e) { e.legs[1].departs = QTime(); }) << u"leg-times-missing"_s
            << warning << u"leg"_s << u"not set"_s;
        QTest::newRow("not from the hub") << Change([](EventData &e) {
            e.places.append(Place{3, u"Station"_s, {}, {}, {}, {}, {}, StepFree::Yes, {}});
            e.legs[0].fromPlaceId = 3;
            e.index();
        }) << u"chain-start-not-hub"_s << warning
                                          << u"leg"_s << u"not at the hub"_s;
        QTest::newRow("does not reach the destination") << Change([](EventData &e) {
            e.places.append(Place{3, u"Station"_s, {}, {}, {}, {}, {}, StepFree::Yes, {}});
            e.legs[0].toPlaceId = 3;
            e.index();
        }) << u"chain-end-not-destination"_s << error << u"leg"_s
                                                        << u"arrives at Station, not at Library"_s;
        QTest::newRow("back not from the destination")
            << Change([](EventData &e) { e.legs[1].fromPlaceId = 1; })
            << u"chain-start-not-destination"_s << error << u"leg"_s << u"not at Library"_s;
        QTest::newRow("back not to the reconvene")
            << Change([](EventData &e) { e.legs[1].toPlaceId = 2; }) << u"chain-end-not-reconvene"_s
            << error << u"leg"_s << u"not at the reconvene"_s;
        QTest::newRow("leaves during the briefing")
            << Change([](EventData &e) { e.legs[0].departs = QTime(10, 0); })
            << u"leaves-before-briefing-ends"_s << error << u"leg"_s
            << u"before \"Welcome and briefing\" ends at 10:15"_s;
        QTest::newRow("arrives after the visit starts")
            << Change([](EventData &e) { e.destinations[0].visitStart = QTime(10, 45); })
            << u"visit-does-not-fit"_s << error << u"destination"_s
            << u"after its visit starts at 10:45"_s;
        QTest::newRow("leaves before the visit ends")
            << Change([](EventData &e) { e.destinations[0].visitEnd = QTime(13, 30); })
            << u"visit-does-not-fit"_s << error << u"destination"_s
            << u"before its visit ends at 13:30"_s;
        QTest::newRow("back late")
            << Change([](EventData &e) { e.legs[1].arrives = QTime(14, 40); })
            << u"back-after-reconvene"_s << error << u"leg"_s
            << u"after the reconvene starts at 14:30"_s;
        QTest::newRow("back with little time")
            << Change([](EventData &e) { e.legs[1].arrives = QTime(14, 25); })
            << u"back-buffer-short"_s << warning << u"leg"_s << u"only 5 min"_s;
        QTest::newRow("no legs") << Change([](EventData &e) { e.legs.removeLast(); })
                                 << u"no-legs"_s << warning << u"destination"_s
                                 << u"no travel back"_s;
        QTest::newRow("step-free not met") << Change([](EventData &e) {
            e.participants[0].needsStepFree = true;
            e.legs[0].stepFree = StepFree::No;
        }) << u"step-free-not-met"_s << error
                                           << u"participant"_s
                                           << u"Zoë Person needs step-free access"_s;
        QTest::newRow("step-free unknown") << Change([](EventData &e) {
            e.participants[0].needsStepFree = true;
            e.places[1].stepFree = StepFree::Unknown;
        }) << u"step-free-unknown"_s << warning
                                           << u"participant"_s << u"Library"_s;
        QTest::newRow("host contact missing")
            << Change([](EventData &e) { e.destinations[0].hostContactPhone.clear(); })
            << u"host-contact-missing"_s << warning << u"destination"_s << u"no host contact"_s;
        QTest::newRow("lead without phone")
            << Change([](EventData &e) { e.destinations[0].leads[0].phone.clear(); })
            << u"lead-phone-missing"_s << warning << u"destination"_s << u"Priya has no phone"_s;
        QTest::newRow("no lead") << Change([](EventData &e) { e.destinations[0].leads.clear(); })
                                 << u"no-lead"_s << warning << u"destination"_s
                                 << u"no group lead"_s;
        QTest::newRow("duplicate e-mail")
            << Change([](EventData &e) { e.participants[1].email = u"P1@example.org"_s; })
            << u"duplicate-email"_s << warning << u"participant"_s << u"share the e-mail"_s;
        QTest::newRow("no consent to share contact")
            << Change([](EventData &e) { e.participants[0].consentShareContact = false; })
            << u"contact-not-shared"_s << info << u"destination"_s << u"1 person did not consent"_s;
        // The treasure log: a photo of Zoë, who did not consent to photos.
        auto photo = [](EventData &e) -> TreasureItem & {
            TreasureItem item;
            item.id = 7;
            item.destinationId = 1;
            item.type = TreasureType::Photo;
            item.caption = u"Leeks on the verge"_s;
            item.consent = FinderConsent::Publish;
            item.identifiable = Identifiable::Nobody;
            item.shareOut = true;
            item.inReport = true;
            e.treasure.append(item);
            return e.treasure.last();
        };
        QTest::newRow("identifiable without consent") << Change([photo](EventData &e) {
            TreasureItem &item = photo(e);
            item.identifiable = Identifiable::Named;
            item.shows = {1};
            item.shareOut = item.inReport = false;
        }) << u"identifiable-without-consent"_s << warning
                                                      << u"treasure"_s
                                                      << u"shows Zoë Person, who has not"_s;
        QTest::newRow("chosen but not allowed")
            << Change([photo](EventData &e) { photo(e).consent = FinderConsent::Room; })
            << u"treasure-not-allowed"_s << warning << u"treasure"_s
            << u"chosen for the report but will be left out: "
               "the finder agreed to the room only"_s;
        QTest::newRow("nobody said who is in it")
            << Change([photo](EventData &e) { photo(e).identifiable = Identifiable::Unknown; })
            << u"treasure-not-allowed"_s << warning << u"treasure"_s
            << u"nobody has said who can be recognised"_s;
        QTest::newRow("nothing for the share-out")
            << Change([photo](EventData &e) { photo(e).shareOut = false; })
            << u"nothing-for-share-out"_s << warning << u"destination"_s
            << u"Sale has nothing chosen"_s;
    }

    void aTreasureLogThatMayBeShownHasNoProblems()
    {
        EventData e = test::cleanDay();
        e.participants[0].consentPhotos = true;
        TreasureItem item;
        item.id = 1;
        item.destinationId = 1;
        item.type = TreasureType::Photo;
        item.consent = FinderConsent::Publish;
        item.identifiable = Identifiable::Named;
        item.shows = {1};
        item.shareOut = item.inReport = true;
        TreasureItem quiet = item; // not chosen, consent not given: nothing to say
        quiet.id = 2;
        quiet.consent = FinderConsent::None;
        quiet.identifiable = Identifiable::Unknown;
        quiet.shareOut = quiet.inReport = false;
        e.treasure = {item, quiet};
        e.index();
        QVERIFY(Checker::run(e).isEmpty());
    }

    void unsoundRowCodes_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        using P = UnsoundRow::Problem;
        using A = UnsoundRow::Action;
        const int error = int(Problem::Severity::Error), warning = int(Problem::Severity::Warning);
        QTest::newRow("missing") << int(P::Missing) << int(A::LeftOut) << u"row-missing-value"_s
                                 << error;
        QTest::newRow("wrong type") << int(P::WrongType) << int(A::LeftOut) << u"row-wrong-type"_s
                                    << error;
        QTest::newRow("not allowed") << int(P::NotAllowed) << int(A::LeftOut)
                                     << u"row-not-allowed"_s << error;
        QTest::newRow("too long") << int(P::TooLong) << int(A::LeftOut) << u"row-too-long"_s
                                  << error;
        QTest::newRow("broken reference, left out")
            << int(P::BrokenReference) << int(A::LeftOut) << u"row-broken-reference"_s << error;
        QTest::newRow("broken reference, dropped")
            << int(P::BrokenReference) << int(A::ReferenceDropped) << u"row-broken-reference"_s
            << warning;
        QTest::newRow("with a row left out") << int(P::WithLeftOutRow) << int(A::LeftOut)
                                             << u"row-left-out-with"_s << error;
    }

    // A row of the file that was left out is a problem of the event, named as the file names it.
    void unsoundRowCodes()
    {
        QFETCH(int, problem);
        QFETCH(int, action);
        QFETCH(QString, code);
        QFETCH(int, severity);
        EventData e = test::cleanDay();
        e.unsound.append({u"participant"_s, 12, u"participant 12 (Zoë Ng)"_s, u"status"_s,
                          UnsoundRow::Problem(problem), UnsoundRow::Action(action),
                          u"is 'maybe', not one of booked, waitlisted"_s});
        const QList<Problem> problems = Checker::run(e);
        QCOMPARE(problems.size(), 1);
        const Problem &p = problems.first();
        QCOMPARE(p.code, code);
        QCOMPARE(int(p.severity), severity);
        QCOMPARE(p.subject.kind, u"participant"_s);
        QCOMPARE(p.subject.id, 12);
        QCOMPARE(p.subject.name, u"participant 12 (Zoë Ng)"_s);
        QCOMPARE(p.message, u"participant 12 (Zoë Ng), field \"status\": is 'maybe', not one of "
                            "booked, waitlisted; the row is left out"_s
                                .replace(u"the row is left out"_s,
                                         action == int(UnsoundRow::Action::LeftOut)
                                             ? u"the row is left out"_s
                                             : u"the reference is dropped"_s));
    }

    void codes()
    {
        QFETCH(Change, change);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QString, subjectKind);
        QFETCH(QString, inMessage);
        EventData e = test::cleanDay();
        change(e);
        e.index();
        const QList<Problem> problems = Checker::run(e);
        bool found = false;
        for (const Problem &p : problems) {
            if (p.code != code)
                continue;
            found = true;
            QCOMPARE(int(p.severity), severity);
            QCOMPARE(p.subject.kind, subjectKind);
            QVERIFY(p.subject.id > 0);
            QVERIFY2(p.message.contains(inMessage), qPrintable(p.message));
        }
        QVERIFY2(found, qPrintable(code));
        // Errors come first.
        for (qsizetype i = 1; i < problems.size(); ++i)
            QVERIFY(problems[i - 1].severity <= problems[i].severity);
    }

    void bufferIsConfigurable()
    {
        EventData e = test::cleanDay();
        e.legs[1].arrives = QTime(14, 0); // 30 minutes before the reconvene
        CheckSettings settings;
        settings.returnBufferMinutes = 45;
        QCOMPARE(Checker::run(e, settings).value(0).code, u"back-buffer-short"_s);
        QVERIFY(Checker::run(e).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "TestChecker.moc"
