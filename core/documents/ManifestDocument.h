#pragma once

#include "model/EventData.h"

namespace fieldday {

class PageCanvas;

// One page per transport leg, for the driver or the lead: the leg, who is expected, a headcount.
class ManifestDocument
{
public:
    static void render(PageCanvas &canvas, const EventData &event, qint64 destinationId = 0);
};

} // namespace fieldday
