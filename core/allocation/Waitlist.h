#pragma once

#include "AllocationProblem.h"
#include "PeopleIndex.h"
#include "model/EventData.h"

#include <QHash>

namespace fieldday {

class EventFile;

// Booked people without a group, in booking order, and whom to offer a free place to: when
// someone cancels or a group grows, the organiser fills the place from here rather than
// re-running the allocation and moving everyone.
class Waitlist
{
public:
    Waitlist(const EventData &event, const AllocationSettings &settings);
    // The index points into this object's problem.
    Waitlist(const Waitlist &) = delete;
    Waitlist &operator=(const Waitlist &) = delete;

    QList<qint64> people() const; // booking order
    // Places left before the group's maximum (0 when full, or for an unknown group).
    int freePlaces(qint64 destinationId) const;
    // Whom to offer a free place at the group next: the first on the list who ranked it, else
    // (if unranked placements are allowed) the first who may go there; someone in a
    // keep-together set comes with the rest of their set, if all fit. Empty if the group is
    // full or nobody may go.
    QList<qint64> nextFor(qint64 destinationId) const;
    // Their rank of the group (1 = first choice), 0 if they did not rank it.
    int rankOf(qint64 participantId, qint64 destinationId) const;

    // Who the group's free places would go to, offered in turn; changes nothing.
    QList<qint64> offersFor(qint64 destinationId) const;
    // Writes those placements (pinned: each is a decision, which a later allocation keeps) in
    // one transaction. Returns who was placed.
    QList<qint64> fill(EventFile &file, qint64 destinationId);

private:
    AllocationProblem m_problem;
    PeopleIndex m_index;                // built once: the board asks every group
    QHash<qint64, qint64> m_assignment; // person → destination, for everyone holding a place
    QHash<qint64, int> m_members;       // destination → people holding a place
};

} // namespace fieldday
