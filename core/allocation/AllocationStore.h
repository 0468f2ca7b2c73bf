#pragma once

#include "AllocationProblem.h"
#include "AllocationResult.h"
#include "model/EventData.h"

namespace fieldday {

class EventFile;

enum class AllocationMode
{
    KeepPlaces,    // who holds a place keeps it; the others are placed in the places left
    ReallocateAll, // everyone who is not pinned is placed afresh
};

// Between an event and the allocator: who is to be allocated, with which settings, and
// writing a result back as one transaction.
class AllocationStore
{
public:
    // The booked people (pinned ones keep their place, and with KeepPlaces so does everyone
    // who holds one), the destinations with their step-free access, the keep-together sets.
    // Booking order: booked-at time, then id.
    static AllocationProblem problemFor(const EventData &event, const AllocationSettings &settings,
                                        AllocationMode mode = AllocationMode::KeepPlaces);

    // The event's own settings (the `setting` table), defaults where none are stored.
    static AllocationSettings loadSettings(const EventFile &file);
    static void saveSettings(EventFile &file, const AllocationSettings &settings);
    // Only the tie-break ("booking" or "draw" in the file), which the CLI and the app set.
    static void saveTieBreak(EventFile &file, TieBreak tieBreak);
    static QString tieBreakName(TieBreak tieBreak);

    // Replaces the assignments of every booked person the allocation placed (not pinned, and
    // not kept) by the result's, all at once.
    static void apply(EventFile &file, const AllocationProblem &problem,
                      const AllocationResult &result);
};

} // namespace fieldday
