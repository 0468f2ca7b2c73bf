#include "AllocationProblem.h"

#include <algorithm>

namespace fieldday {

int AllocationSettings::rankCost(int rank) const
{
    if (rank >= 1 && rank <= rankCosts.size())
        return rankCosts[rank - 1];
    return (rank - 1) * (rank - 1);
}

const AllocationDestination *AllocationProblem::destination(qint64 id) const
{
    for (const AllocationDestination &d : destinations) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

qint64 AllocationProblem::fixedAt(const AllocationPerson &person) const
{
    if (person.pinnedTo && destination(person.pinnedTo))
        return person.pinnedTo;
    if (keepPlaces && person.current && destination(person.current))
        return person.current;
    return 0;
}

int AllocationProblem::cost(const AllocationPerson &person, qint64 destinationId) const
{
    if (!destinationId)
        return settings.unassignedCost;
    const qsizetype rank = person.choices.indexOf(destinationId);
    return rank >= 0 ? settings.rankCost(int(rank + 1)) : settings.unrankedCost;
}

QList<qint64> AllocationProblem::bookingWeights() const
{
    QList<int> orders;
    orders.reserve(people.size());
    for (const AllocationPerson &p : people)
        orders.append(p.bookingOrder);
    std::sort(orders.begin(), orders.end());
    QList<qint64> weights;
    weights.reserve(people.size());
    for (const AllocationPerson &p : people) {
        const auto first = std::lower_bound(orders.cbegin(), orders.cend(), p.bookingOrder);
        weights.append(qint64(orders.cend() - first));
    }
    return weights;
}

} // namespace fieldday
