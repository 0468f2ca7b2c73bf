#pragma once

#include "model/EventData.h"

namespace fieldday {

// The model day, the co-production treasure hunt of 26 March 2019, kept as data in
// resources/sample/sample-event.json and compiled in as a Qt resource.
class SampleEvent
{
public:
    static EventData data();
};

} // namespace fieldday
