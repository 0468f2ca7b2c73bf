#pragma once

#include "model/EventData.h"

namespace fieldday {

class EventFile;

// Loads a whole event into memory in one read transaction, so what it sees is consistent.
class EventReader
{
public:
    static EventData load(const EventFile &file);
};

} // namespace fieldday
