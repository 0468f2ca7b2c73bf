#include "allocation/Allocator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The allocation: hand-worked optima, properties over random events, and agreement with an
// independent solver (brute force on tiny events, glpsol on small ones).
class TestAllocator : public QObject
{
    Q_OBJECT

    static AllocationDestination dest(qint64 id, int min, int max, StepFree access = StepFree::Yes)
    {
        return {id, u"D%1"_s.arg(id), min, max, access};
    }
    static AllocationPerson person(qint64 id, QList<qint64> choices, const QString &sector = u"A"_s)
    {
        AllocationPerson p;
        p.id = id;
        p.choices = choices;
        p.sector = sector;
        p.bookingOrder = int(id);
        return p;
    }

    // Every assignment of a tiny problem, the best by (shortfall, choice cost) and, with
    // booking order, then by the booking tier.
    static Allocator::Score bruteForce(const AllocationProblem &problem)
    {
        const bool booking = problem.settings.tieBreak == TieBreak::BookingOrder;
        Allocator::Score best{INT_MAX, 0, 0, 0};
        QHash<qint64, qint64> assignment;
        QHash<qint64, int> sizes;
        for (const AllocationPerson &p : problem.people) {
            if (const qint64 d = problem.fixedAt(p)) // held places are taken before the rest
                ++sizes[d];
        }
        std::function<void(qsizetype)> visit = [&](qsizetype i) {
            if (i == problem.people.size()) {
                for (const QList<qint64> &set : problem.keepTogether) {
                    for (qint64 id : set) {
                        if (assignment.value(id) != assignment.value(set.first()))
                            return;
                    }
                }
                const Allocator::Score s = Allocator::score(problem, assignment);
                if (std::tuple(s.shortfall, s.choiceCost, booking ? s.booking : 0) <
                    std::tuple(best.shortfall, best.choiceCost, booking ? best.booking : 0))
                    best = s;
                return;
            }
            const AllocationPerson &p = problem.people[i];
            QList<qint64> options{0};
            for (const AllocationDestination &d : problem.destinations) {
                if (Allocator::allowed(problem, p, d) && sizes.value(d.id) < d.maxSize)
                    options.append(d.id);
            }
            if (const qint64 fixed = problem.fixedAt(p)) {
                assignment.insert(p.id, fixed);
                visit(i + 1);
                return;
            }
            for (qint64 d : options) {
                assignment.insert(p.id, d);
                if (d)
                    ++sizes[d];
                visit(i + 1);
                if (d)
                    --sizes[d];
            }
        };
        visit(0);
        return best;
    }

    static AllocationProblem randomProblem(std::mt19937 &random, int people, int destinations,
                                           bool sets, bool pins)
    {
        AllocationProblem problem;
        std::uniform_int_distribution<int> size(0, 4);
        for (int d = 1; d <= destinations; ++d) {
            const int max = 1 + size(random);
            problem.destinations.append(dest(d, qMin(max, size(random) / 2), max,
                                             random() % 4 == 0 ? StepFree::No : StepFree::Yes));
        }
        const QStringList sectors = {u"A"_s, u"B"_s, u"C"_s};
        for (int i = 1; i <= people; ++i) {
            QList<qint64> choices;
            const int count = 1 + int(random() % std::min(3, destinations));
            while (choices.size() < count) {
                const qint64 d = 1 + qint64(random() % destinations);
                if (!choices.contains(d))
                    choices.append(d);
            }
            AllocationPerson p = person(i, choices, sectors[random() % 3]);
            p.needsStepFree = random() % 6 == 0;
            if (pins && random() % 7 == 0)
                p.pinnedTo = choices.first();
            problem.people.append(p);
        }
        if (sets && people >= 3) {
            problem.keepTogether.append({1, 2});
            problem.people[0].pinnedTo = 0; // a pinned member takes the set along; not tested here
            problem.people[1].pinnedTo = 0;
        }
        problem.settings.allowUnranked = random() % 3 != 0;
        problem.settings.tieBreak = random() % 4 == 0 ? TieBreak::Draw : TieBreak::BookingOrder;
        return problem;
    }

