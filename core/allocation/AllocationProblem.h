#pragma once

#include "model/StepFree.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fieldday {

// Among people the objective treats alike, who gets a place that not all of them can have.
enum class TieBreak
{
    BookingOrder, // the earlier booking: an exact tier of the objective (docs/allocation.md)
    Draw,         // drawn from the seed
};

// The objective's costs, configurable per event (docs/allocation.md).
struct AllocationSettings
{
    QList<int> rankCosts;  // cost of the k-th choice at [k-1]; empty: (k-1)^2
    int unrankedCost = 16; // placed at a destination the person did not rank
    bool allowUnranked = true;
    int unassignedCost = 100;
    TieBreak tieBreak = TieBreak::BookingOrder;
    quint64 seed = 1; // with the draw: which of two equal people goes where

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
    int bookingOrder = 0; // earlier books first: fcfs, the waitlist, the booking-order tier
    qint64 current = 0;   // the group they hold now (0: none), pinned or not
    QString name;         // for the report
    QDateTime bookedAt;   // for the report: when they booked, if known
};

// Who is to be allocated where: the booked people, the destinations, and the sets of people
// who must travel together.
struct AllocationProblem
{
    QList<AllocationDestination> destinations;
    QList<AllocationPerson> people;
    QList<QList<qint64>> keepTogether;
    AllocationSettings settings;
    // People who hold a place keep it and only the others are placed; false: everyone who is
    // not pinned is placed afresh (and may lose their place or change group).
    bool keepPlaces = true;

    const AllocationDestination *destination(qint64 id) const;
    // Where the person stays whatever the allocation does (their pin, or the place they hold
    // when places are kept); 0 if the allocation places them.
    qint64 fixedAt(const AllocationPerson &person) const;
    // What the objective charges for the person at the destination (0: no group).
    int cost(const AllocationPerson &person, qint64 destinationId) const;
    // The booking-order tier's weight of each person, parallel to `people`: how many people
    // booked at the same time as them or later (the first booker weighs the most).
    QList<qint64> bookingWeights() const;
};

} // namespace fieldday
