#pragma once

#include "AllocationProblem.h"
#include "AllocationResult.h"
#include "model/EventData.h"

namespace fieldday {

class EventFile;

// Between an event and the allocator: who is to be allocated, with which settings, and
// writing a result back as one transaction.
class AllocationStore
{
public:
    // The booked people (pinned ones keep their place), the destinations with their
    // step-free access, the keep-together sets. Booking order: booked-at time, then id.
    static AllocationProblem problemFor(const EventData &event, const AllocationSettings &settings);

    // The event's own settings (the `setting` table), defaults where none are stored.
    static AllocationSettings loadSettings(const EventFile &file);
    static void saveSettings(EventFile &file, const AllocationSettings &settings);

    // Replaces the assignments of every unpinned booked person by the result's, all at once.
    static void apply(EventFile &file, const AllocationProblem &problem,
                      const AllocationResult &result);
};

} // namespace fieldday
