#pragma once

#include "model/EventData.h"

namespace fieldday {

class EventFile;

// Writes a whole event, ids included, into a new (empty) event file.
// Runs inside the caller's transaction: see EventFile::create().
class EventWriter
{
public:
    static void writeAll(EventFile &file, const EventData &data);
};

} // namespace fieldday
