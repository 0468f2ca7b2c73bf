#pragma once

#include "AllocationProblem.h"
#include "AllocationResult.h"

#include <QHash>

namespace fieldday {

struct PeopleIndex;

// Allocates people to destinations.
//  - optimal(): the true optimum of the objective in docs/allocation.md, lexicographically:
//    first the fewest people missing from minimum sizes, then the lowest total choice cost,
//    then (by default) booking order, then the best spread of sectors across groups;
//    with the draw instead of booking order, remaining ties (which of two identical people
//    goes where) are broken from the seed. A min-cost flow (LEMON's network simplex) without
//    keep-together sets; an integer program (GLPK) with them. Pinned people, and with
//    keepPlaces everyone who holds a place, stay where they are.
//  - firstComeFirstServed(): booking order, first choice with space, else the next.
class Allocator
{
public:
    static AllocationResult optimal(const AllocationProblem &problem);
    static AllocationResult firstComeFirstServed(const AllocationProblem &problem);

    // The tiers of the objective for any assignment (person → destination, 0: none). The
    // booking tier counts whether or not booking order is the event's tie-break.
    struct Score
    {
        int shortfall = 0;
        qint64 choiceCost = 0;
        qint64 booking = 0; // Σ booking weight × choice cost (AllocationProblem::bookingWeights)
        qint64 spread = 0;
    };
    static Score score(const AllocationProblem &problem, const QHash<qint64, qint64> &assignment);
    // Whether `person` may be placed at `destination` at all (step-free, unranked allowed).
    static bool allowed(const AllocationProblem &problem, const AllocationPerson &person,
                        const AllocationDestination &destination);
    // Whom to offer places at `destinationId` next, when it has `freePlaces`: unassigned booked
    // people in booking order, those who ranked it first. Someone in a keep-together set comes
    // with the rest of their set who have no group yet, and only if they all fit and may go
    // there; a set already (partly) placed elsewhere is passed over. Empty if nobody may go.
    static QList<qint64> nextFromWaitlist(const AllocationProblem &problem,
                                          const QHash<qint64, qint64> &assignment,
                                          qint64 destinationId, int freePlaces);
    // The same, with the problem's people indexed once for many questions.
    static QList<qint64> nextFromWaitlist(const AllocationProblem &problem,
                                          const PeopleIndex &index,
                                          const QHash<qint64, qint64> &assignment,
                                          qint64 destinationId, int freePlaces);

    // Builds the result (counts, reasons, summaries) for an assignment.
    static AllocationResult describe(const AllocationProblem &problem,
                                     const QHash<qint64, qint64> &assignment,
                                     const QString &strategy);
};

} // namespace fieldday
