#include "PeopleIndex.h"

#include <algorithm>

namespace fieldday {

PeopleIndex::PeopleIndex(const AllocationProblem &problem)
{
    for (const AllocationPerson &p : problem.people) {
        bookingOrder.append(&p);
        byId.insert(p.id, &p);
    }
    std::stable_sort(bookingOrder.begin(), bookingOrder.end(),
                     [](const AllocationPerson *a, const AllocationPerson *b) {
                         return a->bookingOrder < b->bookingOrder;
                     });
    for (const QList<qint64> &set : problem.keepTogether) {
        for (qint64 id : set)
            setOf.insert(id, &set);
    }
}

} // namespace fieldday
