#include "Allocator.h"

#include "AllocationNetwork.h"
#include "PeopleIndex.h"
#include "model/PeopleCount.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

const AllocationDestination *findDestination(const AllocationProblem &problem, qint64 id)
{
    return problem.destination(id);
}

// "A", "A and B", "A, B and C".
QString inWords(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(u", "_s) + u" and "_s + items.last();
}

// Why a person has no place, for them to be told: which groups were full, and who has their
// places and why (booking order, a higher choice, the draw, a place held from before).
QString noPlaceReason(const AllocationProblem &problem, const AllocationPerson &person,
                      const QHash<qint64, QList<const AllocationPerson *>> &holders,
                      const QSet<qint64> &inSets)
{
    QList<const AllocationDestination *> mayGo;
    for (const AllocationDestination &d : problem.destinations) {
        if (Allocator::allowed(problem, person, d))
            mayGo.append(&d);
    }
    if (mayGo.isEmpty())
        return u"no place: no destination they may go to"_s +
               (person.needsStepFree ? u" is step-free"_s : QString());
    if (inSets.contains(person.id))
        return u"no place: no group they may go to had room for their whole keep-together set"_s;
    for (const AllocationDestination *d : std::as_const(mayGo)) {
        if (holders.value(d->id).size() < d->maxSize)
            return u"no place: the groups with room cost more than no group (the event's "
                   "allocation settings)"_s;
    }

    QStringList full;
    for (qint64 choice : person.choices) {
        for (const AllocationDestination *d : std::as_const(mayGo)) {
            if (d->id == choice)
                full << d->name;
        }
    }
    const bool others = mayGo.size() > full.size();
    if (others)
        full << (full.isEmpty() ? u"every group you may go to"_s
                                : u"every other group you may go to"_s);
    const bool one = mayGo.size() == 1;

    int held = 0, earlier = 0, higher = 0, later = 0;
    bool laterInSets = true;
    QDateTime last;
    for (const AllocationDestination *d : std::as_const(mayGo)) {
        for (const AllocationPerson *h : holders.value(d->id)) {
            if (problem.fixedAt(*h)) {
                ++held;
            } else if (h->bookingOrder < person.bookingOrder) {
                ++earlier;
                if (h->bookedAt.isValid() && (!last.isValid() || h->bookedAt > last))
                    last = h->bookedAt;
            } else if (problem.cost(*h, d->id) < problem.cost(person, d->id)) {
                ++higher;
            } else {
                ++later;
                laterInSets = laterInSets && inSets.contains(h->id);
            }
        }
    }
    QStringList went;
    if (earlier)
        went << u"people who booked before you"_s +
                    (last.isValid()
                         ? u" (last: %1)"_s.arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    .toString(last, u"d MMMM HH:mm"_s))
                         : QString());
    if (higher)
        went << u"%1 who booked after you but ranked %2 higher than you did"_s.arg(higher).arg(
            one ? u"it"_s : u"theirs"_s);
    if (later)
        went << (problem.settings.tieBreak == TieBreak::Draw
                     ? u"%1 who booked after you, chosen by the draw"_s.arg(later)
                 : laterInSets
                     ? u"%1 who booked after you and go with their keep-together set"_s.arg(later)
                     : u"%1 who booked after you"_s.arg(later));
    if (held)
        went << u"%1 who already held %2 (kept from before, or pinned by hand)"_s.arg(held).arg(
            held == 1 ? u"a place"_s : u"places"_s);
    return u"no place: %1 %2 full; %3 places went to %4"_s.arg(
        inWords(full), one ? u"was"_s : u"were"_s, one ? u"its"_s : u"their"_s, inWords(went));
}

} // namespace

bool Allocator::allowed(const AllocationProblem &problem, const AllocationPerson &person,
                        const AllocationDestination &destination)
{
    if (person.needsStepFree && destination.stepFree == StepFree::No)
        return false;
    if (destination.maxSize <= 0)
        return false;
    return problem.settings.allowUnranked || person.choices.contains(destination.id);
}

Allocator::Score Allocator::score(const AllocationProblem &problem,
                                  const QHash<qint64, qint64> &assignment)
{
    Score score;
    QHash<qint64, int> sizes;
    QHash<std::pair<qint64, QString>, int> bySector;
    const QList<qint64> weights = problem.bookingWeights();
    for (qsizetype i = 0; i < problem.people.size(); ++i) {
        const AllocationPerson &person = problem.people[i];
        const qint64 d = assignment.value(person.id);
        const int cost = problem.cost(person, d);
        score.choiceCost += cost;
        score.booking += weights[i] * cost;
        if (!d)
            continue;
        ++sizes[d];
        const int j = ++bySector[{d, person.sector}];
        if (const AllocationDestination *dest = findDestination(problem, d))
            score.spread += AllocationNetwork::spreadCost(j, dest->maxSize);
    }
    for (const AllocationDestination &d : problem.destinations)
        score.shortfall += qMax(0, qMin(d.minSize, d.maxSize) - sizes.value(d.id));
    return score;
}