    // Gives about half the people a place they hold already, within the groups' limits (the
    // members of a keep-together set none), as an earlier run would have; pinned people hold
    // their pin.
    static void holdPlaces(std::mt19937 &random, AllocationProblem &problem)
    {
        QHash<qint64, int> free;
        for (const AllocationDestination &d : problem.destinations)
            free.insert(d.id, d.maxSize);
        QSet<qint64> inSets;
        for (const QList<qint64> &set : problem.keepTogether)
            inSets.unite(QSet<qint64>(set.cbegin(), set.cend()));
        for (AllocationPerson &p : problem.people) {
            if (p.pinnedTo) {
                p.current = p.pinnedTo;
                --free[p.pinnedTo];
            }
        }
        for (AllocationPerson &p : problem.people) {
            if (p.pinnedTo || inSets.contains(p.id) || random() % 2)
                continue;
            for (const AllocationDestination &d : problem.destinations) {
                if (free.value(d.id) > 0 && Allocator::allowed(problem, p, d) && random() % 2) {
                    p.current = d.id;
                    --free[d.id];
                    break;
                }
            }
        }
    }

    // Nobody is left without a place while someone who booked later holds one at a group the
    // earlier booker ranked at least as high as they did, where access, pins, held places and
    // keep-together sets allow the two to swap.
    static void checkBookingOrder(const AllocationProblem &problem, const AllocationResult &result)
    {
        const QHash<qint64, qint64> a = result.assignment();
        QSet<qint64> inSets;
        for (const QList<qint64> &set : problem.keepTogether)
            inSets.unite(QSet<qint64>(set.cbegin(), set.cend()));
        auto rankOf = [](const AllocationPerson &p, qint64 d) {
            const qsizetype r = p.choices.indexOf(d);
            return r < 0 ? INT_MAX : int(r);
        };
        for (const AllocationPerson &early : problem.people) {
            if (a.value(early.id) || problem.fixedAt(early) || inSets.contains(early.id))
                continue;
            for (const AllocationPerson &late : problem.people) {
                const qint64 d = a.value(late.id);
                if (!d || late.bookingOrder <= early.bookingOrder || problem.fixedAt(late) ||
                    inSets.contains(late.id))
                    continue;
                if (!Allocator::allowed(problem, early, *problem.destination(d)) ||
                    rankOf(early, d) > rankOf(late, d))
                    continue;
                QFAIL(qPrintable(u"person %1 has no place, while %2, who booked later, holds "
                                 "one at %3, which %1 ranked at least as high"_s.arg(early.id)
                                     .arg(late.id)
                                     .arg(d)));
            }
        }
    }

