#pragma once

#include "model/StepFree.h"

#include <QList>
#include <QString>

namespace fieldday {

// The objective's costs, configurable per event (docs/allocation.md).
struct AllocationSettings
{
    QList<int> rankCosts;  // cost of the k-th choice at [k-1]; empty: (k-1)^2
    int unrankedCost = 16; // placed at a destination the person did not rank
    bool allowUnranked = true;
    int unassignedCost = 100;
    quint64 seed = 1; // breaks the remaining ties: which of two equal people goes where

    int rankCost(int rank) const; // rank counts from 1
};

struct AllocationDestination
{
    qint64 id = 0;
    QString name;
    int minSize = 0;
    int maxSize = 0;
    StepFree stepFree = StepFree::Unknown;
};

struct AllocationPerson
{
    qint64 id = 0;
    QList<qint64> choices; // destination ids, best first
    QString sector;
    bool needsStepFree = false;
    qint64 pinnedTo = 0;  // a manual decision the allocation keeps
    int bookingOrder = 0; // for fcfs and the waitlist: earlier books first
};

// Who is to be allocated where: the booked people, the destinations, and the sets of people
// who must travel together.
struct AllocationProblem
{
    QList<AllocationDestination> destinations;
    QList<AllocationPerson> people;
    QList<QList<qint64>> keepTogether;
    AllocationSettings settings;
};

} // namespace fieldday