AllocationResult Allocator::optimal(const AllocationProblem &problem)
{
    QHash<qint64, qint64> assignment = AllocationNetwork(problem).solve();
    for (const AllocationPerson &person : problem.people) {
        if (const qint64 d = problem.fixedAt(person))
            assignment.insert(person.id, d);
    }
    return describe(problem, assignment, u"optimal"_s);
}

AllocationResult Allocator::firstComeFirstServed(const AllocationProblem &problem)
{
    QHash<qint64, qint64> assignment;
    QHash<qint64, int> free;
    for (const AllocationDestination &d : problem.destinations)
        free.insert(d.id, d.maxSize);
    for (const AllocationPerson &person : problem.people) {
        if (const qint64 d = problem.fixedAt(person)) {
            assignment.insert(person.id, d);
            --free[d];
        }
    }
    const PeopleIndex index(problem);
    for (const AllocationPerson *person : index.bookingOrder) {
        if (assignment.contains(person->id))
            continue;
        // A set goes together, at the first booker's turn, where all of them may and fit.
        QList<const AllocationPerson *> party{person};
        if (const QList<qint64> *set = index.setOf.value(person->id)) {
            party.clear();
            for (qint64 id : *set) {
                if (index.byId.contains(id) && !assignment.contains(id))
                    party.append(index.byId.value(id));
            }
        }
        qint64 chosen = 0;
        for (qint64 d : person->choices) {
            const AllocationDestination *dest = findDestination(problem, d);
            if (!dest || free.value(d) < party.size())
                continue;
            if (std::all_of(party.cbegin(), party.cend(), [&](const AllocationPerson *m) {
                    return Allocator::allowed(problem, *m, *dest);
                })) {
                chosen = d;
                break;
            }
        }
        for (const AllocationPerson *m : std::as_const(party))
            assignment.insert(m->id, chosen);
        if (chosen)
            free[chosen] -= int(party.size());
    }
    return describe(problem, assignment, u"fcfs"_s);
}

QList<qint64> Allocator::nextFromWaitlist(const AllocationProblem &problem,
                                          const QHash<qint64, qint64> &assignment,
                                          qint64 destinationId, int freePlaces)
{
    return nextFromWaitlist(problem, PeopleIndex(problem), assignment, destinationId, freePlaces);
}

QList<qint64> Allocator::nextFromWaitlist(const AllocationProblem &problem,
                                          const PeopleIndex &index,
                                          const QHash<qint64, qint64> &assignment,
                                          qint64 destinationId, int freePlaces)
{
    const AllocationDestination *dest = findDestination(problem, destinationId);
    if (!dest || freePlaces <= 0)
        return {};
    QList<qint64> fallback;
    for (const AllocationPerson *person : index.bookingOrder) {
        if (assignment.value(person->id))
            continue;
        QList<qint64> party{person->id};
        if (const QList<qint64> *set = index.setOf.value(person->id)) {
            party.clear();
            bool elsewhere = false;
            for (qint64 id : *set) {
                const qint64 placed = assignment.value(id);
                elsewhere = elsewhere || (placed && placed != destinationId);
                if (!placed && index.byId.contains(id))
                    party.append(id);
            }
            if (elsewhere)
                continue;
        }
        if (party.size() > freePlaces || !std::all_of(party.cbegin(), party.cend(), [&](qint64 id) {
                return Allocator::allowed(problem, *index.byId.value(id), *dest);
            }))
            continue;
        if (person->choices.contains(destinationId))
            return party;
        if (fallback.isEmpty())
            fallback = party;
    }
    return fallback;
}