    static void checkInvariants(const AllocationProblem &problem, const AllocationResult &result)
    {
        const QHash<qint64, qint64> a = result.assignment();
        QHash<qint64, int> sizes;
        int pinnedOver = 0;
        for (const AllocationPerson &p : problem.people) {
            const qint64 d = a.value(p.id);
            if (const qint64 fixed = problem.fixedAt(p)) {
                QCOMPARE(d, fixed); // pins kept, and held places when places are kept
                continue;
            }
            if (!d)
                continue;
            ++sizes[d];
            for (const AllocationDestination &dd : problem.destinations) {
                if (dd.id == d)
                    QVERIFY(Allocator::allowed(problem, p, dd)); // access, unranked rule
            }
        }
        for (const AllocationPerson &p : problem.people) {
            if (const qint64 fixed = problem.fixedAt(p))
                ++sizes[fixed];
        }
        for (const AllocationDestination &d : problem.destinations) {
            int pinned = 0;
            for (const AllocationPerson &p : problem.people)
                pinned += problem.fixedAt(p) == d.id;
            if (pinned > d.maxSize)
                ++pinnedOver;
            else
                QVERIFY2(sizes.value(d.id) <= d.maxSize, "capacity exceeded");
        }
        for (const QList<qint64> &set : problem.keepTogether) {
            for (qint64 id : set)
                QCOMPARE(a.value(id), a.value(set.first()));
        }
        QCOMPARE(result.objective, Allocator::score(problem, a).choiceCost);
        Q_UNUSED(pinnedOver);
        // Everyone who held a place and does not keep it is listed, once, and nobody else.
        QSet<qint64> movers;
        for (const AllocationPerson &p : problem.people) {
            if (p.current && a.value(p.id) != p.current)
                movers.insert(p.id);
        }
        QCOMPARE(result.moves.size(), movers.size());
        for (const Move &m : result.moves) {
            QVERIFY(movers.contains(m.personId));
            QCOMPARE(m.to, a.value(m.personId));
        }
        if (problem.keepPlaces)
            QVERIFY(result.moves.isEmpty());
    }

private slots:
    void handWorked_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("expected"); // person:destination, …
        QTest::addColumn<qint64>("objective");
        QTest::newRow("first choices fit") << 0 << u"1:1 2:2 3:2"_s << qint64(0);
        // Capacity 1 at D1, all want D1 first: one gets it; the others their 2nd (cost 1 each).
        QTest::newRow("contention") << 1 << u"1:1 2:2 3:2"_s << qint64(2);
        // FCFS would give D1 to person 1, sending person 2 (who only wants D1) to no group.
        QTest::newRow("optimal beats booking order") << 2 << u"1:2 2:1"_s << qint64(1);
        QTest::newRow("unranked forbidden: unassigned") << 3 << QString() << qint64(100);
        QTest::newRow("unranked allowed") << 4 << QString() << qint64(16);
        // Person 1 is pinned to their 2nd choice (cost 1) and takes D1's only place.
        QTest::newRow("pin uses capacity") << 5 << u"1:1 2:2"_s << qint64(2);
        QTest::newRow("step-free forces the 2nd choice") << 6 << u"1:2 2:1"_s << qint64(1);
        QTest::newRow("keep together") << 7 << u"1:2 2:2 3:1"_s << qint64(1);
        // Minimums come first: D2 needs 2, so two people leave their 1st choice for it.
        QTest::newRow("minimum size") << 8 << u"1:1 2:2 3:2"_s << qint64(2);
    }

    void handWorked()
    {
        QFETCH(int, scenario);
        QFETCH(QString, expected);
        QFETCH(qint64, objective);
        AllocationProblem p;
        switch (scenario) {
        case 0:
            p.destinations = {dest(1, 0, 2), dest(2, 0, 2)};
            p.people = {person(1, {1}), person(2, {2}), person(3, {2, 1})};
            break;
        case 1:
            p.destinations = {dest(1, 0, 1), dest(2, 0, 5)};
            p.people = {person(1, {1, 2}), person(2, {1, 2}), person(3, {1, 2})};
            p.settings.seed = 7;
            break;
        case 2:
            p.destinations = {dest(1, 0, 1), dest(2, 0, 1)};
            p.people = {person(1, {1, 2}), person(2, {1})};
            p.settings.allowUnranked = false;
            break;
        case 3:
            p.destinations = {dest(1, 0, 1), dest(2, 0, 1)};
            p.people = {person(1, {1}), person(2, {1})};
            p.settings.allowUnranked = false;
            break;
        case 4:
            p.destinations = {dest(1, 0, 1), dest(2, 0, 1)};
            p.people = {person(1, {1}), person(2, {1})};
            break;
        case 5:
            p.destinations = {dest(1, 0, 1), dest(2, 0, 1)};
            p.people = {person(1, {2, 1}), person(2, {1, 2})};
            p.people[0].pinnedTo = 1;
            break;
        case 6:
            p.destinations = {dest(1, 0, 2, StepFree::No), dest(2, 0, 2)};
            p.people = {person(1, {1, 2}), person(2, {1, 2})};
            p.people[0].needsStepFree = true;
            break;
        case 7:
            // 1 and 2 travel together; D1 has room for one: both go to their 2nd choice.
            p.destinations = {dest(1, 0, 1), dest(2, 0, 3)};
            p.people = {person(1, {1, 2}), person(2, {2, 1}), person(3, {1, 2})};
            p.keepTogether = {{1, 2}};
            break;
        case 8:
            p.destinations = {dest(1, 0, 3), dest(2, 2, 3)};
            p.people = {person(1, {1, 2}), person(2, {1, 2}), person(3, {1, 2})};
            break;
        }
        const AllocationResult result = Allocator::optimal(p);
        if (scenario == 1) {
            // Which of three equal people gets D1 is the seed's choice; the counts are not.
            QCOMPARE(result.rankCounts.value(u"1"_s), 1);
            QCOMPARE(result.rankCounts.value(u"2"_s), 2);
        } else if (scenario == 8) {
            QCOMPARE(result.destinations[1].size, 2);
            QCOMPARE(result.shortfall, 0);
        } else if (scenario == 3 || scenario == 4) {
            // Two equal people want D1's one place: one gets it (the seed says who).
            QCOMPARE(result.rankCounts.value(u"1"_s), 1);
            QCOMPARE(result.rankCounts.value(scenario == 3 ? u"none"_s : u"unranked"_s), 1);
        } else {
            const QHash<qint64, qint64> a = result.assignment();
            for (const QString &pair : expected.split(u' ')) {
                const qint64 personId = pair.section(u':', 0, 0).toLongLong();
                QCOMPARE(a.value(personId), pair.section(u':', 1).toLongLong());
            }
        }
        QCOMPARE(result.objective, objective);
        checkInvariants(p, result);
    }

    void fcfsFollowsBookingOrder()
    {
        AllocationProblem p;
        p.destinations = {dest(1, 0, 1), dest(2, 0, 1)};
        p.people = {person(1, {1, 2}), person(2, {1})};
        const AllocationResult fcfs = Allocator::firstComeFirstServed(p);
        QCOMPARE(fcfs.assignment().value(1), 1);
        QCOMPARE(fcfs.assignment().value(2), 0);
        QCOMPARE(fcfs.waitlist, QList<qint64>{2});
        QVERIFY(Allocator::optimal(p).objective < fcfs.objective);
    }

    void sectorsAreSpreadAmongEqualSolutions()
    {
        // Four people, two per sector, all indifferent between two groups of two: the spread
        // puts one of each sector in each group.
        AllocationProblem p;
        p.destinations = {dest(1, 0, 2), dest(2, 0, 2)};
        p.people = {person(1, {1, 2}, u"A"_s), person(2, {1, 2}, u"A"_s), person(3, {2, 1}, u"B"_s),
                    person(4, {2, 1}, u"B"_s)};
        // Equal cost: each group has one 1st choice and one 2nd either way? No: give everyone
        // both groups as unranked so only the spread decides.
        for (AllocationPerson &person : p.people)
            person.choices.clear();
        const AllocationResult result = Allocator::optimal(p);
        for (const DestinationSummary &d : result.destinations)
            QCOMPARE(d.sectors.size(), 2);
    }

    void sectorMixNamesPeopleWithoutASector()
    {
        // The report read "5 ," for them.
        AllocationProblem p;
        p.destinations = {dest(1, 0, 10)};
        p.people = {person(1, {1}, u"Public sector"_s), person(2, {1}, QString()),
                    person(3, {1}, QString()), person(4, {1}, u"Community"_s)};
        const AllocationResult result = Allocator::optimal(p);
        QCOMPARE(result.destinations[0].sectorMix(),
                 u"1 Community, 1 Public sector, 2 no sector"_s);
    }

    void seedIsDeterministic()
    {
        std::mt19937 random(5);
        const AllocationProblem p = randomProblem(random, 40, 4, false, false);
        QCOMPARE(Allocator::optimal(p).assignment(), Allocator::optimal(p).assignment());
    }

    void waitlistProposal()
    {
        AllocationProblem p;
        p.destinations = {dest(1, 0, 1), dest(2, 0, 1)};
        p.people = {person(1, {1}), person(2, {2}), person(3, {1})};
        QHash<qint64, qint64> a{{1, 1}, {2, 0}, {3, 0}};
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 2, 1), QList<qint64>{2}); // ranked it
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 1, 1), QList<qint64>{3});
        QVERIFY(Allocator::nextFromWaitlist(p, a, 1, 0).isEmpty()); // no free place
        QVERIFY(Allocator::nextFromWaitlist(p, a, 9, 1).isEmpty()); // no such group
    }

    void waitlistKeepsSetsTogether()
    {
        AllocationProblem p;
        p.destinations = {dest(1, 0, 4), dest(2, 0, 4, StepFree::No)};
        p.people = {person(1, {1}), person(2, {2}), person(3, {1}), person(4, {2}),
                    person(5, {1}), person(6, {1}), person(7, {1})};
        for (int i = 0; i < p.people.size(); ++i)
            p.people[i].bookingOrder = i;
        p.keepTogether = {{3, 4}, {5, 6}};
        QHash<qint64, qint64> a{{1, 1}, {2, 2}};
        // 3 comes with 4 (who ranked only the other group), when both fit.
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 1, 2), (QList<qint64>{3, 4}));
        // With one place, the pairs are passed over for the next who fits alone.
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 1, 1), QList<qint64>{7});
        // A set partly placed elsewhere is not split; partly placed here, the rest join.
        a.insert(5, 2);
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 1, 3), (QList<qint64>{3, 4}));
        a.insert(3, 2);
        a.insert(4, 2);
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 1, 3), QList<qint64>{7});
        a.insert(5, 1);
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 1, 1), QList<qint64>{6});
        // Everyone in the set must be allowed there: 3 and 4 would go to group 2 (4 ranked it)
        // before 2, who booked later here, but 4 needs step-free access and group 2 has none.
        a.clear();
        p.people[2].bookingOrder = -2;
        p.people[3].bookingOrder = -1;
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 2, 4), (QList<qint64>{3, 4}));
        p.people[3].needsStepFree = true;
        QCOMPARE(Allocator::nextFromWaitlist(p, a, 2, 4), QList<qint64>{2});
    }

    void propertiesOverRandomEvents()
    {
        std::mt19937 random(2019);
        for (int round = 0; round < 200; ++round) {
            const bool tiny = round % 2 == 0;
            const AllocationProblem p =
                randomProblem(random, tiny ? 1 + int(random() % 6) : 10 + int(random() % 50),
                              tiny ? 1 + int(random() % 3) : 2 + int(random() % 5), round % 5 == 0,
                              round % 3 == 0);
            const AllocationResult optimal = Allocator::optimal(p);
            checkInvariants(p, optimal);
            const AllocationResult fcfs = Allocator::firstComeFirstServed(p);
            checkInvariants(p, fcfs);
            const Allocator::Score o = Allocator::score(p, optimal.assignment());
            const Allocator::Score f = Allocator::score(p, fcfs.assignment());
            QVERIFY2(o.shortfall < f.shortfall ||
                         (o.shortfall == f.shortfall && o.choiceCost <= f.choiceCost),
                     qPrintable(u"round %1: optimal worse than fcfs"_s.arg(round)));
            if (p.settings.tieBreak == TieBreak::BookingOrder)
                checkBookingOrder(p, optimal);
            if (tiny) {
                const Allocator::Score best = bruteForce(p);
                QCOMPARE(o.shortfall, best.shortfall);
                QCOMPARE(o.choiceCost, best.choiceCost);
                if (p.settings.tieBreak == TieBreak::BookingOrder)
                    QCOMPARE(o.booking, best.booking);
            }
        }
    }

    // Re-running: by default nobody who holds a place loses it or moves, and the rest are
    // placed optimally in the places left; re-optimising everyone lists every mover; pins
    // never move either way.
    void heldPlacesOverRandomEvents()
    {
        std::mt19937 random(1403);
        for (int round = 0; round < 300; ++round) {
            const bool tiny = round % 2 == 0;
            AllocationProblem p =
                randomProblem(random, tiny ? 1 + int(random() % 6) : 10 + int(random() % 50),
                              tiny ? 1 + int(random() % 3) : 2 + int(random() % 5), round % 5 == 0,
                              round % 3 == 0);
            holdPlaces(random, p);
            for (const bool keep : {true, false}) {
                p.keepPlaces = keep;
                const AllocationResult optimal = Allocator::optimal(p);
                checkInvariants(p, optimal);
                const QHash<qint64, qint64> a = optimal.assignment();
                for (const AllocationPerson &person : p.people) {
                    if (person.pinnedTo)
                        QCOMPARE(a.value(person.id), person.pinnedTo);
                    else if (keep && person.current)
                        QCOMPARE(a.value(person.id), person.current);
                }
                for (qsizetype i = 0; i < p.people.size(); ++i) {
                    const AllocationPerson &person = p.people[i];
                    if (keep && person.current && !person.pinnedTo)
                        QCOMPARE(optimal.placements[i].reason, Placement::Reason::Kept);
                }
                const AllocationResult fcfs = Allocator::firstComeFirstServed(p);
                checkInvariants(p, fcfs);
                const Allocator::Score o = Allocator::score(p, a);
                const Allocator::Score f = Allocator::score(p, fcfs.assignment());
                QVERIFY(std::pair(o.shortfall, o.choiceCost) <=
                        std::pair(f.shortfall, f.choiceCost));
                if (p.settings.tieBreak == TieBreak::BookingOrder)
                    checkBookingOrder(p, optimal);
                if (tiny) {
                    const Allocator::Score best = bruteForce(p);
                    QCOMPARE(o.shortfall, best.shortfall);
                    QCOMPARE(o.choiceCost, best.choiceCost);
                    if (p.settings.tieBreak == TieBreak::BookingOrder)
                        QCOMPARE(o.booking, best.booking);
                }
            }
        }
    }

    // The case: two people want the last place at Salford (and Wigan is full); the
    // earlier booker gets it whatever the seed, and the other is told why. With the draw, the
    // seed decides.
    void bookingOrderDecidesAndSaysSo()
    {
        AllocationProblem p;
        p.destinations = {dest(1, 0, 2), dest(2, 0, 1)};
        p.destinations[0].name = u"Salford"_s;
        p.destinations[1].name = u"Wigan"_s;
        p.people = {person(1, {1, 2}), person(2, {1, 2}), person(3, {1, 2}), person(4, {2})};
        p.people[0].pinnedTo = 1; // one of Salford's two places is held by hand
        p.people[3].pinnedTo = 2; // Wigan's only one too
        p.people[1].name = u"Dónal Lefèvre"_s;
        p.people[1].bookedAt = QDateTime(QDate(2019, 3, 1), QTime(10, 28));
        p.people[2].name = u"Ingrid Müller"_s;
        p.people[2].bookedAt = QDateTime(QDate(2019, 3, 1), QTime(11, 5));
        QSet<qint64> drawWinners;
        for (quint64 seed = 1; seed <= 16; ++seed) {
            p.settings.seed = seed;
            p.settings.tieBreak = TieBreak::BookingOrder;
            const AllocationResult result = Allocator::optimal(p);
            QCOMPARE(result.assignment().value(2), 1);
            QCOMPARE(result.assignment().value(3), 0);
            QCOMPARE(result.placements[2].explanation,
                     u"no place: Salford and Wigan were full; their places went to people who "
                     "booked before you (last: 1 March 10:28) and 2 who already held places "
                     "(kept from before, or pinned by hand)"_s);
            QCOMPARE(result.tieBreak, u"booking"_s);
            p.settings.tieBreak = TieBreak::Draw;
            const AllocationResult draw = Allocator::optimal(p);
            drawWinners.insert(draw.assignment().value(2) ? 2 : 3);
            if (draw.assignment().value(2) == 0)
                QVERIFY2(draw.placements[1].explanation.contains(u"1 who booked after you, "
                                                                 "chosen by the draw"_s),
                         qPrintable(draw.placements[1].explanation));
        }
        QCOMPARE(drawWinners.size(), 2); // the draw is a draw
    }

    // Among people placed alike, the earlier booker gets the better of two places (a tier of
    // the objective, not only who is left without one).
    void earlierBookerGetsTheBetterPlace()
    {
        AllocationProblem p;
        p.destinations = {dest(1, 0, 1), dest(2, 0, 1)};
        for (quint64 seed = 1; seed <= 8; ++seed) {
            p.people = {person(1, {1, 2}), person(2, {1, 2})};
            p.people[0].bookingOrder = 5; // person 2 booked first
            p.people[1].bookingOrder = 3;
            p.settings.seed = seed;
            const QHash<qint64, qint64> a = Allocator::optimal(p).assignment();
            QCOMPARE(a.value(2), 1);
            QCOMPARE(a.value(1), 2);
        }
    }

    void agreesWithGlpsol()
    {
        const QString glpsol = QStandardPaths::findExecutable(u"glpsol"_s);
        if (glpsol.isEmpty())
            QSKIP("glpsol is not installed (Debian package glpk-utils)");
        QTemporaryDir dir;
        std::mt19937 random(326);
        int compared = 0;
        for (int round = 0; round < 30; ++round) {
            AllocationProblem p = randomProblem(random, 8 + int(random() % 25),
                                                2 + int(random() % 4), false, round % 2 == 0);
            p.settings.tieBreak = round % 5 == 4 ? TieBreak::Draw : TieBreak::BookingOrder;
            if (round % 3 == 1)
                holdPlaces(random, p); // kept places are fixed, as pins are
            // The same objective as a linear program, written independently of our network:
            // x[p,d] = 1 if p goes to d; u[p] = 1 if unassigned. Minimums are left out here
            // (they make a lexicographic objective). The first program minimises the choice
            // cost; the second, with the choice cost held at that optimum, the booking tier:
            // each person's cost times their booking weight (AllocationProblem::bookingWeights).
            for (AllocationDestination &d : p.destinations)
                d.minSize = 0;
            const QList<qint64> weights = p.bookingWeights();
            QStringList choiceTerms, bookingTerms, constraints, binaries;
            for (qsizetype i = 0; i < p.people.size(); ++i) {
                const AllocationPerson &person = p.people[i];
                const qint64 fixed = p.fixedAt(person);
                QStringList one;
                for (const AllocationDestination &d : p.destinations) {
                    if (fixed ? fixed != d.id : !Allocator::allowed(p, person, d))
                        continue;
                    const qsizetype rank = person.choices.indexOf(d.id);
                    const int cost =
                        rank >= 0 ? p.settings.rankCost(int(rank + 1)) : p.settings.unrankedCost;
                    const QString x = u"x_%1_%2"_s.arg(person.id).arg(d.id);
                    choiceTerms << u"%1 %2"_s.arg(cost).arg(x);
                    bookingTerms << u"%1 %2"_s.arg(weights[i] * cost).arg(x);
                    one << x;
                    binaries << x;
                }
                const QString u = u"u_%1"_s.arg(person.id);
                if (!fixed) {
                    choiceTerms << u"%1 %2"_s.arg(p.settings.unassignedCost).arg(u);
                    bookingTerms << u"%1 %2"_s.arg(weights[i] * p.settings.unassignedCost).arg(u);
                    one << u;
                    binaries << u;
                }
                constraints << u" one_%1: "_s.arg(person.id) + one.join(u" + "_s) + u" = 1"_s;
            }
            for (const AllocationDestination &d : p.destinations) {
                QStringList in;
                for (const AllocationPerson &person : p.people) {
                    const qint64 fixed = p.fixedAt(person);
                    if (fixed ? fixed == d.id : Allocator::allowed(p, person, d))
                        in << u"x_%1_%2"_s.arg(person.id).arg(d.id);
                }
                if (!in.isEmpty())
                    constraints << u" cap_%1: "_s.arg(d.id) + in.join(u" + "_s) +
                                       u" <= %1"_s.arg(d.maxSize);
            }
            // glpsol's optimum of the objective under the constraints; nothing if infeasible.
            auto solve = [&](const QStringList &objective,
                             const QStringList &extra) -> std::optional<qint64> {
                const QString lp = u"Minimize\n obj: "_s + objective.join(u" + "_s) +
                                   u"\nSubject To\n"_s + (constraints + extra).join(u'\n') +
                                   u"\nBinary\n "_s + binaries.join(u' ') + u"\nEnd\n"_s;
                const QString lpFile = dir.filePath(u"a%1.lp"_s.arg(round));
                const QString outFile = dir.filePath(u"a%1.out"_s.arg(round));
                QFile f(lpFile);
                if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return std::nullopt;
                f.write(lp.toUtf8());
                f.close();
                QFile::remove(outFile);
                QProcess process;
                process.start(glpsol, {u"--lp"_s, lpFile, u"-o"_s, outFile});
                process.waitForFinished(60000);
                QFile out(outFile);
                if (!out.open(QIODevice::ReadOnly))
                    return std::nullopt;
                const QString text = QString::fromUtf8(out.readAll());
                const auto match =
                    QRegularExpression(u"Objective:\\s+obj = (-?[0-9.e+]+)"_s).match(text);
                if (text.contains(u"INTEGER EMPTY"_s) || text.contains(u"UNDEFINED"_s) ||
                    !match.hasMatch())
                    return std::nullopt;
                return qRound64(match.captured(1).toDouble());
            };
            const std::optional<qint64> choice = solve(choiceTerms, {});
            if (!choice)
                continue; // pinned people over capacity: no feasible LP; our allocator keeps pins
            const AllocationResult ours = Allocator::optimal(p);
            QCOMPARE(ours.objective, *choice);
            ++compared;
            if (p.settings.tieBreak != TieBreak::BookingOrder)
                continue;
            const std::optional<qint64> booking =
                solve(bookingTerms,
                      {u" tier2: "_s + choiceTerms.join(u" + "_s) + u" = %1"_s.arg(*choice)});
            QVERIFY(booking);
            QCOMPARE(Allocator::score(p, ours.assignment()).booking, *booking);
        }
        QVERIFY(compared >= 20);
    }

    void largeEventIsQuick()
    {
        // Not a timed test: a sanity check that 20,000 × 40 is solved at all (the benchmark
        // in docs/performance.md measures it).
        std::mt19937 random(1);
        AllocationProblem p;
        for (int d = 1; d <= 40; ++d)
            p.destinations.append(dest(d, 100, 530));
        std::discrete_distribution<int> popularity({40, 20, 10, 8, 6, 5, 4, 3, 3, 2, 2, 2, 1, 1,
                                                    1,  1,  1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                                    1,  1,  1,  1, 1, 1, 1, 1, 1, 1, 1, 1});
        for (int i = 1; i <= 20000; ++i) {
            QList<qint64> choices;
            while (choices.size() < 3) {
                const qint64 d = popularity(random) + 1;
                if (!choices.contains(d))
                    choices.append(d);
            }
            p.people.append(person(i, choices, QString(QChar(u'A' + i % 6))));
        }
        const AllocationResult result = Allocator::optimal(p);
        QCOMPARE(result.assigned(), 20000);
        checkInvariants(p, result);
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "TestAllocator.moc"
