#pragma once

#include "model/EventData.h"

namespace fieldday {

// Synthetic events for tests and benchmarks: realistic in shape (uneven popularity, a mix of
// sectors, a few access needs, a planned day with legs), reproducible from a seed.
class EventGenerator
{
public:
    struct Options
    {
        int participants = 100;
        int destinations = 4;
        int maxChoices = 3;
        quint64 seed = 1;
    };

    static EventData generate(const Options &options);
};

} // namespace fieldday