AllocationResult Allocator::describe(const AllocationProblem &problem,
                                     const QHash<qint64, qint64> &assignment,
                                     const QString &strategy)
{
    AllocationResult result;
    result.strategy = strategy;
    result.keptPlaces = problem.keepPlaces;
    result.tieBreak = problem.settings.tieBreak == TieBreak::Draw ? u"draw"_s : u"booking"_s;
    QSet<qint64> inSets;
    for (const QList<qint64> &set : problem.keepTogether) {
        if (set.size() > 1) {
            for (qint64 id : set)
                inSets.insert(id);
        }
    }
    QHash<qint64, QString> names;
    for (const AllocationDestination &d : problem.destinations)
        names.insert(d.id, d.name);
    QHash<qint64, QList<const AllocationPerson *>> holders; // destination → who is placed there
    for (const AllocationPerson &person : problem.people) {
        if (const qint64 d = assignment.value(person.id))
            holders[d].append(&person);
    }

    for (const AllocationPerson &person : problem.people) {
        Placement p;
        p.personId = person.id;
        p.destinationId = assignment.value(person.id);
        p.keptTogether = inSets.contains(person.id) && p.destinationId;
        const qsizetype rank = person.choices.indexOf(p.destinationId);
        p.rank = p.destinationId && rank >= 0 ? int(rank + 1) : 0;
        // A better choice ruled out by access is worth saying.
        const qsizetype limit = p.rank ? p.rank - 1 : person.choices.size();
        for (qsizetype r = 0; r < limit && person.needsStepFree; ++r) {
            const AllocationDestination *d = findDestination(problem, person.choices[r]);
            if (d && d->stepFree == StepFree::No)
                p.accessLimited = true;
        }
        if (person.pinnedTo && person.pinnedTo == p.destinationId) {
            p.reason = Placement::Reason::Pinned;
            p.explanation = u"pinned to %1 by hand"_s.arg(names.value(p.destinationId));
        } else if (p.destinationId && problem.fixedAt(person) == p.destinationId) {
            p.reason = Placement::Reason::Kept;
            p.explanation = u"kept in %1, the group they had"_s.arg(names.value(p.destinationId));
        } else if (!p.destinationId) {
            p.reason = Placement::Reason::Unassigned;
            p.explanation = noPlaceReason(problem, person, holders, inSets);
            result.waitlist.append(person.id);
        } else if (p.rank) {
            p.reason = Placement::Reason::Choice;
            p.explanation = u"choice %1: %2"_s.arg(p.rank).arg(names.value(p.destinationId));
        } else {
            p.reason = Placement::Reason::Unranked;
            p.explanation = u"%1, which they did not rank: their choices were full"_s.arg(
                names.value(p.destinationId));
        }
        if (person.current && names.contains(person.current) && person.current != p.destinationId)
            result.moves.append({person.id, person.name, person.current, p.destinationId});
        if (p.accessLimited)
            p.explanation += u"; a higher choice is not step-free"_s;
        if (p.keptTogether)
            p.explanation += u"; kept together with their set"_s;
        if (person.needsStepFree && p.destinationId) {
            const AllocationDestination *d = findDestination(problem, p.destinationId);
            if (d && d->stepFree == StepFree::Unknown)
                result.warnings.append(u"person %1 needs step-free access; whether %2 is step-free "
                                       "is not known"_s.arg(person.id)
                                           .arg(d->name));
        }
        const QString key = p.reason == Placement::Reason::Unassigned ? u"none"_s
                            : p.rank                                  ? QString::number(p.rank)
                                                                      : u"unranked"_s;
        ++result.rankCounts[key];
        result.placements.append(p);
    }
    for (const QString &key : {u"1"_s, u"2"_s, u"3"_s, u"unranked"_s, u"none"_s})
        result.rankCounts.insert(key, result.rankCounts.value(key));

    // Waitlist in booking order.
    QHash<qint64, int> order;
    for (const AllocationPerson &person : problem.people)
        order.insert(person.id, person.bookingOrder);
    std::stable_sort(result.waitlist.begin(), result.waitlist.end(),
                     [&order](qint64 a, qint64 b) { return order.value(a) < order.value(b); });

    const Score s = score(problem, assignment);
    result.objective = s.choiceCost;
    result.shortfall = s.shortfall;
    for (const AllocationDestination &d : problem.destinations) {
        DestinationSummary summary{d.id, d.name, 0, d.minSize, d.maxSize, {}};
        for (const AllocationPerson *person : holders.value(d.id)) {
            ++summary.size;
            ++summary.sectors[person->sector];
        }
        if (summary.size < d.minSize)
            result.warnings.append(u"%1 has %2, below its minimum of %3: not enough "
                                   "bookings allow it"_s.arg(d.name, peopleCount(summary.size))
                                       .arg(d.minSize));
        if (summary.size > d.maxSize)
            result.warnings.append(u"%1 has %2, above its maximum of %3 (places pinned by hand or "
                                   "kept from before)"_s.arg(d.name, peopleCount(summary.size))
                                       .arg(d.maxSize));
        result.destinations.append(summary);
    }
    return result;
}

} // namespace fieldday
