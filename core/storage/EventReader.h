#pragma once

#include "model/EventData.h"

#include <optional>

namespace fieldday {

class EventFile;

// Loads a whole event into memory in one read transaction, so what it sees is consistent; or
// the part of it a change touched, so a view of 20,000 people need not be read again after an
// edit of one.
class EventReader
{
public:
    static EventData load(const EventFile &file);
    // Reads the plan again (details, sectors, places, destinations, legs, reconvene, agenda),
    // keeping `data`'s people.
    static void reloadPlan(const EventFile &file, EventData &data);
    // Reads the treasure log and the findings again (not the photos' bytes), keeping the rest.
    static void reloadTreasure(const EventFile &file, EventData &data);
    // One person with their choices, as load() reads them; nothing if there is no such person.
    static std::optional<Participant> participant(const EventFile &file, qint64 id);
    static std::optional<Assignment> assignment(const EventFile &file, qint64 participantId);
    // Only each destination's id, name and host organisation, in display order: enough to match
    // a booking's choices, without reading the whole event.
    static QList<Destination> destinationNames(const EventFile &file);
};

} // namespace fieldday
