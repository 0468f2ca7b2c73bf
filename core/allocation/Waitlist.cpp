#include "Waitlist.h"

#include "AllocationStore.h"
#include "Allocator.h"
#include "storage/ParticipantRepository.h"
#include "storage/WriteTransaction.h"

namespace fieldday {

Waitlist::Waitlist(const EventData &event, const AllocationSettings &settings)
    : m_problem(AllocationStore::problemFor(event, settings)), m_index(m_problem)
{
    for (const Assignment &a : event.assignments) {
        m_assignment.insert(a.participantId, a.destinationId);
        ++m_members[a.destinationId];
    }
}

QList<qint64> Waitlist::people() const
{
    QList<qint64> ids;
    for (const AllocationPerson *person : m_index.bookingOrder) {
        if (!m_assignment.value(person->id))
            ids.append(person->id);
    }
    return ids;
}

int Waitlist::freePlaces(qint64 destinationId) const
{
    for (const AllocationDestination &d : m_problem.destinations) {
        if (d.id == destinationId)
            return qMax(0, d.maxSize - m_members.value(destinationId));
    }
    return 0;
}

QList<qint64> Waitlist::nextFor(qint64 destinationId) const
{
    return Allocator::nextFromWaitlist(m_problem, m_index, m_assignment, destinationId,
                                       freePlaces(destinationId));
}

int Waitlist::rankOf(qint64 participantId, qint64 destinationId) const
{
    const AllocationPerson *person = m_index.byId.value(participantId);
    return person ? int(person->choices.indexOf(destinationId)) + 1 : 0;
}

QList<qint64> Waitlist::offersFor(qint64 destinationId) const
{
    QHash<qint64, qint64> assignment = m_assignment;
    QList<qint64> offers;
    for (int free = freePlaces(destinationId); free > 0;) {
        const QList<qint64> next =
            Allocator::nextFromWaitlist(m_problem, m_index, assignment, destinationId, free);
        if (next.isEmpty())
            break;
        for (qint64 id : next)
            assignment.insert(id, destinationId);
        offers.append(next);
        free -= int(next.size());
    }
    return offers;
}

QList<qint64> Waitlist::fill(EventFile &file, qint64 destinationId)
{
    const QList<qint64> placed = offersFor(destinationId);
    WriteTransaction transaction(file);
    ParticipantRepository repository(file);
    for (qint64 id : placed)
        repository.assign(id, destinationId, true);
    transaction.commit();
    for (qint64 id : placed)
        m_assignment.insert(id, destinationId);
    m_members[destinationId] += int(placed.size());
    return placed;
}

} // namespace fieldday
