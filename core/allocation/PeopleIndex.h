#pragma once

#include "AllocationProblem.h"

#include <QHash>
#include <QList>

namespace fieldday {

// A problem's booked people by id, in booking order, and the keep-together set each is in.
// Built once where many questions are asked (booking order, a waitlist's offers). It points
// into the problem, which must outlive it.
struct PeopleIndex
{
    explicit PeopleIndex(const AllocationProblem &problem);

    QList<const AllocationPerson *> bookingOrder; // earlier bookers first
    QHash<qint64, const AllocationPerson *> byId;
    QHash<qint64, const QList<qint64> *> setOf; // only people in a set
};

} // namespace fieldday
